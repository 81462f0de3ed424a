import { describe, expect, it } from 'vitest';
import { recordChange } from '@/lib/changes/record-change';
import { getTestDb } from '@/lib/test/db';
import { createBody, createMeasure, createPerson, uniqueSlug } from '@/prisma/factories';
import { describeChange, FEED_LIMIT, getChangesSince } from './changes';
import { dashboardCsv } from './export';
import { parseDashboardParams } from './params';
import { getDashboardPage, getDashboardSettings } from './queries';
import { visibleColumns } from './columns';

const db = getTestDb();

async function member() {
  const user = await db.user.create({ data: { email: `${uniqueSlug('m')}@example.test`, role: 'member' } });
  return { user, viewer: { id: user.id, email: user.email, name: null, role: 'member' as const } };
}

describe('the dashboard', () => {
  it('lists measures followed directly, through a sponsor and through a body, and marks those others changed', async () => {
    const { user } = await member();
    const editor = await db.user.create({
      data: { email: `${uniqueSlug('e')}@example.test`, name: 'Ed', role: 'editor' },
    });
    const person = await createPerson(db, { name: 'Sponsor Person' });
    const body = await createBody(db, { name: 'Followed Council' });
    const direct = await createMeasure(db, { identifier: 'Res. 1', title: 'Alpha' });
    const sponsored = await createMeasure(db, {
      identifier: 'Res. 2',
      title: 'Beta',
      sponsors: [{ personId: person.id }],
    });
    const fromBody = await createMeasure(db, { identifier: 'Res. 3', title: 'Gamma', originBodyId: body.id });
    const unfollowed = await createMeasure(db, { identifier: 'Res. 4', title: 'Delta' });
    await db.follow.createMany({
      data: [
        { userId: user.id, measureId: direct.id },
        { userId: user.id, personId: person.id },
        { userId: user.id, bodyId: body.id },
      ],
    });

    await recordChange(db, {
      actorId: editor.id,
      entityType: 'action',
      entityId: 1,
      operation: 'create',
      measureId: direct.id,
      after: { text: 'Referred to committee' },
    });
    await recordChange(db, {
      actorId: user.id,
      entityType: 'action',
      entityId: 2,
      operation: 'create',
      measureId: sponsored.id,
      after: { text: 'My own edit' },
    });
    await recordChange(db, {
      actorId: editor.id,
      entityType: 'action',
      entityId: 3,
      operation: 'create',
      measureId: unfollowed.id,
      after: { text: 'Not followed' },
    });

    const { since, followedIds } = await getDashboardSettings(user.id);
    expect(followedIds.sort()).toEqual([direct.id, sponsored.id, fromBody.id].sort());
    const page = await getDashboardPage(user.id, followedIds, parseDashboardParams({ sort: 'title' }), since);
    expect(page.rows.map((r) => r.title)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.newEvents)).toEqual([1, 0, 0]);

    const changedOnly = await getDashboardPage(user.id, followedIds, parseDashboardParams({ changed: '1' }), since);
    expect(changedOnly.rows.map((r) => r.id)).toEqual([direct.id]);
    const filtered = await getDashboardPage(user.id, followedIds, parseDashboardParams({ q: 'gam' }), since);
    expect(filtered.rows.map((r) => r.id)).toEqual([fromBody.id]);
    const descending = await getDashboardPage(
      user.id,
      followedIds,
      parseDashboardParams({ sort: 'title', dir: 'desc' }),
      since,
    );
    expect(descending.rows.map((r) => r.title)).toEqual(['Gamma', 'Beta', 'Alpha']);

    const changes = await getChangesSince(user.id, followedIds, since);
    expect(changes.total).toBe(1);
    expect(changes.groups).toMatchObject([
      {
        measure: { id: direct.id, name: 'Res. 1' },
        events: [{ summary: 'New action: Referred to committee', by: 'Ed' }],
      },
    ]);

    // Marked seen: nothing is new any more.
    await db.user.update({ where: { id: user.id }, data: { dashboardSeenAt: new Date() } });
    const later = await getDashboardSettings(user.id);
    expect(
      (await getDashboardPage(user.id, followedIds, parseDashboardParams({}), later.since)).rows.every(
        (r) => r.newEvents === 0,
      ),
    ).toBe(true);
    expect((await getChangesSince(user.id, followedIds, later.since)).total).toBe(0);
  });

  it('filters, sorts, pages and counts in the database, and keeps the total on a page past the end', async () => {
    const { user } = await member();
    const alpha = await createBody(db, { name: 'Alpha Council' });
    const zulu = await createBody(db, { name: 'Zulu Council' });
    // 30 measures: 20 through a followed body, 10 followed one by one; one title holds LIKE's wildcards.
    const fromZulu = [];
    for (let i = 0; i < 20; i += 1)
      fromZulu.push(await createMeasure(db, { identifier: `Z. ${i}`, title: `Zulu item ${i}`, originBodyId: zulu.id }));
    const direct = [];
    for (let i = 0; i < 10; i += 1)
      direct.push(
        await createMeasure(db, {
          identifier: `A. ${i}`,
          title: i === 0 ? '100% renewable_power' : `Alpha item ${i}`,
          originBodyId: alpha.id,
        }),
      );
    await db.follow.createMany({
      data: [{ userId: user.id, bodyId: zulu.id }, ...direct.map((m) => ({ userId: user.id, measureId: m.id }))],
    });
    await db.measure.update({ where: { id: direct[3]!.id }, data: { stage: 'referred' } });
    const { since, followedIds } = await getDashboardSettings(user.id);
    expect(followedIds).toHaveLength(30);

    const first = await getDashboardPage(user.id, followedIds, parseDashboardParams({ sort: 'body' }), since);
    expect(first.total).toBe(30);
    expect(first.rows).toHaveLength(25);
    expect(first.rows.slice(0, 10).map((r) => r.originBody.name)).toEqual(Array(10).fill('Alpha Council'));
    expect(first.rows.slice(0, 10).map((r) => r.id)).toEqual(direct.map((m) => m.id)); // ties broken by id
    const second = await getDashboardPage(
      user.id,
      followedIds,
      parseDashboardParams({ sort: 'body', page: '2' }),
      since,
    );
    expect(second.rows.map((r) => r.id)).toEqual(fromZulu.slice(15).map((m) => m.id));
    const beyond = await getDashboardPage(
      user.id,
      followedIds,
      parseDashboardParams({ sort: 'body', page: '9' }),
      since,
    );
    expect(beyond).toEqual({ rows: [], total: 30 });

    const referred = await getDashboardPage(user.id, followedIds, parseDashboardParams({ stage: 'referred' }), since);
    expect(referred.rows.map((r) => r.id)).toEqual([direct[3]!.id]);
    // What the member types is text to find, not a pattern: "%" and "_" match only themselves.
    expect(
      (await getDashboardPage(user.id, followedIds, parseDashboardParams({ q: '%' }), since)).rows.map((r) => r.id),
    ).toEqual([direct[0]!.id]);
    expect(
      (await getDashboardPage(user.id, followedIds, parseDashboardParams({ q: 'e_p' }), since)).rows.map((r) => r.id),
    ).toEqual([direct[0]!.id]);
    expect((await getDashboardPage(user.id, followedIds, parseDashboardParams({ q: 'z. 1' }), since)).total).toBe(11);
  });

  it('counts every new event but reads only the latest, and leaves out the member’s own, other kinds and other measures', async () => {
    const { user } = await member();
    const other = await member();
    const editor = await db.user.create({ data: { email: `${uniqueSlug('e')}@example.test`, role: 'editor' } });
    const person = await createPerson(db, { name: 'Withdrawn Cosponsor' });
    const busy = await createMeasure(db, { identifier: 'Res. 10', title: 'Busy' });
    const quiet = await createMeasure(db, { identifier: 'Res. 11', title: 'Quiet' });
    const withdrawn = await createMeasure(db, {
      identifier: 'Res. 12',
      title: 'Withdrawn',
      sponsors: [{ personId: person.id }],
    });
    await db.sponsorship.updateMany({ where: { measureId: withdrawn.id }, data: { withdrawnOn: new Date() } });
    await db.follow.createMany({
      data: [
        { userId: user.id, measureId: busy.id },
        { userId: user.id, measureId: quiet.id },
        { userId: user.id, personId: person.id },
      ],
    });
    const { since, followedIds } = await getDashboardSettings(user.id);
    expect(followedIds.sort()).toEqual([busy.id, quiet.id].sort());

    const at = (i: number) => new Date(since.getTime() + 1000 * (i + 1));
    await db.changeEvent.createMany({
      data: [
        ...Array.from({ length: FEED_LIMIT + 10 }, (_, i) => ({
          actorId: editor.id,
          entityType: 'action',
          entityId: String(i),
          operation: 'create',
          measureId: busy.id,
          at: at(i),
          after: { text: `Hearing ${i}` },
        })),
        {
          actorId: editor.id,
          entityType: 'measure',
          entityId: String(quiet.id),
          operation: 'update',
          measureId: quiet.id,
          at: at(100),
          before: { stage: 'introduced' },
          after: { stage: 'referred' },
        },
        {
          actorId: user.id,
          entityType: 'action',
          entityId: 'own',
          operation: 'create',
          measureId: quiet.id,
          at: at(101),
          after: { text: 'My own' },
        },
        {
          actorLabel: 'import',
          entityType: 'citation',
          entityId: 'c',
          operation: 'create',
          measureId: quiet.id,
          at: at(102),
        },
        {
          actorId: editor.id,
          entityType: 'action',
          entityId: 'w',
          operation: 'create',
          measureId: withdrawn.id,
          at: at(103),
          after: { text: 'Not followed' },
        },
        {
          actorId: editor.id,
          entityType: 'action',
          entityId: 'old',
          operation: 'create',
          measureId: busy.id,
          at: new Date(since.getTime() - 1000),
          after: { text: 'Seen' },
        },
      ],
    });

    const changes = await getChangesSince(user.id, followedIds, since);
    expect(changes.total).toBe(FEED_LIMIT + 11);
    expect(changes.groups.map((g) => g.measure.name)).toEqual(['Res. 11', 'Res. 10']); // newest first
    expect(changes.groups[0]!.events.map((e) => e.summary)).toEqual(['Status changed: stage introduced → referred']);
    expect(changes.groups[1]!.events).toHaveLength(FEED_LIMIT - 1);
    expect(changes.groups[1]!.events[0]).toMatchObject({
      summary: `New action: Hearing ${FEED_LIMIT + 9}`,
      by: 'an editor',
    });

    const page = await getDashboardPage(
      user.id,
      followedIds,
      parseDashboardParams({ changed: '1', sort: 'identifier' }),
      since,
    );
    expect(page.rows.map((r) => [r.id, r.newEvents])).toEqual([
      [busy.id, FEED_LIMIT + 10],
      [quiet.id, 1],
    ]);

    // Another member sees none of it.
    const theirs = await getDashboardSettings(other.user.id);
    expect(theirs.followedIds).toEqual([]);
    expect(await getChangesSince(other.user.id, theirs.followedIds, theirs.since)).toEqual({ groups: [], total: 0 });
  });

  it('exports every matching row, not just the first page, with the header first', async () => {
    const { user, viewer } = await member();
    const body = await createBody(db, { name: 'Busy Council' });
    for (let i = 0; i < 30; i += 1)
      await createMeasure(db, {
        identifier: `Res. ${i}`,
        title: i === 0 ? '=cmd|/C calc' : `Measure ${i}`,
        originBodyId: body.id,
      });
    await db.follow.create({ data: { userId: user.id, bodyId: body.id } });
    const lines: string[] = [];
    for await (const line of dashboardCsv(viewer, parseDashboardParams({ sort: 'identifier' }), 'https://rt.example'))
      lines.push(line);
    expect(lines).toHaveLength(31);
    expect(lines[0]).toMatch(/^Identifier,Title,Body,Stage,Outcome/);
    expect(lines.find((l) => l.includes('calc'))).toContain(",'=cmd|/C calc,");
  });

  it('describes changes in words', () => {
    expect(
      describeChange({
        entityType: 'measure',
        operation: 'update',
        before: { stage: 'introduced' },
        after: { stage: 'referred' },
      }),
    ).toBe('Status changed: stage introduced → referred');
    expect(
      describeChange({
        entityType: 'sponsorship',
        operation: 'create',
        before: null,
        after: { kind: 'cosponsor', nameAsGiven: 'Rep. X' },
      }),
    ).toBe('New cosponsor: Rep. X');
    expect(
      describeChange({
        entityType: 'sponsorship',
        operation: 'update',
        before: { nameAsGiven: 'Rep. X' },
        after: { withdrawnOn: '2021-05-01' },
      }),
    ).toBe('Cosponsor withdrew: Rep. X');
    expect(
      describeChange({ entityType: 'measureRelation', operation: 'create', before: null, after: { type: 'endorses' } }),
    ).toBe('New related measure (endorses)');
  });

  it('keeps the chosen columns, and shows all when none is chosen', () => {
    expect(visibleColumns([])).toEqual(['title', 'body', 'status', 'currentBody', 'lastAction', 'position']);
    expect(visibleColumns(['position', 'title', 'nonsense'])).toEqual(['title', 'position']);
  });

  it('reads nonsense in the URL as the default view', () => {
    expect(parseDashboardParams({ sort: 'evil', dir: 'sideways', page: '-3', stage: 'nope', changed: 'yes' })).toEqual({
      q: undefined,
      stage: undefined,
      outcome: undefined,
      changedOnly: false,
      sort: 'lastAction',
      dir: 'desc',
      page: 1,
    });
  });
});
