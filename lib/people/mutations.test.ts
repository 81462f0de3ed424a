import { describe, expect, it } from 'vitest';
import { tagsForChange } from '@/lib/cache/tags';
import { getTestDb } from '@/lib/test/db';
import { editorContext, parseForm } from '@/lib/test/editor';
import { createBody, createPerson as makePerson, uniqueSlug } from '@/prisma/factories';
import {
  addMembership,
  addPersonIdentifier,
  createPerson,
  removeMembership,
  updateMembership,
  updatePerson,
} from './mutations';
import {
  addPersonIdentifierSchema,
  createMembershipSchema,
  createPersonSchema,
  membershipSchema,
  updatePersonSchema,
} from './schemas';
const db = getTestDb();

const editor = (name?: string) => editorContext(db, name);
const parse = parseForm;

describe('createPerson and updatePerson', () => {
  it('creates with a free slug, records the change and names the person tags', async () => {
    const ctx = await editor();
    const name = `Ada Lovelace ${uniqueSlug('p')}`;
    const result = await createPerson(
      ctx,
      parse(createPersonSchema, { name, familyName: 'Lovelace', url: 'https://example.org/ada' }),
    );
    if (!result.ok) throw new Error(result.message);
    const stored = await db.person.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(stored).toMatchObject({ name, familyName: 'Lovelace', givenName: null, version: 1 });
    const events = await db.changeEvent.findMany({ where: { entityType: 'person', entityId: String(stored.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation: 'create', actorId: ctx.actor.actorId });
    expect(tagsForChange(result.changed)).toEqual(
      expect.arrayContaining([`person:${stored.id}`, `person-slug:${stored.slug}`]),
    );
  });

  it('refuses a stale version with 409 and the current values, overwriting nothing', async () => {
    const [alice, bob] = [await editor(), await editor()];
    const person = await makePerson(db, { name: 'Race Person' });
    const first = await updatePerson(
      alice,
      parse(updatePersonSchema, { id: String(person.id), version: '1', name: 'Alice Wrote' }),
    );
    expect(first.ok).toBe(true);
    const second = await updatePerson(
      bob,
      parse(updatePersonSchema, { id: String(person.id), version: '1', name: 'Bob Wrote' }),
    );
    expect(second).toMatchObject({ ok: false, status: 409 });
    if (second.ok) return;
    expect(second.message).toContain('version 2 is now current');
    expect(second.current?.values.name).toBe('Alice Wrote');
    expect(second.current?.savedBy).toBe('Test Editor');
    expect(await db.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      name: 'Alice Wrote',
      version: 2,
    });
    const events = await db.changeEvent.findMany({ where: { entityType: 'person', entityId: String(person.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ before: { name: 'Race Person' }, after: { name: 'Alice Wrote' } });
  });

  it('reads a nonsense address as a field error', () => {
    const result = updatePersonSchema.safeParse({ id: '1', version: '1', name: '', url: 'javascript:alert(1)' });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(fields).toMatchObject({
      name: 'Name is required.',
      url: 'Web address must start with http:// or https://.',
    });
  });
});

describe('external identifiers', () => {
  it('refuses an identifier another record holds, naming the holder', async () => {
    const ctx = await editor();
    const [holder, other] = [
      await makePerson(db, { name: 'Holder Person' }),
      await makePerson(db, { name: 'Other Person' }),
    ];
    const value = uniqueSlug('B0');
    const added = await addPersonIdentifier(
      ctx,
      parse(addPersonIdentifierSchema, { personId: String(holder.id), version: '1', scheme: 'bioguide', value }),
    );
    expect(added.ok).toBe(true);
    const clash = await addPersonIdentifier(
      ctx,
      parse(addPersonIdentifierSchema, { personId: String(other.id), version: '1', scheme: 'bioguide', value }),
    );
    expect(clash).toMatchObject({ ok: false, status: 400 });
    if (clash.ok) return;
    expect(clash.errors?.value?.[0]).toContain('already held by the person Holder Person');
    expect(await db.externalIdentifier.count({ where: { personId: other.id } })).toBe(0);
    // The refused save did not claim the version either.
    expect((await db.person.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(1);
  });
});

describe('memberships', () => {
  it('adds, edits and removes a membership with change events and body tags', async () => {
    const ctx = await editor();
    const person = await makePerson(db, { name: 'Member Person' });
    const [council, senate] = [await createBody(db, { name: 'Council' }), await createBody(db, { name: 'Senate' })];
    const added = await addMembership(
      ctx,
      parse(createMembershipSchema, {
        personId: String(person.id),
        version: '1',
        bodyId: String(council.id),
        role: 'Councilmember',
        district: '4',
        startDate: '2021-01-04',
      }),
    );
    if (!added.ok) throw new Error(added.message);
    expect(tagsForChange(added.changed)).toEqual(expect.arrayContaining([`person:${person.id}`, `body:${council.id}`]));
    const id = String(added.value.id);
    const edited = await updateMembership(
      ctx,
      parse(membershipSchema, {
        personId: String(person.id),
        version: '2',
        id,
        bodyId: String(senate.id),
        role: 'Senator',
      }),
    );
    if (!edited.ok) throw new Error(edited.message);
    expect(tagsForChange(edited.changed)).toEqual(expect.arrayContaining([`body:${council.id}`, `body:${senate.id}`]));
    expect(await db.membership.findUniqueOrThrow({ where: { id: Number(id) } })).toMatchObject({
      bodyId: senate.id,
      role: 'Senator',
      district: null,
      startDate: null,
    });
    const removed = await removeMembership(ctx, { personId: person.id, version: 3, id: Number(id) });
    expect(removed.ok).toBe(true);
    const events = await db.changeEvent.findMany({
      where: { entityType: 'membership', entityId: id },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.operation)).toEqual(['create', 'update', 'delete']);
    expect(events[1]).toMatchObject({
      before: { role: 'Councilmember', bodyId: council.id },
      after: { role: 'Senator', bodyId: senate.id },
    });
  });

  it('refuses an end before the start, beside the end date', () => {
    const result = createMembershipSchema.safeParse({
      personId: '1',
      version: '1',
      bodyId: '1',
      role: 'Chair',
      startDate: '2022-01-01',
      endDate: '2021-01-01',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ['endDate'],
      message: 'The end date cannot be before the start date.',
    });
  });
});
