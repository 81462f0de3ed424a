// The client's address, for the per-address sign-in limit (lib/auth/rate-limit.ts).
//
// What Next 16 gives: `next start` hands a route handler or server action the request's headers only, never the
// socket. It does add `x-forwarded-for` with the socket's address, but only when the request has none
// (base-server.js: `headers['x-forwarded-for'] ??= socket.remoteAddress`), so any client can write it: a limit keyed
// on it is escaped by sending a new value each time. So the server records the socket's address itself: Node
// publishes every incoming request on the diagnostics channel `http.server.request.start` before Next sees it, and
// installPeerAddressHeader (called from instrumentation.ts when the server starts) writes the socket's address into
// PEER_ADDRESS_HEADER there, replacing whatever the client sent under that name.
//
// TRUSTED_PROXIES says how many reverse proxies stand in front of the server, each appending the address it was
// reached from to X-Forwarded-For: 0 (the default, no proxy) uses the socket's address; N uses the Nth address from
// the right of X-Forwarded-For, the one the outermost of the N proxies saw. Addresses further left are the client's
// own words and never used.
import { config } from '@/lib/config/env';
import { parseTrustedProxies } from '@/lib/config/trusted-proxies';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

export const PEER_ADDRESS_HEADER = 'x-resolution-tracker-peer';

export { parseTrustedProxies };

/** TRUSTED_PROXIES, checked with the rest of the configuration at start (lib/config/env.ts). */
export function trustedProxies(): number {
  return config().trustedProxies;
}

/** An address as written in a header or by Node, without an IPv4-mapped prefix or a port; null when it is none. */
export function normalizeAddress(value: string | undefined | null): string | null {
  if (!value) return null;
  let address = value.trim();
  const bracketed = address.match(/^\[([^\]]+)\](?::\d+)?$/); // [2001:db8::1]:443
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':')); // 203.0.113.9:443
  if (address.toLowerCase().startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

type HeaderReader = { get(name: string): string | null };

/** The client's address from the request's headers, given the number of trusted proxies. */
export function clientAddressFrom(headers: HeaderReader, proxies: number): string {
  const peer = normalizeAddress(headers.get(PEER_ADDRESS_HEADER));
  if (proxies === 0) return peer ?? 'unknown';
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer hops than proxies: the request did not pass through all of them; the furthest one recorded is the best
  // known, and with none the socket's peer is the client.
  const hop = hops.length >= proxies ? hops[hops.length - proxies] : hops[0];
  return normalizeAddress(hop) ?? peer ?? 'unknown';
}

const INSTALLED = Symbol.for('resolution-tracker.peer-address-header');

/** Writes each request's socket address into PEER_ADDRESS_HEADER before the app reads the request. Idempotent. */
export function installPeerAddressHeader() {
  const state = globalThis as { [INSTALLED]?: boolean };
  if (state[INSTALLED]) return;
  state[INSTALLED] = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: { remoteAddress?: string } };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? '';
  });
}

/** Whether this process records socket addresses (a server started some other way would not). */
export function peerAddressHeaderInstalled(): boolean {
  return Boolean((globalThis as { [INSTALLED]?: boolean })[INSTALLED]);
}
