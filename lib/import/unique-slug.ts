import type { DbTx } from '@/lib/changes/record-change';

type SlugTable = 'body' | 'person' | 'measure' | 'jurisdiction';

/** `base`, or `base-2`, `base-3`... when another record has it: two people may share a name. */
export async function uniqueSlug(tx: DbTx, table: SlugTable, base: string): Promise<string> {
  const delegate = tx[table] as unknown as {
    findMany: (args: { where: { slug: { startsWith: string } }; select: { slug: true } }) => Promise<{ slug: string }[]>;
  };
  const taken = new Set((await delegate.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
