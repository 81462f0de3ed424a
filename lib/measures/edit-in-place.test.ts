// Addressees, relations and sources edited in place, and a measure deleted, on the real test database: each write
// records before and after, refuses bad input beside the field, and a stale or unconfirmed delete removes nothing.
import { describe, expect, it } from 'vitest';
import { tagsForChange } from '@/lib/cache/tags';
import { getTestDb } from '@/lib/test/db';
import { editorContext, parseForm } from '@/lib/test/editor';
import { createBody, createMeasure as makeMeasure, createPerson } from '@/prisma/factories';
import {
  addCitation,
  addRelation,
  addTarget,
  deleteMeasure,
  updateCitation,
  updateRelation,
  updateTarget,
} from './mutations';
import {
  createCitationSchema,
  createRelationSchema,
  deleteMeasureSchema,
  targetSchema,
  updateCitationSchema,
  updateRelationSchema,
} from './schemas';

const db = getTestDb();
const unique = () => Math.floor(Math.random() * 1e7);

describe('editing in place', () => {
  it('changes an addressee from a name to a body, recording before and after and touching both pages', async () => {
    const ctx = await editorContext(db);
    const measure = await makeMeasure(db);
    const body = await createBody(db, { name: 'Ministry of Foreign Affairs' });
    const added = await addTarget(ctx, {
      measureId: measure.id,
      version: 1,
      verb: 'calls_upon',
      bodyId: null,
      personId: null,
      entityName: 'Azerbaijan',
      roleAsWritten: null,
      quote: null,
    });
    if (!added.ok) throw new Error(added.message);
    const saved = await updateTarget(
      ctx,
      parseForm(targetSchema, {
        measureId: String(measure.id),
        version: '2',
        id: String(added.value.id),
        verb: 'urges',
        bodyId: String(body.id),
        quote: 'urges the Ministry',
      }),
    );
    if (!saved.ok) throw new Error(saved.message);
    expect(await db.measureTarget.findUniqueOrThrow({ where: { id: added.value.id } })).toMatchObject({
      verb: 'urges',
      bodyId: body.id,
      entityName: null,
      quote: 'urges the Ministry',
    });
    expect(tagsForChange(saved.changed)).toContain(`body:${body.id}`);
    const event = await db.changeEvent.findFirstOrThrow({
      where: { entityType: 'measureTarget', entityId: String(added.value.id), operation: 'update' },
    });
    expect(event.before).toMatchObject({ verb: 'calls_upon', entityName: 'Azerbaijan', bodyId: null });
    expect(event.after).toMatchObject({ verb: 'urges', entityName: null, bodyId: body.id });

    const empty = targetSchema.safeParse({
      measureId: String(measure.id),
      version: '3',
      id: String(added.value.id),
      verb: 'urges',
    });
    expect(empty.success).toBe(false);
    expect(empty.error?.flatten().fieldErrors.entityName).toEqual([
      'Pick a body or a person, or type the name of whom the measure addresses.',
    ]);
  });

  it('changes a relation’s type and evidence, and refuses a type that would duplicate another relation', async () => {
    const ctx = await editorContext(db);
    const [measure, other] = [await makeMeasure(db), await makeMeasure(db)];
    const form = { measureId: String(measure.id), toMeasureId: String(other.id) };
    const endorses = await addRelation(
      ctx,
      parseForm(createRelationSchema, { ...form, version: '1', type: 'endorses' }),
    );
    const cites = await addRelation(ctx, parseForm(createRelationSchema, { ...form, version: '2', type: 'opposes' }));
    if (!endorses.ok || !cites.ok) throw new Error('relations not added');

    const saved = await updateRelation(
      ctx,
      parseForm(updateRelationSchema, {
        measureId: String(measure.id),
        version: '3',
        id: String(endorses.value.id),
        type: 'similar',
        evidenceUrl: 'https://example.org/evidence',
      }),
    );
    expect(saved.ok).toBe(true);
    if (saved.ok) expect(tagsForChange(saved.changed)).toContain(`measure:${other.id}`);
    expect(await db.measureRelation.findUniqueOrThrow({ where: { id: endorses.value.id } })).toMatchObject({
      type: 'similar',
      evidenceUrl: 'https://example.org/evidence',
    });

    const duplicate = await updateRelation(
      ctx,
      parseForm(updateRelationSchema, {
        measureId: String(measure.id),
        version: '4',
        id: String(endorses.value.id),
        type: 'opposes',
      }),
    );
    expect(duplicate).toMatchObject({
      ok: false,
      errors: { type: ['This measure already has that relation to the same measure.'] },
    });
    expect(await db.measureRelation.findUniqueOrThrow({ where: { id: endorses.value.id } })).toMatchObject({
      type: 'similar',
    });

    const badUrl = updateRelationSchema.safeParse({
      measureId: String(measure.id),
      version: '4',
      id: String(endorses.value.id),
      type: 'opposes',
      evidenceUrl: 'javascript:alert(1)',
    });
    expect(badUrl.success).toBe(false);
  });

  it('changes a citation’s note and its source, revalidating every measure that cites the source', async () => {
    const ctx = await editorContext(db);
    const [measure, other] = [await makeMeasure(db), await makeMeasure(db)];
    const added = await addCitation(
      ctx,
      parseForm(createCitationSchema, {
        measureId: String(measure.id),
        version: '1',
        title: 'Draft text',
        kind: 'official_text',
      }),
    );
    if (!added.ok) throw new Error(added.message);
    await addCitation(
      ctx,
      parseForm(createCitationSchema, {
        measureId: String(other.id),
        version: '1',
        sourceId: String(added.value.sourceId),
      }),
    );

    const saved = await updateCitation(
      ctx,
      parseForm(updateCitationSchema, {
        measureId: String(measure.id),
        version: '2',
        id: String(added.value.id),
        title: 'Adopted text',
        kind: 'official_record',
        url: 'https://example.org/adopted',
        note: 'as adopted',
      }),
    );
    if (!saved.ok) throw new Error(saved.message);
    const stored = await db.sourceCitation.findUniqueOrThrow({
      where: { id: added.value.id },
      include: { source: true },
    });
    expect(stored).toMatchObject({
      note: 'as adopted',
      source: { title: 'Adopted text', kind: 'official_record', url: 'https://example.org/adopted' },
    });
    expect(tagsForChange(saved.changed)).toContain(`measure:${other.id}`);
    expect(
      await db.changeEvent.count({
        where: { measureId: measure.id, operation: 'update', entityType: { in: ['source', 'sourceCitation'] } },
      }),
    ).toBe(2);

    const untitled = updateCitationSchema.safeParse({
      measureId: String(measure.id),
      version: '3',
      id: String(added.value.id),
      title: ' ',
      kind: 'news',
    });
    expect(untitled.error?.flatten().fieldErrors.title).toBeTruthy();
  });
});

describe('deleteMeasure', () => {
  it('refuses without the typed name or from a stale page, then deletes everything on the measure and records what was lost', async () => {
    const ctx = await editorContext(db);
    const person = await createPerson(db);
    const identifier = `Res. ${unique()}`;
    const measure = await makeMeasure(db, {
      identifier,
      sponsors: [{ personId: person.id, kind: 'primary' }],
      actions: [{ date: new Date('2021-04-21'), text: 'Adopted' }],
    });
    const other = await makeMeasure(db);
    await addRelation(
      ctx,
      parseForm(createRelationSchema, {
        measureId: String(other.id),
        version: '1',
        type: 'endorses',
        toMeasureId: String(measure.id),
      }),
    );

    const wrongName = await deleteMeasure(
      ctx,
      parseForm(deleteMeasureSchema, { measureId: String(measure.id), version: '1', confirm: 'yes' }),
    );
    expect(wrongName).toMatchObject({
      ok: false,
      status: 400,
      errors: { confirm: [`Type “${identifier}” exactly to confirm.`] },
    });
    // Someone else saves the measure meanwhile: the delete from the page loaded before is refused.
    await db.measure.update({ where: { id: measure.id }, data: { version: { increment: 1 } } });
    const stale = await deleteMeasure(
      ctx,
      parseForm(deleteMeasureSchema, { measureId: String(measure.id), version: '1', confirm: identifier }),
    );
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect(await db.measure.count({ where: { id: measure.id } })).toBe(1);

    const deleted = await deleteMeasure(
      ctx,
      parseForm(deleteMeasureSchema, {
        measureId: String(measure.id),
        version: '2',
        confirm: identifier.toLowerCase(),
      }),
    );
    if (!deleted.ok) throw new Error(deleted.message);
    expect(await db.measure.count({ where: { id: measure.id } })).toBe(0);
    expect(await db.action.count({ where: { measureId: measure.id } })).toBe(0);
    expect(await db.measureRelation.count({ where: { toMeasureId: measure.id } })).toBe(0);
    expect(tagsForChange(deleted.changed)).toEqual(
      expect.arrayContaining([`measure:${measure.id}`, `measure:${other.id}`, `person:${person.id}`]),
    );
    const event = await db.changeEvent.findFirstOrThrow({
      where: { entityType: 'measure', entityId: String(measure.id), operation: 'delete' },
    });
    expect(event.before).toMatchObject({ identifier, removedWithIt: { actions: 1, sponsorships: 1, relationsTo: 1 } });
  });
});
