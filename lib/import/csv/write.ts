import { FieldError } from '../errors';
import type { ImportContext } from '../context';
import type { WriteResult } from '../types';
import { matchPerson } from '../people';
import { writeMeasure, type SponsorData, type TargetData } from '../write-measure';
import type { CsvMeasure } from './parse';

async function bodyNamed(ctx: ImportContext, name: string) {
  return ctx.tx.body.findFirst({
    where: {
      OR: [
        { slug: name.toLowerCase() },
        { name: { equals: name, mode: 'insensitive' } },
        { shortName: { equals: name, mode: 'insensitive' } },
      ],
    },
    orderBy: { id: 'asc' },
    select: { id: true, jurisdiction: { select: { id: true, slug: true, name: true } } },
  });
}

async function writeOne(ctx: ImportContext, m: CsvMeasure) {
  const body = await bodyNamed(ctx, m.body);
  if (!body)
    throw new FieldError(
      `line ${m.line}, column "body"`,
      `no body named "${m.body}": create it first (admin, Bodies) or import its members`,
    );
  if (!body.jurisdiction)
    throw new FieldError(`line ${m.line}, column "body"`, `the body "${m.body}" has no jurisdiction`);

  const actions = [];
  for (const a of m.actions) {
    const acting = a.body ? await bodyNamed(ctx, a.body) : body;
    if (!acting) throw new FieldError(`line ${a.line}, column "body"`, `no body named "${a.body}"`);
    actions.push({ date: a.date, text: a.text, actingBodyId: acting.id, relatedBodyId: null });
  }

  const sponsors: SponsorData[] = [];
  for (const s of m.sponsors) {
    const match = await matchPerson(
      ctx,
      { name: s.name, identifiers: [], bodyId: body.id },
      { owned: false, create: false },
    );
    if (match.how === 'unknown')
      ctx.warnings.push(
        `line ${s.line}: no member of ${m.body} is named ${s.name}; kept as written, not linked to a person.`,
      );
    sponsors.push({
      personId: match.personId,
      nameAsGiven: s.name,
      kind: s.kind,
      isOriginal: true,
      sponsoredOn: m.introducedOn,
    });
  }

  const targets: TargetData[] = [];
  for (const t of m.addressees) {
    const addressed = await bodyNamed(ctx, t.name);
    targets.push({
      verb: t.verb,
      bodyId: addressed?.id ?? null,
      personId: null,
      entityName: addressed ? null : t.name,
      roleAsWritten: t.role,
    });
  }

  return writeMeasure(ctx, {
    jurisdiction: body.jurisdiction,
    session: null,
    originBodyId: body.id,
    identifier: m.identifier,
    type: m.type,
    title: m.title,
    summary: m.summary,
    textUrl: null,
    subjects: [],
    introducedOn: m.introducedOn,
    actions,
    sponsors,
    targets,
    relations: [],
    source: { url: null, title: `CSV import: ${ctx.file}`, publisher: m.body, kind: 'data' },
  });
}

export async function writeCouncilCsv(ctx: ImportContext, measures: CsvMeasure[]): Promise<WriteResult> {
  let created = false;
  for (const m of measures) created = (await writeOne(ctx, m)).created || created;
  const label = measures.length === 1 ? measures[0]!.identifier : `${measures.length} measures`;
  return { label, created };
}
