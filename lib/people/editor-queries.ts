// What the people editor reads: never cached (editors must see the version they are about to change), and only
// called by pages that have checked the 'person.edit' permission.
import 'server-only';
import { db } from '@/lib/db';

/** People for the editor's list, by family name; `query` matches any part of the name, case-insensitively. */
export async function findPeopleForEditor({ query, limit = 200 }: { query?: string; limit?: number } = {}) {
  const q = query?.trim();
  return db.person.findMany({
    where: q ? { name: { contains: q, mode: 'insensitive' } } : undefined,
    orderBy: [{ familyName: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    take: limit,
    select: {
      id: true,
      slug: true,
      name: true,
      memberships: {
        orderBy: { startDate: { sort: 'desc', nulls: 'last' } },
        take: 1,
        select: { role: true, body: { select: { name: true } } },
      },
    },
  });
}

/** A person with everything the edit page shows, at the version the editor loads. */
export async function getPersonForEditor(id: number) {
  return db.person.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      version: true,
      name: true,
      givenName: true,
      familyName: true,
      url: true,
      identifiers: { orderBy: [{ scheme: 'asc' }, { value: 'asc' }], select: { id: true, scheme: true, value: true } },
      memberships: {
        orderBy: [{ endDate: { sort: 'desc', nulls: 'first' } }, { startDate: 'desc' }, { id: 'asc' }],
        select: {
          id: true,
          bodyId: true,
          role: true,
          district: true,
          state: true,
          party: true,
          startDate: true,
          endDate: true,
          sessionId: true,
          body: { select: { name: true } },
          session: { select: { name: true } },
        },
      },
    },
  });
}

export type EditorPerson = NonNullable<Awaited<ReturnType<typeof getPersonForEditor>>>;

/** The lists a membership form chooses from: bodies and sessions. */
export async function getMembershipChoices() {
  const [bodies, sessions] = await Promise.all([
    db.body.findMany({
      orderBy: { name: 'asc' },
      select: { id: true, name: true, jurisdiction: { select: { name: true } } },
    }),
    db.legislativeSession.findMany({
      orderBy: [{ body: { name: 'asc' } }, { identifier: 'desc' }],
      select: { id: true, name: true, body: { select: { name: true } } },
    }),
  ]);
  return {
    bodies: bodies.map((b) => ({
      value: String(b.id),
      label: b.jurisdiction ? `${b.name} (${b.jurisdiction.name})` : b.name,
    })),
    sessions: sessions.map((s) => ({ value: String(s.id), label: `${s.name} (${s.body.name})` })),
  };
}

export type MembershipChoices = Awaited<ReturnType<typeof getMembershipChoices>>;
