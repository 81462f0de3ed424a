// A plain Node HTTP server around the API's route handlers, for tests that need separate server processes over one
// database (the rate limit shared between instances, lib/api/keys.test.ts). Started as
// `tsx --conditions=react-server lib/api/test-http-server.ts <port>` with DATABASE_URL; prints "listening <port>" when up (port 0: a free one).
import http from 'node:http';
import { installPeerAddressHeader } from '@/lib/auth/client-address';
import { endpoints, type EndpointName } from '@/lib/api/endpoints';
import { handleApiRequest } from '@/lib/api/route';

installPeerAddressHeader();

const routes: [RegExp, EndpointName, string[]][] = Object.entries(endpoints).map(([name, endpoint]) => {
  const names: string[] = [];
  const pattern = endpoint.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return [new RegExp(`^/api/v1${pattern}$`), name as EndpointName, names];
});

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const route = routes.find(([pattern]) => pattern.test(url.pathname));
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  const [pattern, name, names] = route;
  const match = url.pathname.match(pattern)!;
  const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  const response = await handleApiRequest(name, new Request(url, { headers }), {
    params: Promise.resolve(params),
  });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});

// The port is the first argument (not an environment variable: those go through lib/config/env.ts).
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
