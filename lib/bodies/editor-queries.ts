// What the bodies editor reads: never cached (editors must see the version they are about to change), and only
// called by pages that have checked the 'body.edit' permission.
import 'server-only';
import { db } from '@/lib/db';

/** Bodies for the editor's list, by name; `query` matches any part of the name or short name. */
export async function findBodiesForEditor({ query, limit = 300 }: { query?: string; limit?: number } = {}) {
  const q = query?.trim();
  return db.body.findMany({
    where: q
      ? { OR: [{ name: { contains: q, mode: 'insensitive' } }, { shortName: { contains: q, mode: 'insensitive' } }] }
      : undefined,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: limit,
    select: {
      id: true,
      slug: true,
      name: true,
      classification: true,
      jurisdiction: { select: { name: true } },
      parent: { select: { name: true } },
    },
  });
}

/** A body with everything the edit page shows, at the version the editor loads. */
export async function getBodyForEditor(id: number) {
  return db.body.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      version: true,
      name: true,
      shortName: true,
      classification: true,
      jurisdictionId: true,
      parentId: true,
      url: true,
      jurisdiction: { select: { name: true } },
      identifiers: { orderBy: [{ scheme: 'asc' }, { value: 'asc' }], select: { id: true, scheme: true, value: true } },
    },
  });
}

export type EditorBody = NonNullable<Awaited<ReturnType<typeof getBodyForEditor>>>;

/** The lists the body form chooses from: jurisdictions and possible parents (every body but this one). */
export async function getBodyChoices(exceptId?: number) {
  const [jurisdictions, bodies] = await Promise.all([
    db.jurisdiction.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.body.findMany({
      where: exceptId ? { id: { not: exceptId } } : undefined,
      orderBy: { name: 'asc' },
      select: { id: true, name: true, jurisdiction: { select: { name: true } } },
    }),
  ]);
  return {
    jurisdictions: jurisdictions.map((j) => ({ value: String(j.id), label: j.name })),
    bodies: bodies.map((b) => ({
      value: String(b.id),
      label: b.jurisdiction ? `${b.name} (${b.jurisdiction.name})` : b.name,
    })),
  };
}

export type BodyChoices = Awaited<ReturnType<typeof getBodyChoices>>;
