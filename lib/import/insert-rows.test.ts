// insertRows writes what Prisma's createMany would, and gives back what createManyAndReturn would: the same rows
// (dates, enums, arrays, nulls, JSON, awkward text), so the change events made from them are the same too.
import { describe, expect, it } from 'vitest';
import { createBody, createMeasure, createPerson } from '@/prisma/factories';
import { getTestDb } from '@/lib/test/db';
import { insertRows, insertRowsOnly } from './insert-rows';

const db = getTestDb();
const withoutId = <R extends { id: unknown }>(rows: R[]) => rows.map(({ id: _id, ...rest }) => rest);
const awkward = 'Quotes " and \' , a backslash \\, é, a tab\tand {braces} [1,2]';

describe('insertRows', () => {
  it('creates actions and sponsorships exactly as createManyAndReturn does', async () => {
    const body = await createBody(db);
    const person = await createPerson(db);
    const measure = await createMeasure(db, { originBodyId: body.id });
    const actions = [
      {
        measureId: measure.id,
        position: 10,
        date: new Date('2021-03-16T00:00:00Z'),
        actingBodyId: body.id,
        relatedBodyId: null,
        text: awkward,
        sourceCode: 'H11100',
        sourceSystem: null,
        classification: ['introduction', 'referral-committee'],
      },
      {
        measureId: measure.id,
        position: 11,
        date: new Date('2021-04-01T00:00:00Z'),
        datePrecision: 'month' as const,
        actingBodyId: null,
        relatedBodyId: body.id,
        text: 'x',
        sourceCode: null,
        sourceSystem: 'Senate',
        classification: [],
      },
    ];
    const viaPrisma = await db.action.createManyAndReturn({ data: actions });
    const viaRaw = await insertRows(
      db,
      'Action',
      actions.map((a) => ({ ...a, position: a.position + 10 })),
    );
    expect(
      viaRaw.map(({ id: _i, createdAt, ...r }) => ({
        ...r,
        position: r.position - 10,
        createdAt: createdAt instanceof Date,
      })),
    ).toEqual(viaPrisma.map(({ id: _i, createdAt, ...r }) => ({ ...r, createdAt: createdAt instanceof Date })));

    const sponsors = [
      {
        measureId: measure.id,
        personId: person.id,
        nameAsGiven: awkward,
        kind: 'primary' as const,
        isOriginal: true,
        sponsoredOn: new Date('2021-03-16T00:00:00Z'),
        withdrawnOn: null,
        position: 0,
      },
      {
        measureId: measure.id,
        personId: null,
        nameAsGiven: 'Someone',
        kind: 'cosponsor' as const,
        isOriginal: false,
        sponsoredOn: null,
        withdrawnOn: new Date('2021-05-02T00:00:00Z'),
        position: 1,
      },
    ];
    expect(withoutId(await insertRows(db, 'Sponsorship', sponsors))).toEqual(
      withoutId(await db.sponsorship.createManyAndReturn({ data: sponsors })),
    );
  });

  it('creates memberships, identifiers and citations exactly as createManyAndReturn does', async () => {
    const body = await createBody(db);
    const person = await createPerson(db);
    const measure = await createMeasure(db, { originBodyId: body.id });
    const source = await db.source.create({ data: { title: 'A source', kind: 'data' } });
    const membership = {
      personId: person.id,
      bodyId: body.id,
      role: 'Senator',
      district: null,
      state: 'CA',
      party: 'Democrat',
      startDate: null,
      endDate: new Date('2023-01-03T00:00:00Z'),
      sessionId: null,
    };
    expect(withoutId(await insertRows(db, 'Membership', [membership]))).toEqual(
      withoutId(await db.membership.createManyAndReturn({ data: [membership] })),
    );

    const value = `T${Date.now()}`;
    const [raw] = await insertRows(db, 'ExternalIdentifier', [{ scheme: 'test', value, personId: person.id }]);
    const [prisma] = await db.externalIdentifier.createManyAndReturn({
      data: [{ scheme: 'test', value: `${value}-2`, personId: person.id }],
    });
    expect({ ...raw, id: 0, value: '' }).toEqual({ ...prisma, id: 0, value: '' });

    const citation = { sourceId: source.id, measureId: measure.id, note: awkward };
    expect(withoutId(await insertRows(db, 'SourceCitation', [citation]))).toEqual(
      withoutId(await db.sourceCitation.createManyAndReturn({ data: [citation] })),
    );
  });

  it('writes change events as createMany does: JSON before and after, nulls left NULL', async () => {
    const entityId = `insert-rows-${Date.now()}`;
    const events = [
      {
        actorLabel: 'import',
        entityType: 'action',
        entityId,
        operation: 'create',
        measureId: null,
        after: { text: awkward, classification: ['passage'], date: '2021-03-16T00:00:00.000Z', n: 1.5, none: null },
      },
      {
        actorId: null,
        actorLabel: 'import',
        entityType: 'measure',
        entityId,
        operation: 'update',
        measureId: null,
        before: { stage: 'draft' },
        after: { stage: 'referred' },
      },
    ];
    await db.changeEvent.createMany({ data: events.map((e) => ({ ...e, operation: `${e.operation}-prisma` })) });
    await insertRowsOnly(db, 'ChangeEvent', events);
    const stored = await db.changeEvent.findMany({ where: { entityId }, orderBy: { id: 'asc' } });
    const strip = ({ id: _id, at, operation, ...rest }: (typeof stored)[number]) => ({
      ...rest,
      operation: operation.replace('-prisma', ''),
      at: Math.abs(at.getTime() - Date.now()) < 60_000,
    });
    expect(stored).toHaveLength(4);
    expect(stored.slice(2).map(strip)).toEqual(stored.slice(0, 2).map(strip));
    expect(stored[2]!.before).toBeNull();
  });
});
