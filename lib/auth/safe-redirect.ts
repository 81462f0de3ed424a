// Where to send a browser after sign-in: the callbackUrl of the sign-in form and of a magic link, and every URL
// Auth.js redirects to. One rule for all of them: the target is parsed as a URL against the site's own origin and
// only a path on that origin is kept. Checking the text instead ("starts with / but not //") let through
// "/\t/evil.example/" and "/.\/evil.example/", which browsers read as another host (they drop tabs and newlines
// from URLs and take a backslash for a slash), and a newline made the Location header itself fail with a 500.

/** Control characters and backslashes: nothing a path on this site needs, and each a way to change the host. */
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/**
 * `value` as a path (with query and fragment) on one of `origins` (the first is the base a relative value is read
 * against), or `fallback` when it is missing, malformed, or leads anywhere else. The answer is always a path, so
 * the browser stays on the host it used.
 */
export function sameOriginPath(value: unknown, origins: readonly (string | undefined)[], fallback: string): string {
  if (typeof value !== 'string' || value === '' || UNSAFE_CHARACTERS.test(value)) return fallback;
  const ours = origins.flatMap((origin) => {
    if (!origin) return [];
    try {
      return [new URL(origin).origin];
    } catch {
      return [];
    }
  });
  if (!ours.length) return fallback;
  let target: URL;
  try {
    target = new URL(value, ours[0]);
  } catch {
    return fallback;
  }
  if (!ours.includes(target.origin)) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // Two leading slashes would be read as a host again when the browser resolves the path.
  return path.startsWith('/') && !path.startsWith('//') ? path : fallback;
}
