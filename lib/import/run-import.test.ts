// The batch: bad files refused with the file and the element or line named, nothing of them written, the others
// imported; an updated file updates in place with change events; a relation waits for its target and resolves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { fixturePath } from '@/lib/test/shared-fixtures';
import { importFile, runImport } from './run-import';
import { MAX_IMPORT_BYTES } from './source-file';

const db = getTestDb();
const asOf = new Date('2026-11-27T00:00:00Z');
const fixture = (file: string) => readFileSync(fixturePath('billstatus', file), 'utf8');
const input = (name: string, text: string | Uint8Array) => ({ name, bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text });

/** H.R. 5177 of the 116th Congress renumbered, so each test has a measure of its own. */
function variant(congress: string, number: string, edit: (xml: string) => string = (x) => x) {
  const xml = fixture('BILLSTATUS-116hr5177.xml')
    .replaceAll('<congress>116</congress>', `<congress>${congress}</congress>`)
    .replace('<billNumber>5177</billNumber>', `<billNumber>${number}</billNumber>`);
  return input(`BILLSTATUS-${congress}hr${number}.xml`, edit(xml));
}

describe('importing a batch', () => {
  it('refuses each kind of bad file with its name and place, writes nothing of it, and goes on with the others', async () => {
    const good = fixture('BILLSTATUS-117sconres7.xml');
    const latin1 = Buffer.from(good.replace('heroism', 'héroïsme'), 'latin1');
    const bad = [
      input('broken.xml', good.slice(0, good.length / 2)),
      input('wrong-root.xml', '<?xml version="1.0"?>\n<bills><bill><number>1</number></bill></bills>'),
      input('no-congress.xml', fixture('BILLSTATUS-117hr6658.xml').replace('<congress>117</congress>', '')),
      input('latin1.xml', latin1),
      input('empty.xml', ''),
      { name: 'huge.xml', bytes: new Uint8Array(0), size: MAX_IMPORT_BYTES + 1 },
      input('no-bioguide.yaml', '- id:\n    thomas: "00001"\n  name:\n    first: A\n    last: B\n  terms:\n  - type: rep\n    start: "2021-01-03"\n    state: CA\n'),
      input('notes.txt', 'hello'),
    ];
    const events = await db.changeEvent.count();
    const measures = await db.measure.count();
    const report = await runImport(db, [bad[0]!, variant('116', '95001'), ...bad.slice(1)], bad.length + 1, { asOf });

    const byName = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(report.totals).toEqual({ created: 1, updated: 0, unchanged: 0, failed: bad.length });
    expect(byName['broken.xml']!.error).toMatch(/^broken\.xml \(line \d+, column \d+\): broken XML/);
    expect(byName['wrong-root.xml']!.error).toMatch(/wrong-root\.xml \(<bills>\): wrong root element <bills>/);
    expect(byName['no-congress.xml']!.error).toMatch(/no-congress\.xml \(<bill>\/<congress>\): required element/);
    expect(byName['latin1.xml']!.error).toMatch(/latin1\.xml \(line \d+\): the file is not UTF-8/);
    expect(byName['empty.xml']!.error).toMatch(/empty\.xml: the file is empty/);
    expect(byName['huge.xml']!.error).toMatch(/huge\.xml: the file is 20\.0 MB, over the 20\.0 MB limit/);
    expect(byName['no-bioguide.yaml']!.error).toMatch(/no-bioguide\.yaml \(\[1\]\.id\.bioguide\): required field "bioguide"/);
    expect(byName['notes.txt']!.error).toMatch(/notes\.txt: unknown kind of file/);

    // Only the good file wrote anything.
    const goodReport = byName['BILLSTATUS-116hr95001.xml']!;
    expect(goodReport.outcome).toBe('created');
    expect(await db.measure.count()).toBe(measures + 1);
    expect(await db.changeEvent.count()).toBe(events + goodReport.changeEvents);
  });

  it('updates a changed file in place, with change events by the importing user', async () => {
    const editor = await db.user.create({ data: { email: `importer-${Date.now()}@example.test`, role: 'editor' } });
    const first = await importFile(db, variant('116', '95003'), { asOf, actorId: editor.id });
    expect(first.outcome).toBe('created');
    const before = await db.measure.findFirstOrThrow({ where: { identifier: 'H.R. 95003' }, include: { actions: true } });

    const changed = variant('116', '95003', (xml) =>
      xml
        .replace('<title>Homeless Youth Menstrual Product Access Act of 2019</title>', '<title>Homeless Youth Menstrual Product Access Act</title>')
        .replace('<actions>', '<actions><item><actionDate>2019-12-10</actionDate><text>Reported by the Committee on Education and Labor.</text><actionCode>H12200</actionCode><sourceSystem><code>2</code><name>House floor actions</name></sourceSystem></item>'),
    );
    const second = await importFile(db, changed, { asOf, actorId: editor.id });
    expect(second).toMatchObject({ outcome: 'updated', error: null });
    const after = await db.measure.findUniqueOrThrow({ where: { id: before.id }, include: { actions: true } });
    expect(after.title).toBe('Homeless Youth Menstrual Product Access Act');
    expect(after.version).toBe(before.version + 1);
    expect(after.actions).toHaveLength(before.actions.length + 1);
    expect(after.stage).toBe('reported');

    const events = await db.changeEvent.findMany({ where: { measureId: before.id, operation: 'update', actorId: editor.id } });
    expect(events.some((e) => e.entityType === 'measure' && JSON.stringify(e.after).includes('Access Act"'))).toBe(true);
    expect(events.every((e) => e.actorLabel === 'import')).toBe(true);
    expect(await db.measure.count({ where: { identifier: 'H.R. 95003' } })).toBe(1);
  });

  it('keeps a relation to a measure not yet imported and resolves it when that measure arrives', async () => {
    await importFile(db, input('BILLSTATUS-114s469.xml', fixture('BILLSTATUS-114s469.xml')), { asOf });
    const s469 = await db.measure.findFirstOrThrow({ where: { identifier: 'S. 469', session: { identifier: '114' } } });
    const waiting = await db.measureRelation.findFirstOrThrow({ where: { fromMeasureId: s469.id, targetIdentifier: 'H.R. 1496' } });
    expect(waiting).toMatchObject({ toMeasureId: null, targetNormalized: 'HR1496', targetJurisdictionText: 'United States, 114th Congress' });

    // The same number in another Congress is another bill: the relation keeps waiting.
    await importFile(db, variant('116', '1496'), { asOf });
    expect((await db.measureRelation.findUniqueOrThrow({ where: { id: waiting.id } })).toMeasureId).toBeNull();

    const arrival = await importFile(db, variant('114', '1496'), { asOf });
    const target = await db.measure.findFirstOrThrow({ where: { identifier: 'H.R. 1496', session: { identifier: '114' } } });
    expect((await db.measureRelation.findUniqueOrThrow({ where: { id: waiting.id } })).toMeasureId).toBe(target.id);
    expect(arrival.changed).toContainEqual({ kind: 'measure', id: s469.id });
    expect(await db.changeEvent.count({ where: { entityType: 'measureRelation', entityId: String(waiting.id), operation: 'update' } })).toBe(1);
  });
});
