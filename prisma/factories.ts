// Small factories for tests: each call makes its own rows with unique slugs, so tests never depend on one
// another's data (or on the seed) in the shared test database. They write directly, without change events:
// they set the stage for a test, they are not the app writing.

import { randomBytes } from 'node:crypto';
import type { DbTx } from '@/lib/changes/record-change';
import type { BodyClassification, MeasureType, SponsorshipKind } from '@/lib/generated/prisma/enums';
import { normalizeIdentifier, slugify } from '@/lib/measures/identifier';

let counter = 0;

/** A slug no other test will make: "<base>-<random>-<n>". */
export function uniqueSlug(base: string): string {
  counter += 1;
  return `${slugify(base)}-${randomBytes(3).toString('hex')}-${counter}`;
}

function day(value: string | Date): Date {
  return value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
}

export async function createJurisdiction(db: DbTx, overrides: { name?: string; classification?: string } = {}) {
  const name = overrides.name ?? 'Test City';
  return db.jurisdiction.create({
    data: { slug: uniqueSlug(name), name, classification: overrides.classification ?? 'municipality' },
  });
}

export type BodyOverrides = {
  name?: string;
  classification?: BodyClassification;
  jurisdictionId?: number | null;
  parentId?: number | null;
};

export async function createBody(db: DbTx, overrides: BodyOverrides = {}) {
  const name = overrides.name ?? 'Test Council';
  return db.body.create({
    data: {
      slug: uniqueSlug(name),
      name,
      classification: overrides.classification ?? 'legislature',
      jurisdictionId: overrides.jurisdictionId ?? null,
      parentId: overrides.parentId ?? null,
    },
  });
}

/** A two-chamber legislature (its measures need both chambers) with a committee in the lower chamber. */
export async function createBicameralLegislature(db: DbTx, jurisdictionId?: number) {
  const jurisdiction =
    jurisdictionId ?? (await createJurisdiction(db, { name: 'Test State', classification: 'state' })).id;
  const legislature = await createBody(db, { name: 'Test Legislature', jurisdictionId: jurisdiction });
  const lower = await createBody(db, {
    name: 'Test Assembly',
    classification: 'chamber',
    jurisdictionId: jurisdiction,
    parentId: legislature.id,
  });
  const upper = await createBody(db, {
    name: 'Test Senate',
    classification: 'chamber',
    jurisdictionId: jurisdiction,
    parentId: legislature.id,
  });
  const committee = await createBody(db, {
    name: 'Test Committee',
    classification: 'committee',
    jurisdictionId: jurisdiction,
    parentId: lower.id,
  });
  return { jurisdictionId: jurisdiction, legislature, lower, upper, committee };
}

export async function createPerson(
  db: DbTx,
  overrides: { name?: string; givenName?: string; familyName?: string } = {},
) {
  const name = overrides.name ?? 'Test Person';
  return db.person.create({
    data: {
      slug: uniqueSlug(name),
      name,
      givenName: overrides.givenName ?? null,
      familyName: overrides.familyName ?? name.split(' ').at(-1) ?? null,
    },
  });
}

export type ActionInput = {
  date: string | Date;
  text?: string;
  classification?: string[];
  actingBodyId?: number | null;
  relatedBodyId?: number | null;
  sourceCode?: string | null;
  /** Set for actions read from an official record (Bill Status names its source system). */
  sourceSystem?: string | null;
};

export type SponsorInput = { personId: number; kind?: SponsorshipKind; isOriginal?: boolean; nameAsGiven?: string };

export type MeasureInput = {
  type?: MeasureType;
  title?: string;
  identifier?: string | null;
  jurisdictionId?: number;
  /** A new one-chamber council when not given. */
  originBodyId?: number;
  sessionId?: number | null;
  subjects?: string[];
  /** In timeline order; their acting body defaults to the origin body. */
  actions?: ActionInput[];
  sponsors?: SponsorInput[];
};

/** A measure with its actions and sponsors; status fields are left at their defaults (recompute them to test). */
export async function createMeasure(db: DbTx, input: MeasureInput = {}) {
  let jurisdictionId = input.jurisdictionId;
  let originBodyId = input.originBodyId;
  if (originBodyId === undefined) {
    jurisdictionId ??= (await createJurisdiction(db)).id;
    originBodyId = (await createBody(db, { jurisdictionId })).id;
  }
  if (jurisdictionId === undefined) {
    const origin = await db.body.findUniqueOrThrow({ where: { id: originBodyId }, select: { jurisdictionId: true } });
    jurisdictionId = origin.jurisdictionId ?? (await createJurisdiction(db)).id;
  }
  const title = input.title ?? 'Test resolution';
  const measure = await db.measure.create({
    data: {
      slug: uniqueSlug(input.identifier ?? title),
      identifier: input.identifier ?? null,
      normalizedIdentifier: normalizeIdentifier(input.identifier),
      type: input.type ?? 'resolution',
      title,
      subjects: input.subjects ?? [],
      jurisdictionId,
      originBodyId,
      sessionId: input.sessionId ?? null,
    },
  });
  const origin = originBodyId;
  await db.action.createMany({
    data: (input.actions ?? []).map((action, position) => ({
      measureId: measure.id,
      position,
      date: day(action.date),
      text: action.text ?? (action.classification ?? []).join(', '),
      classification: action.classification ?? [],
      actingBodyId: action.actingBodyId === undefined ? origin : action.actingBodyId,
      relatedBodyId: action.relatedBodyId ?? null,
      sourceCode: action.sourceCode ?? null,
      sourceSystem: action.sourceSystem ?? null,
    })),
  });
  await db.sponsorship.createMany({
    data: (input.sponsors ?? []).map((sponsor, position) => ({
      measureId: measure.id,
      personId: sponsor.personId,
      kind: sponsor.kind ?? (position === 0 ? 'primary' : 'cosponsor'),
      isOriginal: sponsor.isOriginal ?? false,
      nameAsGiven: sponsor.nameAsGiven ?? `Sponsor ${position + 1}`,
      position,
    })),
  });
  return measure;
}
