import { ensureBody, ensureJurisdiction } from './bodies';
import { memoized, type ImportContext } from './context';

export type Congress = {
  jurisdiction: { id: number; slug: string; name: string };
  legislature: number;
  House: number;
  Senate: number;
};

/** The United States Congress and its chambers, as the seed names them (found, or created on an empty database). */
export function usCongress(ctx: ImportContext): Promise<Congress> {
  return memoized(ctx, 'us-congress', () => findOrCreate(ctx));
}

async function findOrCreate(ctx: ImportContext): Promise<Congress> {
  const jurisdictionId = await ensureJurisdiction(ctx, {
    slug: 'us',
    name: 'United States',
    classification: 'country',
    ocdId: 'ocd-jurisdiction/country:us/government',
  });
  const jurisdiction = await ctx.tx.jurisdiction.findUniqueOrThrow({
    where: { id: jurisdictionId },
    select: { id: true, slug: true, name: true },
  });
  const common = { jurisdictionId, url: null };
  const legislature = await ensureBody(ctx, {
    ...common,
    slug: 'us-congress',
    name: 'United States Congress',
    shortName: 'Congress',
    classification: 'legislature',
    parentId: null,
  });
  const House = await ensureBody(ctx, {
    ...common,
    slug: 'us-house',
    name: 'U.S. House of Representatives',
    shortName: 'House',
    classification: 'chamber',
    parentId: legislature,
  });
  const Senate = await ensureBody(ctx, {
    ...common,
    slug: 'us-senate',
    name: 'U.S. Senate',
    shortName: 'Senate',
    classification: 'chamber',
    parentId: legislature,
  });
  return { jurisdiction, legislature, House, Senate };
}
