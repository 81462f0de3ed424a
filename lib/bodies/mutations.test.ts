import { describe, expect, it } from 'vitest';
import { tagsForChange } from '@/lib/cache/tags';
import { getTestDb } from '@/lib/test/db';
import { editorContext, parseForm } from '@/lib/test/editor';
import { createBody as makeBody, createJurisdiction, createPerson, uniqueSlug } from '@/prisma/factories';
import { addPersonIdentifier } from '@/lib/people/mutations';
import { addBodyIdentifier, createBody, removeBodyIdentifier, updateBody } from './mutations';
import { addBodyIdentifierSchema, createBodySchema, removeBodyIdentifierSchema, updateBodySchema } from './schemas';
const db = getTestDb();

const editor = (name?: string) => editorContext(db, name);
const parse = parseForm;

const form = (body: { id: number; name: string }, version: number, extra: Record<string, string> = {}) => ({
  id: String(body.id),
  version: String(version),
  name: body.name,
  classification: 'committee',
  ...extra,
});

describe('createBody and updateBody', () => {
  it('creates a body in a jurisdiction under a parent, records the change and names the tags', async () => {
    const ctx = await editor();
    const jurisdiction = await createJurisdiction(db, { name: `Bodyville ${uniqueSlug('j')}` });
    const parent = await makeBody(db, { name: 'Bodyville Council', jurisdictionId: jurisdiction.id });
    const result = await createBody(
      ctx,
      parse(createBodySchema, {
        name: 'Budget Committee',
        classification: 'committee',
        jurisdictionId: String(jurisdiction.id),
        parentId: String(parent.id),
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(await db.body.findUniqueOrThrow({ where: { id: result.value.id } })).toMatchObject({
      name: 'Budget Committee',
      parentId: parent.id,
      version: 1,
    });
    expect(tagsForChange(result.changed)).toEqual(
      expect.arrayContaining([`body:${result.value.id}`, `body-slug:${result.value.slug}`, `body:${parent.id}`]),
    );
    const events = await db.changeEvent.findMany({ where: { entityType: 'body', entityId: String(result.value.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation: 'create', actorId: ctx.actor.actorId });
  });

  it('refuses a stale version with 409 and the current values, overwriting nothing', async () => {
    const [alice, bob] = [await editor('Alice'), await editor('Bob')];
    const body = await makeBody(db, { name: 'Race Council' });
    expect((await updateBody(alice, parse(updateBodySchema, form({ id: body.id, name: 'Alice Council' }, 1)))).ok).toBe(
      true,
    );
    const stale = await updateBody(bob, parse(updateBodySchema, form({ id: body.id, name: 'Bob Council' }, 1)));
    expect(stale).toMatchObject({ ok: false, status: 409 });
    if (stale.ok) return;
    expect(stale.message).toContain('Someone else saved this body while you were editing by Alice');
    expect(stale.current?.values.name).toBe('Alice Council');
    expect(await db.body.findUniqueOrThrow({ where: { id: body.id } })).toMatchObject({
      name: 'Alice Council',
      version: 2,
    });
    const events = await db.changeEvent.findMany({ where: { entityType: 'body', entityId: String(body.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      before: { name: 'Race Council', classification: 'legislature' },
      after: { name: 'Alice Council', classification: 'committee' },
    });
  });

  it('refuses a parent that is the body itself or one of its descendants', async () => {
    const ctx = await editor();
    const top = await makeBody(db, { name: 'Top Chamber' });
    const child = await makeBody(db, { name: 'Child Committee', parentId: top.id });
    const grandchild = await makeBody(db, { name: 'Grandchild Subcommittee', parentId: child.id });

    const self = updateBodySchema.safeParse(form(top, 1, { parentId: String(top.id) }));
    expect(self.success).toBe(false);
    expect(self.error!.issues[0]).toMatchObject({ path: ['parentId'], message: 'A body cannot be its own parent.' });

    const cycle = await updateBody(ctx, parse(updateBodySchema, form(top, 1, { parentId: String(grandchild.id) })));
    expect(cycle).toMatchObject({ ok: false, status: 400 });
    if (cycle.ok) return;
    expect(cycle.errors?.parentId?.[0]).toBe(
      'Grandchild Subcommittee is part of this body (one of its descendants), so it cannot be its parent.',
    );
    expect(await db.body.findUniqueOrThrow({ where: { id: top.id } })).toMatchObject({ parentId: null, version: 1 });
    expect(await db.changeEvent.count({ where: { entityType: 'body', entityId: String(top.id) } })).toBe(0);

    // Moving the grandchild directly under the top is no cycle.
    expect((await updateBody(ctx, parse(updateBodySchema, form(grandchild, 1, { parentId: String(top.id) })))).ok).toBe(
      true,
    );
  });
});

describe('body identifiers', () => {
  it('refuses an identifier a person holds, naming the person', async () => {
    const ctx = await editor();
    const person = await createPerson(db, { name: 'Identifier Holder' });
    const body = await makeBody(db, { name: 'Identifier Council' });
    const value = uniqueSlug('X');
    expect((await addPersonIdentifier(ctx, { personId: person.id, version: 1, scheme: 'wikidata', value })).ok).toBe(
      true,
    );
    const clash = await addBodyIdentifier(
      ctx,
      parse(addBodyIdentifierSchema, { bodyId: String(body.id), version: '1', scheme: 'wikidata', value }),
    );
    expect(clash).toMatchObject({
      ok: false,
      status: 400,
      errors: {
        value: [
          `wikidata ${value} is already held by the person Identifier Holder; an identifier belongs to one record only.`,
        ],
      },
    });
    const ok = await addBodyIdentifier(
      ctx,
      parse(addBodyIdentifierSchema, {
        bodyId: String(body.id),
        version: '1',
        scheme: 'wikidata',
        value: `${value}-b`,
      }),
    );
    expect(ok.ok).toBe(true);
    expect(
      await db.changeEvent.count({
        where: { entityType: 'externalIdentifier', after: { path: ['bodyId'], equals: body.id } },
      }),
    ).toBe(1);
  });

  it("removes a body's identifier once, and refuses to remove another record's through it", async () => {
    const ctx = await editor();
    const body = await makeBody(db, { name: 'Identifier Board' });
    const other = await createPerson(db, { name: 'Other Holder' });
    const value = uniqueSlug('R');
    const version = async () => (await db.body.findUniqueOrThrow({ where: { id: body.id } })).version;
    const added = await addBodyIdentifier(
      ctx,
      parse(addBodyIdentifierSchema, {
        bodyId: String(body.id),
        version: String(await version()),
        scheme: 'ocd',
        value,
      }),
    );
    if (!added.ok) throw new Error(added.message);
    const theirs = await addPersonIdentifier(ctx, {
      personId: other.id,
      version: 1,
      scheme: 'ocd',
      value: `${value}-p`,
    });
    if (!theirs.ok) throw new Error(theirs.message);
    const remove = async (id: number) =>
      removeBodyIdentifier(
        ctx,
        parse(removeBodyIdentifierSchema, {
          bodyId: String(body.id),
          version: String(await version()),
          id: String(id),
        }),
      );

    // Another record's identifier is not this body's to remove: refused, and it stays.
    expect(await remove(theirs.value.id)).toMatchObject({
      ok: false,
      message: 'This identifier was already removed; reload the page.',
    });
    expect(await db.externalIdentifier.count({ where: { id: theirs.value.id } })).toBe(1);

    expect((await remove(added.value.id)).ok).toBe(true);
    expect(await db.externalIdentifier.count({ where: { id: added.value.id } })).toBe(0);
    expect(
      await db.changeEvent.count({
        where: { entityType: 'externalIdentifier', entityId: String(added.value.id), operation: 'delete' },
      }),
    ).toBe(1);
    // A second removal (another tab) is refused with the reason.
    expect((await remove(added.value.id)).ok).toBe(false);
  });
});
