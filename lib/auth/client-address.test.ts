// The client address for the per-address sign-in limit: the socket's unless TRUSTED_PROXIES says otherwise.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  clientAddressFrom,
  installPeerAddressHeader,
  normalizeAddress,
  parseTrustedProxies,
  PEER_ADDRESS_HEADER,
} from '@/lib/auth/client-address';

const headers = (values: Record<string, string>) => new Headers(values);

describe('TRUSTED_PROXIES', () => {
  it('is 0 when unset or blank, else a whole number', () => {
    expect(parseTrustedProxies(undefined)).toBe(0);
    expect(parseTrustedProxies(' ')).toBe(0);
    expect(parseTrustedProxies('2')).toBe(2);
  });

  it.each(['-1', '1.5', 'one', 'true', '11'])('refuses %j, naming the variable', (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(/^TRUSTED_PROXIES .*got "/);
  });
});

describe('clientAddressFrom', () => {
  const request = headers({
    [PEER_ADDRESS_HEADER]: '::ffff:10.0.0.2',
    'x-forwarded-for': '198.51.100.7, 203.0.113.5, 10.0.0.1',
  });

  it('with no trusted proxy, is the socket address whatever X-Forwarded-For says', () => {
    expect(clientAddressFrom(request, 0)).toBe('10.0.0.2');
    expect(clientAddressFrom(headers({ 'x-forwarded-for': '198.51.100.7' }), 0)).toBe('unknown');
  });

  it('with N trusted proxies, is the Nth address from the right of X-Forwarded-For', () => {
    expect(clientAddressFrom(request, 1)).toBe('10.0.0.1');
    expect(clientAddressFrom(request, 2)).toBe('203.0.113.5');
    expect(clientAddressFrom(request, 3)).toBe('198.51.100.7');
    // Fewer hops than proxies: the furthest recorded; none: the socket.
    expect(clientAddressFrom(request, 5)).toBe('198.51.100.7');
    expect(clientAddressFrom(headers({ [PEER_ADDRESS_HEADER]: '10.0.0.2' }), 1)).toBe('10.0.0.2');
    // Not an address: the socket's rather than the text.
    expect(clientAddressFrom(headers({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': 'evil' }), 1)).toBe(
      '10.0.0.2',
    );
  });

  it('normalizes addresses', () => {
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('203.0.113.9:8080')).toBe('203.0.113.9');
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('unknown')).toBeNull();
  });
});

describe('installPeerAddressHeader', () => {
  it("writes the socket's address over whatever the client sent under that name", async () => {
    installPeerAddressHeader();
    const seen: (string | string[] | undefined)[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers[PEER_ADDRESS_HEADER]);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await new Promise<void>((resolve, reject) => {
        const req = http.get(
          {
            host: '127.0.0.1',
            port,
            localAddress: '127.0.0.9',
            headers: { [PEER_ADDRESS_HEADER]: '198.51.100.1', 'x-forwarded-for': '198.51.100.1' },
          },
          (res) => {
            res.resume();
            res.on('end', resolve);
          },
        );
        req.on('error', reject);
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(seen).toEqual(['127.0.0.9']);
  });
});
