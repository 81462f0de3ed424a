import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createBody, createPerson, uniqueSlug } from '@/prisma/factories';
import { Refusal, VersionConflict, claimVersion, guarded, refuse } from './editor-write';

const db = getTestDb();
const ok = { ok: true as const, value: null, changed: [] };
const noCurrent = async () => null;

describe("guarded, the editors' one answer to a refused write", () => {
  it('turns a refusal into a 400 with the marked field', async () => {
    expect(await guarded('person', 1, noCurrent, async () => refuse('name', 'Too short.'))).toEqual({
      ok: false,
      status: 400,
      message: 'Please correct the marked field.',
      errors: { name: ['Too short.'] },
    });
    expect(
      await guarded('body', 1, noCurrent, async () => {
        throw new Refusal('This body no longer exists.');
      }),
    ).toMatchObject({ status: 400, message: 'This body no longer exists.' });
  });

  it('turns a version conflict into a 409 naming the record, who saved it and the versions', async () => {
    const current = async () => ({ version: 4, values: { name: 'Now' }, savedBy: 'Ada', savedAt: null });
    const result = await guarded('measure', 3, current, async () => {
      throw new VersionConflict();
    });
    expect(result).toMatchObject({ ok: false, status: 409, current: { version: 4 } });
    expect(!result.ok && result.message).toBe(
      'Someone else saved this measure while you were editing by Ada: you loaded version 3, version 4 is now current. ' +
        'Your change was not saved and nothing was overwritten. Check the current values, then reload the page to edit them.',
    );
  });

  it('tells the editor at the identifier field when another record just took the identifier (a real duplicate key)', async () => {
    const value = uniqueSlug('dup');
    const holder = await createPerson(db);
    await db.externalIdentifier.create({ data: { scheme: 'test', value, personId: holder.id } });
    const other = await createPerson(db);
    const result = await guarded('person', 1, noCurrent, async () => {
      await db.externalIdentifier.create({ data: { scheme: 'test', value, personId: other.id } });
      return ok;
    });
    expect(result).toEqual({
      ok: false,
      status: 400,
      message: 'Please correct the marked field.',
      errors: { value: ['This identifier was just taken by another record; reload the page.'] },
    });
  });

  it("leaves any other duplicate key an error: it is not the editor's identifier to correct", async () => {
    const taken = await createBody(db);
    const write = guarded('body', null, noCurrent, async () => {
      await db.body.create({ data: { slug: taken.slug, name: 'Same slug', classification: taken.classification } });
      return ok;
    });
    await expect(write).rejects.toMatchObject({ code: 'P2002' });
  });
});

describe('claimVersion', () => {
  it('moves the loaded version on, refuses a stale one as a conflict and a deleted record with a reason', async () => {
    const person = await createPerson(db);
    await db.$transaction((tx) => claimVersion(tx, 'person', person.id, person.version));
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).version).toBe(person.version + 1);
    await expect(db.$transaction((tx) => claimVersion(tx, 'person', person.id, person.version))).rejects.toBeInstanceOf(
      VersionConflict,
    );
    await expect(db.$transaction((tx) => claimVersion(tx, 'person', -1, 1))).rejects.toThrow(
      'This person no longer exists.',
    );
  });
});
