// Revalidating tags in this server process from outside a request. Next 16's revalidateTag needs the store of a
// request (it throws "static generation store missing" elsewhere), so the tag follower (lib/cache/tag-follower.ts),
// which runs beside the server, asks the server itself: POST /api/revalidate on its own address with a token made
// for this process at start. The token never leaves the process (it is kept on globalThis, shared by
// instrumentation.ts and the route's bundle), so only this process can use it.
import { randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN = Symbol.for('resolution-tracker.revalidate-token');
const holder = globalThis as unknown as { [TOKEN]?: string };

/** This process's revalidation token, made on first use. */
export function processRevalidateToken(): string {
  return (holder[TOKEN] ??= randomBytes(32).toString('base64url'));
}

/** Whether `given` is this process's token (false before the follower made one). */
export function isProcessRevalidateToken(given: string): boolean {
  const token = holder[TOKEN];
  if (!token) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** This server's own address: what `next start` recorded once it listened, else the port on loopback. */
export function selfOrigin(env: Record<string, string | undefined> = process.env): string {
  const origin = env.__NEXT_PRIVATE_ORIGIN;
  if (origin) return origin.replace('://0.0.0.0', '://127.0.0.1').replace('://[::]', '://127.0.0.1');
  return `http://127.0.0.1:${env.PORT ?? '3000'}`;
}

/** The route takes at most this many tags a request. */
const CHUNK = 500;

export async function revalidateInThisProcess(tags: string[]): Promise<void> {
  for (let i = 0; i < tags.length; i += CHUNK) {
    const response = await fetch(`${selfOrigin()}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${processRevalidateToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: tags.slice(i, i + CHUNK) }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`revalidation answered ${response.status}: ${await response.text()}`);
  }
}
