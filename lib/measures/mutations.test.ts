import { describe, expect, it } from 'vitest';
import { tagsForChange } from '@/lib/cache/tags';
import { getTestDb } from '@/lib/test/db';
import { editorContext, parseForm } from '@/lib/test/editor';
import {
  createBody,
  createJurisdiction,
  createMeasure as makeMeasure,
  createPerson,
  uniqueSlug,
} from '@/prisma/factories';
import {
  addAction,
  addCitation,
  addRelation,
  addSponsorship,
  addTarget,
  clearStatusOverride,
  createMeasure,
  moveAction,
  removeAction,
  removeRelation,
  setStatusOverride,
  updateAction,
  updateMeasure,
  updateSponsorship,
} from './mutations';
import {
  createActionSchema,
  createCitationSchema,
  createMeasureSchema,
  createRelationSchema,
  createSponsorshipSchema,
  statusOverrideSchema,
  updateActionSchema,
  updateMeasureSchema,
} from './schemas';
const db = getTestDb();

const editor = (name?: string) => editorContext(db, name);
const parse = parseForm;

function fieldsOf(
  schema: {
    safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  form: Record<string, string>,
) {
  const result = schema.safeParse(form);
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
}

async function council() {
  const jurisdiction = await createJurisdiction(db, { name: `Springfield ${uniqueSlug('j')}` });
  const body = await createBody(db, { name: 'Springfield Council', jurisdictionId: jurisdiction.id });
  return { jurisdiction, body };
}

describe('createMeasure', () => {
  it('creates the measure with a slug, records the change and names the tags to revalidate', async () => {
    const ctx = await editor();
    const { jurisdiction, body } = await council();
    const input = parse(createMeasureSchema, {
      identifier: 'Res. 12',
      type: 'resolution',
      title: 'Calling for a park',
      originBodyId: String(body.id),
      subjects: 'parks, budget',
    });
    const result = await createMeasure(ctx, input);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.slug).toBe(`${jurisdiction.slug}-res-12`);
    const stored = await db.measure.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(stored).toMatchObject({
      normalizedIdentifier: 'RES12',
      subjects: ['parks', 'budget'],
      jurisdictionId: jurisdiction.id,
      version: 1,
    });
    const events = await db.changeEvent.findMany({ where: { entityType: 'measure', entityId: String(stored.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation: 'create', actorId: ctx.actor.actorId, before: null });
    expect(events[0]!.after).toMatchObject({ title: 'Calling for a park' });
    expect(tagsForChange(result.changed)).toEqual(
      expect.arrayContaining([`measure:${stored.id}`, `measure-slug:${stored.slug}`, 'measures', `body:${body.id}`]),
    );
  });

  it('resolves relations that named it before it existed, in its jurisdiction only', async () => {
    const ctx = await editor();
    const { jurisdiction, body } = await council();
    const ident = `Res. ${Math.floor(Math.random() * 1e6)}`;
    const endorser = await makeMeasure(db, { title: 'Endorser' });
    const other = await makeMeasure(db, { title: 'Other endorser' });
    const waiting = await db.measureRelation.create({
      data: {
        type: 'endorses',
        fromMeasureId: endorser.id,
        targetIdentifier: ident,
        targetNormalized: 'RES' + ident.slice(5),
        targetJurisdictionText: jurisdiction.name,
      },
    });
    const elsewhere = await db.measureRelation.create({
      data: {
        type: 'endorses',
        fromMeasureId: other.id,
        targetIdentifier: ident,
        targetNormalized: 'RES' + ident.slice(5),
        targetJurisdictionText: 'Shelbyville',
      },
    });
    const result = await createMeasure(
      ctx,
      parse(createMeasureSchema, {
        identifier: ident,
        type: 'resolution',
        title: 'Target',
        originBodyId: String(body.id),
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect((await db.measureRelation.findUniqueOrThrow({ where: { id: waiting.id } })).toMeasureId).toBe(
      result.value.id,
    );
    expect((await db.measureRelation.findUniqueOrThrow({ where: { id: elsewhere.id } })).toMeasureId).toBeNull();
    expect(
      await db.changeEvent.count({
        where: { entityType: 'measureRelation', entityId: String(waiting.id), operation: 'update' },
      }),
    ).toBe(1);
    expect(tagsForChange(result.changed)).toContain(`measure:${endorser.id}`);
  });

  it('refuses a body without a jurisdiction and a duplicate identifier, beside the field', async () => {
    const ctx = await editor();
    const loose = await createBody(db, { name: 'Loose body' });
    const noJurisdiction = await createMeasure(
      ctx,
      parse(createMeasureSchema, { type: 'resolution', title: 'X', originBodyId: String(loose.id) }),
    );
    expect(noJurisdiction).toMatchObject({
      ok: false,
      status: 400,
      errors: { originBodyId: [expect.stringMatching(/no jurisdiction/)] },
    });
    const { body } = await council();
    const input = parse(createMeasureSchema, {
      identifier: 'Res. 7',
      type: 'resolution',
      title: 'First',
      originBodyId: String(body.id),
    });
    expect((await createMeasure(ctx, input)).ok).toBe(true);
    const twin = await createMeasure(ctx, { ...input, identifier: 'RES 7', title: 'Second' });
    expect(twin).toMatchObject({ ok: false, errors: { identifier: [expect.stringMatching(/already has/)] } });
  });
});

describe('optimistic locking', () => {
  it('refuses a save made from a stale version with 409, the current values, and overwrites nothing', async () => {
    const [alice, bob] = [await editor(), await editor()];
    const { body } = await council();
    const measure = await makeMeasure(db, { title: 'Original title', originBodyId: body.id });
    const form = { id: String(measure.id), version: '1', type: 'resolution', originBodyId: String(body.id) };
    const first = await updateMeasure(alice, parse(updateMeasureSchema, { ...form, title: 'Alice’s title' }));
    expect(first.ok).toBe(true);
    const second = await updateMeasure(bob, parse(updateMeasureSchema, { ...form, title: 'Bob’s title' }));
    expect(second).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringMatching(/Someone else saved.*Test Editor.*version 1.*version 2/),
    });
    if (second.ok) return;
    expect(second.current).toMatchObject({ version: 2, values: { title: 'Alice’s title' }, savedBy: 'Test Editor' });
    expect(await db.measure.findUniqueOrThrow({ where: { id: measure.id } })).toMatchObject({
      title: 'Alice’s title',
      version: 2,
    });
    expect(await db.changeEvent.count({ where: { measureId: measure.id, actorId: bob.actor.actorId } })).toBe(0);
  });

  it('applies to what belongs to the measure too: an action added from a stale page is refused', async () => {
    const ctx = await editor();
    const measure = await makeMeasure(db);
    const add = (text: string) =>
      addAction(
        ctx,
        parse(createActionSchema, { measureId: String(measure.id), version: '1', date: '2021-03-16', text }),
      );
    expect((await add('Introduced')).ok).toBe(true);
    expect(await add('Adopted')).toMatchObject({ ok: false, status: 409 });
    expect(await db.action.count({ where: { measureId: measure.id } })).toBe(1);
  });

  it('lets only one of two concurrent saves through', async () => {
    const [alice, bob] = [await editor(), await editor()];
    const { body } = await council();
    const measure = await makeMeasure(db, { originBodyId: body.id });
    const form = { id: String(measure.id), version: '1', type: 'resolution', originBodyId: String(body.id) };
    const results = await Promise.all([
      updateMeasure(alice, parse(updateMeasureSchema, { ...form, title: 'A' })),
      updateMeasure(bob, parse(updateMeasureSchema, { ...form, title: 'B' })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.status === 409)).toHaveLength(1);
    expect(
      await db.changeEvent.count({
        where: { entityType: 'measure', entityId: String(measure.id), operation: 'update' },
      }),
    ).toBe(1);
  });
});

describe('actions', () => {
  it('recomputes the status, records before and after, reorders and removes', async () => {
    const ctx = await editor();
    const measure = await makeMeasure(db);
    const ref = { measureId: String(measure.id) };
    let version = 1;
    const next = async <T>(result: Promise<{ ok: boolean; value?: T; message?: string }>) => {
      const r = await result;
      if (!r.ok) throw new Error(r.message);
      version += 1;
      return r.value as T;
    };
    const introduced = await next(
      addAction(
        ctx,
        parse(createActionSchema, { ...ref, version: String(version), date: '2021-04', text: 'Introduced' }),
      ),
    );
    const adopted = await next(
      addAction(
        ctx,
        parse(createActionSchema, { ...ref, version: String(version), date: '2021-04-21', text: 'Adopted' }),
      ),
    );
    let stored = await db.measure.findUniqueOrThrow({
      where: { id: measure.id },
      include: { actions: { orderBy: { position: 'asc' } } },
    });
    expect(stored.actions[0]).toMatchObject({ datePrecision: 'month', classification: ['introduction'] });
    expect(stored).toMatchObject({ outcome: 'adopted' });

    await next(
      updateAction(
        ctx,
        parse(updateActionSchema, {
          ...ref,
          version: String(version),
          id: String(adopted.id),
          date: '2021-04-21',
          text: 'Failed',
        }),
      ),
    );
    const event = await db.changeEvent.findFirstOrThrow({
      where: { entityType: 'action', entityId: String(adopted.id), operation: 'update' },
    });
    expect(event.before).toMatchObject({ text: 'Adopted' });
    expect(event.after).toMatchObject({ text: 'Failed' });
    stored = await db.measure.findUniqueOrThrow({
      where: { id: measure.id },
      include: { actions: { orderBy: { position: 'asc' } } },
    });
    expect(stored.outcome).toBe('failed');

    await next(moveAction(ctx, { measureId: measure.id, version, id: adopted.id, direction: 'up' }));
    stored = await db.measure.findUniqueOrThrow({
      where: { id: measure.id },
      include: { actions: { orderBy: { position: 'asc' } } },
    });
    expect(stored.actions.map((a) => a.id)).toEqual([adopted.id, introduced.id]);
    expect(await moveAction(ctx, { measureId: measure.id, version, id: adopted.id, direction: 'up' })).toMatchObject({
      ok: false,
      message: /already the first/,
    });

    await next(removeAction(ctx, { measureId: measure.id, version, id: adopted.id }));
    stored = await db.measure.findUniqueOrThrow({ where: { id: measure.id }, include: { actions: true } });
    expect(stored.actions).toHaveLength(1);
    expect(stored.outcome).toBe('pending');
    expect(
      await db.changeEvent.count({
        where: { entityType: 'action', entityId: String(adopted.id), operation: 'delete' },
      }),
    ).toBe(1);
  });
});

describe('sponsors, addressees, relations, sources, override', () => {
  it('adds a sponsor by person or by name as given, and refuses the same person twice', async () => {
    const ctx = await editor();
    const person = await createPerson(db, { name: 'Paula Council' });
    const measure = await makeMeasure(db);
    const base = { measureId: String(measure.id), kind: 'primary', isOriginal: 'on' };
    const first = await addSponsorship(
      ctx,
      parse(createSponsorshipSchema, { ...base, version: '1', personId: String(person.id) }),
    );
    if (!first.ok) throw new Error(first.message);
    expect(await db.sponsorship.findUniqueOrThrow({ where: { id: first.value.id } })).toMatchObject({
      nameAsGiven: 'Paula Council',
      isOriginal: true,
    });
    expect(tagsForChange(first.changed)).toContain(`person:${person.id}`);
    const twice = await addSponsorship(
      ctx,
      parse(createSponsorshipSchema, { ...base, version: '2', personId: String(person.id) }),
    );
    expect(twice).toMatchObject({ ok: false, errors: { personId: [expect.stringMatching(/already sponsors/)] } });
    const byName = await addSponsorship(
      ctx,
      parse(createSponsorshipSchema, {
        ...base,
        kind: 'cosponsor',
        version: '2',
        nameAsGiven: 'Mr. Smith',
        withdrawnOn: '2021-05-01',
      }),
    );
    expect(byName.ok).toBe(true);
    if (!byName.ok) return;
    const edited = await updateSponsorship(ctx, {
      ...parse(createSponsorshipSchema, { ...base, kind: 'cosponsor', version: '3', nameAsGiven: 'John Smith' }),
      id: byName.value.id,
    });
    expect(edited.ok).toBe(true);
    expect(await db.sponsorship.findUniqueOrThrow({ where: { id: byName.value.id } })).toMatchObject({
      nameAsGiven: 'John Smith',
      withdrawnOn: null,
    });
  });

  it('adds an addressee and a source citation with a new source', async () => {
    const ctx = await editor();
    const measure = await makeMeasure(db);
    const target = await addTarget(ctx, {
      measureId: measure.id,
      version: 1,
      verb: 'calls_upon',
      bodyId: null,
      personId: null,
      entityName: 'Azerbaijan',
      roleAsWritten: null,
      quote: null,
    });
    expect(target.ok).toBe(true);
    const citation = await addCitation(
      ctx,
      parse(createCitationSchema, {
        measureId: String(measure.id),
        version: '2',
        title: 'Adopted text',
        kind: 'official_text',
        url: 'https://example.org/res',
      }),
    );
    expect(citation.ok).toBe(true);
    const stored = await db.measure.findUniqueOrThrow({
      where: { id: measure.id },
      include: { targets: true, citations: { include: { source: true } } },
    });
    expect(stored.targets[0]).toMatchObject({ entityName: 'Azerbaijan', verb: 'calls_upon' });
    expect(stored.citations[0]!.source).toMatchObject({ title: 'Adopted text', url: 'https://example.org/res' });
    expect(
      await db.changeEvent.count({
        where: { measureId: measure.id, entityType: { in: ['measureTarget', 'source', 'sourceCitation'] } },
      }),
    ).toBe(3);
  });

  it('links a typed identifier that is already in the database, keeps an unknown one unresolved, and refuses duplicates and itself', async () => {
    const ctx = await editor();
    const ident = `H.Res. ${Math.floor(Math.random() * 1e6)}`;
    const target = await makeMeasure(db, { identifier: ident });
    const measure = await makeMeasure(db, { identifier: `Res. ${Math.floor(Math.random() * 1e6)}` });
    const form = { measureId: String(measure.id), type: 'endorses' };
    const linked = await addRelation(
      ctx,
      parse(createRelationSchema, { ...form, version: '1', targetIdentifier: ident.replace('.', '') }),
    );
    expect(linked).toMatchObject({ ok: true, value: { toMeasureId: target.id } });
    if (linked.ok) expect(tagsForChange(linked.changed)).toContain(`measure:${target.id}`);
    const again = await addRelation(
      ctx,
      parse(createRelationSchema, { ...form, version: '2', toMeasureId: String(target.id) }),
    );
    expect(again).toMatchObject({ ok: false, errors: { toMeasureId: ['This relation is already recorded.'] } });
    const unknown = await addRelation(
      ctx,
      parse(createRelationSchema, {
        ...form,
        version: '2',
        targetIdentifier: 'S.Res. 999999',
        targetJurisdictionText: 'United States',
      }),
    );
    expect(unknown).toMatchObject({ ok: true, value: { toMeasureId: null } });
    const self = await addRelation(
      ctx,
      parse(createRelationSchema, { ...form, version: '3', targetIdentifier: measure.identifier! }),
    );
    expect(self).toMatchObject({ ok: false, errors: { targetIdentifier: ['A measure cannot relate to itself.'] } });
    if (unknown.ok)
      expect((await removeRelation(ctx, { measureId: measure.id, version: 3, id: unknown.value.id })).ok).toBe(true);
  });

  it('stores an override with its author and reason, and clears it', async () => {
    const ctx = await editor();
    const measure = await makeMeasure(db);
    const set = await setStatusOverride(
      ctx,
      parse(statusOverrideSchema, {
        measureId: String(measure.id),
        version: '1',
        overrideOutcome: 'adopted',
        overrideStage: '',
        reason: 'Adopted per the council journal',
      }),
    );
    expect(set.ok).toBe(true);
    expect(await db.measure.findUniqueOrThrow({ where: { id: measure.id } })).toMatchObject({
      overrideOutcome: 'adopted',
      overrideStage: null,
      overrideById: ctx.actor.actorId,
      overrideReason: 'Adopted per the council journal',
    });
    expect((await clearStatusOverride(ctx, { measureId: measure.id, version: 2 })).ok).toBe(true);
    expect(await db.measure.findUniqueOrThrow({ where: { id: measure.id } })).toMatchObject({
      overrideOutcome: null,
      overrideReason: null,
      overrideById: null,
    });
    const events = await db.changeEvent.findMany({
      where: { measureId: measure.id, entityType: 'measure' },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => (e.after as { overrideOutcome?: string }).overrideOutcome ?? null)).toEqual([
      'adopted',
      null,
    ]);
  });
});

describe('bad input is refused with a message per field', () => {
  it('measures', () => {
    expect(
      fieldsOf(createMeasureSchema, {
        type: 'poem',
        title: ' ',
        originBodyId: '',
        textUrl: 'javascript:alert(1)',
        introducedOn: '2021-02-30',
      }),
    ).toEqual({
      type: 'Choose the type of measure.',
      title: 'Title is required.',
      originBodyId: 'Choose a body the measure comes from.',
      textUrl: 'Link to the text must start with http:// or https://.',
      introducedOn: 'Date introduced must be a real date written YYYY-MM-DD.',
    });
    expect(
      fieldsOf(createMeasureSchema, {
        type: 'bill',
        title: 'x',
        originBodyId: '1',
        textUrl: 'not a url',
        identifier: '...',
      }),
    ).toMatchObject({
      textUrl: expect.stringMatching(/full web address/),
      identifier: expect.stringMatching(/letters or digits/),
    });
    expect(fieldsOf(updateMeasureSchema, { id: '1', type: 'bill', title: 'x', originBodyId: '1' })).toHaveProperty(
      'version',
    );
  });

  it('actions: partial dates allowed with precision, impossible ones refused', () => {
    const base = { measureId: '1', version: '1', text: 'Adopted' };
    expect(parse(createActionSchema, { ...base, date: '2021' }).date.precision).toBe('year');
    expect(parse(createActionSchema, { ...base, date: '2021-04-21' }).date).toEqual({
      date: new Date('2021-04-21T00:00:00Z'),
      precision: 'day',
    });
    expect(fieldsOf(createActionSchema, { ...base, date: '2021-13' }).date).toMatch(/real date/);
    expect(fieldsOf(createActionSchema, { ...base, date: '', text: '' })).toEqual({
      date: 'Date is required.',
      text: 'Action text is required.',
    });
    expect(
      fieldsOf(createActionSchema, { ...base, date: '2021', classification: 'passage, nonsense' }).classification,
    ).toMatch(/Unknown classification: nonsense/);
  });

  it('sponsors, relations, sources, overrides', () => {
    const ref = { measureId: '1', version: '1' };
    expect(fieldsOf(createSponsorshipSchema, { ...ref, kind: 'primary' }).nameAsGiven).toMatch(
      /Pick a person or type the name/,
    );
    expect(
      fieldsOf(createSponsorshipSchema, {
        ...ref,
        kind: 'primary',
        nameAsGiven: 'A',
        sponsoredOn: '2021-05-02',
        withdrawnOn: '2021-05-01',
      }).withdrawnOn,
    ).toMatch(/withdrawn before/);
    expect(fieldsOf(createRelationSchema, { ...ref, type: 'endorses', toMeasureId: '1' }).toMeasureId).toBe(
      'A measure cannot relate to itself.',
    );
    expect(fieldsOf(createRelationSchema, { ...ref, type: 'endorses' }).toMeasureId).toMatch(
      /Pick the related measure/,
    );
    expect(
      fieldsOf(createRelationSchema, { ...ref, type: 'endorses', toMeasureId: '2', evidenceUrl: 'ftp://x.org' })
        .evidenceUrl,
    ).toMatch(/http/);
    expect(fieldsOf(createCitationSchema, { ...ref })).toMatchObject({
      title: expect.stringMatching(/title/),
      kind: 'Choose the kind of source.',
    });
    expect(
      fieldsOf(statusOverrideSchema, { ...ref, overrideStage: '', overrideOutcome: '', reason: '' }),
    ).toMatchObject({
      reason: 'Reason is required.',
      overrideStage: expect.stringMatching(/Choose the stage or the outcome/),
    });
  });
});
