// Route handlers that write must refuse cross-site requests: a browser always sends Origin on a cross-site POST,
// so a request whose Origin is not this site's own address is refused. (Server actions get this check from Next.)

/** The host the request was addressed to, as a reverse proxy forwards it. */
function requestHost(request: Request): string | null {
  return request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
}

/** Whether the request's Origin (or, failing that, Referer) is this site. Requests with neither are refused. */
export function isSameOrigin(request: Request): boolean {
  const source = request.headers.get('origin') ?? request.headers.get('referer');
  const host = requestHost(request);
  if (!source || source === 'null' || !host) return false;
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}

/** A 403 response for a cross-site write, or null when the request may go on. */
export function assertSameOrigin(request: Request): Response | null {
  if (isSameOrigin(request)) return null;
  return Response.json(
    { error: 'Cross-site request refused: the Origin header does not match this site.' },
    { status: 403 },
  );
}
