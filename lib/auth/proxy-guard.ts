// The status codes of protected pages, decided in proxy.ts before anything streams. With Cache Components a page
// sends its prerendered shell with 200 before its own requirePermission runs, so that check can show the sign-in
// page or the 403 page but not answer 307 or 403. This guard answers them; the pages keep their own checks (the
// proxy is never the only one), and every server action checks through defineAction.
import { can } from '@/lib/auth/permissions';
import { permissionForPath } from '@/lib/auth/protected-pages';
import type { Viewer } from '@/lib/auth/viewer';

export type GuardDecision = { kind: 'allow' } | { kind: 'sign-in'; location: string } | { kind: 'forbidden' };

/** What the proxy does with a request for `pathname` (+ `search`) by `viewer` (null when signed out). */
export function guardDecision(pathname: string, search: string, viewer: Pick<Viewer, 'role'> | null): GuardDecision {
  const permission = permissionForPath(pathname);
  if (!permission) return { kind: 'allow' };
  if (!viewer) return { kind: 'sign-in', location: `/sign-in?callbackUrl=${encodeURIComponent(pathname + search)}` };
  return can(viewer.role, permission) ? { kind: 'allow' } : { kind: 'forbidden' };
}

/**
 * The 403 page the proxy answers with: the same words and links as app/forbidden.tsx, as a small complete document
 * (the app's layout cannot render here), with noindex like Next's own error pages.
 */
export function forbiddenHtml(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Not allowed · Resolution Tracker</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}nav ul{list-style:none;padding:0;display:flex;gap:1rem}a{color:#0645ad}</style>
</head>
<body>
<header><nav aria-label="Main"><ul><li><a href="/">Resolution Tracker</a></li><li><a href="/account">Account</a></li></ul></nav></header>
<main>
<h1>Not allowed</h1>
<p>Your account does not have the role this page needs. If you think it should, ask an administrator.</p>
<ul>
<li><a href="/">Go to the home page</a></li>
<li><a href="/account">Your account</a></li>
</ul>
</main>
</body>
</html>
`;
}
