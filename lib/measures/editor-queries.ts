// What the measure editor reads: never cached (editors must see the version they are about to change), and only
// called by pages that have checked the 'measure.edit' permission.
import 'server-only';
import { db } from '@/lib/db';

const bodyName = { select: { id: true, name: true } } as const;

/** Measures for the editor's list, most recently changed first. */
export async function listMeasuresForEditor({ query, limit = 200 }: { query?: string; limit?: number } = {}) {
  const q = query?.trim();
  return db.measure.findMany({
    where: q
      ? { OR: [{ identifier: { contains: q, mode: 'insensitive' } }, { title: { contains: q, mode: 'insensitive' } }] }
      : undefined,
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      slug: true,
      identifier: true,
      title: true,
      type: true,
      stage: true,
      outcome: true,
      updatedAt: true,
      originBody: { select: { name: true } },
    },
  });
}

/** A measure with everything its edit page shows, at the version the editor loads. */
export async function getMeasureForEditor(id: number) {
  return db.measure.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      version: true,
      identifier: true,
      type: true,
      title: true,
      summary: true,
      text: true,
      textUrl: true,
      subjects: true,
      originBodyId: true,
      sessionId: true,
      introducedOn: true,
      stage: true,
      outcome: true,
      stageDate: true,
      lastActionDate: true,
      currentBody: bodyName,
      overrideStage: true,
      overrideOutcome: true,
      overrideReason: true,
      overrideAt: true,
      overrideBy: { select: { name: true, email: true } },
      jurisdiction: { select: { name: true } },
      originBody: bodyName,
      actions: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          date: true,
          datePrecision: true,
          text: true,
          sourceCode: true,
          classification: true,
          actingBodyId: true,
          relatedBodyId: true,
          actingBody: bodyName,
          relatedBody: bodyName,
        },
      },
      sponsorships: {
        orderBy: [{ kind: 'asc' }, { position: 'asc' }],
        select: {
          id: true,
          kind: true,
          isOriginal: true,
          nameAsGiven: true,
          personId: true,
          sponsoredOn: true,
          withdrawnOn: true,
          person: { select: { name: true } },
        },
      },
      targets: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          verb: true,
          bodyId: true,
          personId: true,
          entityName: true,
          roleAsWritten: true,
          quote: true,
          body: bodyName,
          person: { select: { name: true } },
        },
      },
      relationsFrom: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          type: true,
          targetIdentifier: true,
          targetJurisdictionText: true,
          evidenceQuote: true,
          evidenceUrl: true,
          toMeasure: { select: { id: true, identifier: true, title: true } },
        },
      },
      relationsTo: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, type: true, fromMeasure: { select: { id: true, identifier: true, title: true } } },
      },
      citations: {
        orderBy: { id: 'asc' },
        select: {
          id: true,
          note: true,
          source: { select: { title: true, url: true, publisher: true, kind: true, publishedOn: true } },
        },
      },
    },
  });
}

export type EditorMeasure = NonNullable<Awaited<ReturnType<typeof getMeasureForEditor>>>;

/** The lists the editor's selects choose from: bodies, sessions, people, measures (for relations) and sources. */
export async function getEditorChoices() {
  const [bodies, sessions, people, measures, sources] = await Promise.all([
    db.body.findMany({
      orderBy: { name: 'asc' },
      select: { id: true, name: true, jurisdiction: { select: { name: true } } },
    }),
    db.legislativeSession.findMany({
      orderBy: [{ body: { name: 'asc' } }, { identifier: 'desc' }],
      select: { id: true, name: true, body: { select: { name: true } } },
    }),
    db.person.findMany({ orderBy: [{ familyName: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
    db.measure.findMany({
      orderBy: [{ identifier: 'asc' }, { title: 'asc' }],
      select: { id: true, identifier: true, title: true, jurisdiction: { select: { name: true } } },
    }),
    db.source.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true, publisher: true } }),
  ]);
  return {
    bodies: bodies.map((b) => ({
      value: String(b.id),
      label: b.jurisdiction ? `${b.name} (${b.jurisdiction.name})` : b.name,
    })),
    sessions: sessions.map((s) => ({ value: String(s.id), label: `${s.name} (${s.body.name})` })),
    people: people.map((p) => ({ value: String(p.id), label: p.name })),
    measures: measures.map((m) => ({
      value: String(m.id),
      label: `${m.identifier ? `${m.identifier}: ` : ''}${m.title} (${m.jurisdiction.name})`,
    })),
    sources: sources.map((s) => ({
      value: String(s.id),
      label: s.publisher ? `${s.title} (${s.publisher})` : s.title,
    })),
  };
}

export type EditorChoices = Awaited<ReturnType<typeof getEditorChoices>>;
