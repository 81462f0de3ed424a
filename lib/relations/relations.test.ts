import { describe, expect, it } from 'vitest';
import { runAsViewer } from '@/lib/auth/test-viewer';
import { createMeasure as enterMeasure } from '@/lib/measures/mutations';
import { createMeasureSchema } from '@/lib/measures/schemas';
import { getTestDb } from '@/lib/test/db';
import { createBody, createJurisdiction, createMeasure, uniqueSlug } from '@/prisma/factories';
import { addRelatedMeasureAction } from './actions';
import { addRelatedMeasure, confirmRelation, removeRelatedMeasure } from './mutations';
import { getWorkspaceRelations, searchMeasures } from './queries';
import { addRelatedMeasureSchema, isWellFormedIdentifier } from './schemas';

const db = getTestDb();

async function user(role: 'member' | 'editor') {
  const u = await db.user.create({ data: { email: `${uniqueSlug(role)}@example.test`, name: `Test ${role}`, role } });
  return { user: u, ctx: { db, actor: { actorId: u.id } } };
}

function input(form: Record<string, string>) {
  const parsed = addRelatedMeasureSchema.safeParse(form);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

async function refusal(form: Record<string, string>) {
  const { user: member } = await user('member');
  const formData = new FormData();
  for (const [key, value] of Object.entries(form)) formData.set(key, value);
  const viewer = { id: member.id, email: member.email, name: member.name, role: 'member' as const };
  return runAsViewer(viewer, () => addRelatedMeasureAction({}, formData));
}

describe('adding a related measure as a member', () => {
  it('links a measure not in the database, which resolves when an editor enters it, with a change event', async () => {
    const { ctx, user: member } = await user('member');
    const from = await createMeasure(db, {
      identifier: `Res. ${uniqueSlug('x').length}`,
      title: 'A council resolution',
    });
    const ident = `H.Res. ${Math.floor(Math.random() * 1e6) + 1000}`;
    const added = await addRelatedMeasure(
      ctx,
      input({
        measureId: String(from.id),
        type: 'endorses',
        targetIdentifier: ident,
        targetJurisdictionText: 'Test Nation',
        evidenceQuote: 'We endorse it',
      }),
    );
    if (!added.ok) throw new Error(added.message);
    expect(added.value.toMeasureId).toBeNull();
    const stored = await db.measureRelation.findUniqueOrThrow({ where: { id: added.value.id } });
    expect(stored).toMatchObject({
      toMeasureId: null,
      targetIdentifier: ident,
      addedById: member.id,
      evidenceQuote: 'We endorse it',
    });

    const { ctx: editorCtx } = await user('editor');
    const nation = await createJurisdiction(db, { name: 'Test Nation', classification: 'country' });
    const house = await createBody(db, { name: 'Test House', jurisdictionId: nation.id });
    const created = await enterMeasure(
      editorCtx,
      createMeasureSchema.parse({
        identifier: ident,
        type: 'resolution',
        title: 'The endorsed one',
        originBodyId: String(house.id),
      }),
    );
    if (!created.ok) throw new Error(created.message);
    expect((await db.measureRelation.findUniqueOrThrow({ where: { id: stored.id } })).toMeasureId).toBe(
      created.value.id,
    );
    const events = await db.changeEvent.findMany({
      where: { entityType: 'measureRelation', entityId: String(stored.id), operation: 'update' },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      measureId: from.id,
      actorId: editorCtx.actor.actorId,
      after: { toMeasureId: created.value.id, resolved: true },
    });
    // Both pages show it: the relation is now found from either measure.
    expect((await getWorkspaceRelations(created.value.id)).map((r) => r.direction)).toEqual(['to']);
    expect((await getWorkspaceRelations(from.id))[0]).toMatchObject({
      direction: 'from',
      addedBy: 'Test member',
      confirmedBy: null,
    });
  });

  it("links a typed identifier that is in the database at once, and tells the other measure's followers", async () => {
    const { ctx } = await user('member');
    const ident = `S.Res. ${Math.floor(Math.random() * 1e6) + 1000}`;
    const target = await createMeasure(db, { identifier: ident });
    const from = await createMeasure(db, { identifier: 'Res. 1' });
    const added = await addRelatedMeasure(
      ctx,
      input({
        measureId: String(from.id),
        type: 'similar',
        targetIdentifier: ident,
        targetJurisdictionText: 'Test City',
        evidenceUrl: 'https://example.org/a',
      }),
    );
    if (!added.ok) throw new Error(added.message);
    expect(added.value.toMeasureId).toBe(target.id);
    expect(
      await db.changeEvent.count({
        where: { entityType: 'measureRelation', entityId: String(added.value.id), measureId: target.id },
      }),
    ).toBe(1);
  });

  it('refuses a relation to itself, a duplicate, a malformed identifier and a non-http evidence address, beside the field', async () => {
    const { ctx } = await user('member');
    const from = await createMeasure(db, { identifier: 'Res. 7' });
    const other = await createMeasure(db, { identifier: 'Res. 8' });
    const self = await refusal({
      measureId: String(from.id),
      type: 'similar',
      toMeasureId: String(from.id),
      evidenceQuote: 'q',
    });
    expect(self).toMatchObject({
      ok: false,
      status: 400,
      errors: { toMeasureId: ['A measure cannot relate to itself.'] },
    });

    // Typed as its own identifier with its body's name, not its jurisdiction's: still itself.
    const typedSelf = await refusal({
      measureId: String(from.id),
      type: 'similar',
      targetIdentifier: 'Res. 7',
      targetJurisdictionText: 'Test Council',
      evidenceQuote: 'q',
    });
    expect(typedSelf).toMatchObject({
      ok: false,
      status: 400,
      errors: { targetIdentifier: ['A measure cannot relate to itself.'] },
    });

    const first = await addRelatedMeasure(
      ctx,
      input({ measureId: String(from.id), type: 'similar', toMeasureId: String(other.id), evidenceQuote: 'q' }),
    );
    expect(first.ok).toBe(true);
    const again = await addRelatedMeasure(
      ctx,
      input({ measureId: String(from.id), type: 'similar', toMeasureId: String(other.id), evidenceQuote: 'q' }),
    );
    expect(again).toMatchObject({
      ok: false,
      status: 400,
      errors: { toMeasureId: ['This relation is already recorded.'] },
    });

    const malformed = await refusal({
      measureId: String(from.id),
      type: 'similar',
      targetIdentifier: '<script>',
      targetJurisdictionText: 'US',
      evidenceQuote: 'q',
    });
    expect(malformed.errors?.targetIdentifier?.[0]).toMatch(/is not an identifier/);
    expect(malformed.values?.targetIdentifier).toBe('<script>');

    const badUrl = await refusal({
      measureId: String(from.id),
      type: 'similar',
      toMeasureId: String(other.id),
      evidenceUrl: 'javascript:alert(1)',
    });
    expect(badUrl.errors?.evidenceUrl?.[0]).toMatch(/http:\/\/ or https:\/\//);

    const noEvidence = await refusal({ measureId: String(from.id), type: 'similar', toMeasureId: String(other.id) });
    expect(noEvidence.errors?.evidenceQuote?.[0]).toMatch(/Add evidence/);
  });

  it('accepts the identifiers people write and refuses the rest', () => {
    for (const ok of ['H.Res. 240', 'CF 21-0002-S1', 'S. 469', 'Res. 12'])
      expect(isWellFormedIdentifier(ok), ok).toBe(true);
    for (const bad of ['<script>', 'hello', '', '240; DROP TABLE', '=1+1'])
      expect(isWellFormedIdentifier(bad), bad).toBe(false);
  });
});

describe('editors review relations', () => {
  it('confirm and remove, each a change event', async () => {
    const { ctx } = await user('member');
    const { ctx: editorCtx, user: editor } = await user('editor');
    const [a, b] = [
      await createMeasure(db, { identifier: 'Res. 3' }),
      await createMeasure(db, { identifier: 'Res. 4' }),
    ];
    const added = await addRelatedMeasure(
      ctx,
      input({ measureId: String(a.id), type: 'companion', toMeasureId: String(b.id), evidenceQuote: 'q' }),
    );
    if (!added.ok) throw new Error(added.message);
    expect((await confirmRelation(editorCtx, { id: added.value.id })).ok).toBe(true);
    expect((await db.measureRelation.findUniqueOrThrow({ where: { id: added.value.id } })).confirmedById).toBe(
      editor.id,
    );
    expect((await removeRelatedMeasure(editorCtx, { id: added.value.id })).ok).toBe(true);
    expect(await db.measureRelation.count({ where: { id: added.value.id } })).toBe(0);
    const ops = (
      await db.changeEvent.findMany({
        where: { entityType: 'measureRelation', entityId: String(added.value.id), measureId: a.id },
        orderBy: { id: 'asc' },
      })
    ).map((e) => e.operation);
    expect(ops).toEqual(['create', 'update', 'delete']);
    expect(await removeRelatedMeasure(editorCtx, { id: added.value.id })).toMatchObject({ ok: false, status: 400 });
  });
});

describe('searchMeasures', () => {
  it('finds measures by number, normalized number or title, without the measure itself', async () => {
    const n = Math.floor(Math.random() * 1e6) + 1000;
    const target = await createMeasure(db, { identifier: `H.Con.Res. ${n}`, title: `Zebra crossing ${n}` });
    expect((await searchMeasures(`hconres${n}`, null)).map((r) => r.id)).toContain(target.id);
    expect((await searchMeasures(`zebra crossing ${n}`, null)).map((r) => r.id)).toEqual([target.id]);
    expect(await searchMeasures(`zebra crossing ${n}`, target.id)).toEqual([]);
  });
});

describe('the related-measure form', () => {
  it('explains every refused field at once, not only the first', () => {
    const result = addRelatedMeasureSchema.safeParse({
      measureId: '1',
      type: 'similar',
      targetIdentifier: '<b>x</b>',
      targetJurisdictionText: 'US',
      evidenceUrl: 'ftp://example.org',
    });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((issue) => issue.path[0]));
    expect(fields).toEqual(new Set(['targetIdentifier', 'evidenceUrl']));
  });
});
