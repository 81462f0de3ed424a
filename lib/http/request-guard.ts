// Requests refused before any page or action runs (proxy.ts), each with a status and a sentence saying why
// (issue 17). Pure functions of the method, path and headers, so they are tested without a server.

/** Every server action's body (a form, a sign-in): far above any form's text. */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** The import page's upload: one official file of up to 20 MB (lib/import/source-file.ts) and the form around it. */
export const IMPORT_BODY_LIMIT = 21 * 1024 * 1024;
/** The only page whose action takes files. */
export const IMPORT_PATH = '/admin/import';

export type Refusal = { status: 400 | 403 | 404 | 411 | 413; title: string; message: string };

/**
 * A server function's id (the Next-Action header) tells what it is: the high bit of its first byte is set for a
 * `'use cache'` function (next/dist/shared/lib/server-reference-info.js). Next makes every cached data function
 * callable by POST; none of ours is meant to be, the pages call them on the server.
 */
export function isCacheFunctionId(actionId: string): boolean {
  if (!/^[0-9a-f]{42}$/i.test(actionId)) return false;
  return (parseInt(actionId.slice(0, 2), 16) & 0x80) !== 0;
}

const notAnAction: Refusal = {
  status: 403,
  title: 'Not an action',
  message: 'This server function only serves pages and cannot be called directly.',
};

/**
 * A form posted without JavaScript names its action in the body (React's `$ACTION_ID_<id>`, or `$ACTION_REF_` with
 * the id in a `$ACTION_…` field): true when one of those names a cached data function.
 */
export function formNamesCacheFunction(form: FormData): boolean {
  for (const [key, value] of form.entries()) {
    if (!key.startsWith('$ACTION_')) continue;
    const named = key.startsWith('$ACTION_ID_') ? [key.slice('$ACTION_ID_'.length)] : [];
    if (typeof value === 'string') named.push(...(value.match(/\b[0-9a-f]{42}\b/gi) ?? []));
    if (named.some(isCacheFunctionId)) return true;
  }
  return false;
}

/** Whether the proxy should read a form body to look for the action it names: small multipart forms only. */
export function shouldReadForm(method: string, headers: Headers): boolean {
  if (method !== 'POST' || headers.has('next-action')) return false;
  const length = Number(headers.get('content-length'));
  return (
    (headers.get('content-type') ?? '').startsWith('multipart/form-data') && length > 0 && length <= ACTION_BODY_LIMIT
  );
}

export function bodyLimitFor(pathname: string): number {
  return pathname === IMPORT_PATH ? IMPORT_BODY_LIMIT : ACTION_BODY_LIMIT;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;

/**
 * A POST to a page is a server action (with JavaScript, named by Next-Action; without, a form whose body names it).
 * Its body must say its length and keep within the path's limit; Next's own limit (next.config.js) is the import's,
 * so this is what holds every other action, sign-in included, to 1 MB.
 */
export function refuseActionRequest(method: string, pathname: string, headers: Headers): Refusal | null {
  if (method !== 'POST') return null;
  const actionId = headers.get('next-action');
  if (actionId && isCacheFunctionId(actionId)) return notAnAction;
  const length = headers.get('content-length');
  if (length === null) {
    if (headers.get('transfer-encoding')) {
      return { status: 411, title: 'Length required', message: 'Send the form with its length (Content-Length).' };
    }
    return null; // no body at all
  }
  const bytes = Number(length);
  if (!Number.isSafeInteger(bytes) || bytes < 0)
    return { status: 400, title: 'Bad request', message: 'The request’s length is not a number.' };
  const limit = bodyLimitFor(pathname);
  if (bytes > limit) {
    const what = pathname === IMPORT_PATH ? 'The upload' : 'The form';
    return {
      status: 413,
      title: 'Too large',
      message: `${what} is ${megabytes(bytes)}, over the ${megabytes(limit)} limit${pathname === IMPORT_PATH ? ' (one file of up to 20 MB at a time)' : ''}. Nothing was saved.`,
    };
  }
  return null;
}

// Control characters are in no slug, name or path this app makes.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A path Next.js cannot decode (`/measures/%E0%A4%A`) answers 400, and one that decodes to a control character (a
 * NUL byte in a slug) names nothing: 404. Next itself answered both with a bare 500.
 */
export function refusePath(rawPathname: string): Refusal | null {
  if (!rawPathname.includes('%')) return CONTROL.test(rawPathname) ? notFoundRefusal : null;
  let decoded = '';
  try {
    decoded = rawPathname
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
  } catch {
    return {
      status: 400,
      title: 'Bad address',
      message: 'This address is not valid: it has a broken %-escape. Check the link or type the address again.',
    };
  }
  return CONTROL.test(decoded) ? notFoundRefusal : null;
}

/** The refusal of a form naming a cached data function (formNamesCacheFunction). */
export const formActionRefusal = notAnAction;

const notFoundRefusal: Refusal = { status: 404, title: 'Not found', message: 'There is nothing at this address.' };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The refusal as a page of its own (the proxy cannot render the app's layout), with a way back. */
export function refusalHtml(refusal: Refusal, back?: { href: string; label: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(refusal.title)} · Resolution Tracker</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}nav ul{list-style:none;padding:0;display:flex;gap:1rem}a{color:#0645ad}</style>
</head>
<body>
<header><nav aria-label="Main"><ul><li><a href="/">Resolution Tracker</a></li></ul></nav></header>
<main>
<h1>${escapeHtml(refusal.title)}</h1>
<p role="alert">${escapeHtml(refusal.message)}</p>
<ul>
${back ? `<li><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></li>\n` : ''}<li><a href="/">Go to the home page</a></li>
</ul>
</main>
</body>
</html>
`;
}
