// Where a search that names exactly one measure by its identifier should go, decided before the page renders:
// proxy.ts answers with a real 307, so the header's plain form lands on the measure without JavaScript (a redirect
// from the streamed page would need the browser to run the client router).
import { db } from '@/lib/db';
import { findIdentifierMatches } from '@/lib/search/identifier-matches';
import { hasFilters } from '@/lib/search/params';
import type { ParsedSearch } from '@/lib/search/view-segment';

/**
 * "/measures/<slug>" for `/search?q=hres+240` when exactly one measure has that identifier; otherwise null. The URL is
 * read with readSearchUrl (the first value of a repeated key, as the page and the view read it).
 */
export async function exactMeasurePath({ params }: ParsedSearch): Promise<string | null> {
  if (!params.q || hasFilters(params) || params.page !== 1) return null;
  const matches = await findIdentifierMatches(db, params.q);
  return matches.length === 1 ? `/measures/${matches[0]!.slug}` : null;
}
