import { NextResponse, type NextRequest } from 'next/server';
import { measureViewSegment, parseMeasureListParams } from '@/lib/measures/list-params';

/**
 * Fast routing only; never the place for authorization (every page, action and route checks its own).
 *
 * The measures list keeps its state in the query string, which Next.js can only render per request. Each view is
 * instead rewritten to a path of its own, /measures/views/<segment>, which is cached like any public page and
 * revalidated with the list's tag; equivalent and nonsense queries collapse onto the same canonical segment.
 */
export function proxy(request: NextRequest) {
  const { nextUrl } = request;
  if (nextUrl.pathname === '/measures' && nextUrl.search) {
    const params = parseMeasureListParams(Object.fromEntries(nextUrl.searchParams));
    const target = nextUrl.clone();
    target.pathname = `/measures/views/${measureViewSegment(params)}`;
    target.search = '';
    return NextResponse.rewrite(target);
  }
  return NextResponse.next();
}

export const config = { matcher: ['/measures'] };
