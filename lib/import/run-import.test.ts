// The batch: bad files refused with the file and the element or line named, nothing of them written, the others
// imported; an updated file updates in place with change events; a relation waits for its target and resolves.
import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { sampleText } from '@/lib/test/samples';
import { importFile, runImport } from './run-import';
import { MAX_IMPORT_BYTES } from './source-file';

const db = getTestDb();
const asOf = new Date('2026-11-27T00:00:00Z');
const sample = (file: string) => sampleText('billstatus', file);
const input = (name: string, text: string | Uint8Array) => ({
  name,
  bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
});

/** The sample H.R. 9002 of the 117th Congress renumbered, so each test has a measure of its own. */
function variant(congress: string, number: string, edit: (xml: string) => string = (x) => x) {
  const xml = sample('BILLSTATUS-117hr9002.xml')
    .replaceAll('<congress>117</congress>', `<congress>${congress}</congress>`)
    .replace('<billNumber>9002</billNumber>', `<billNumber>${number}</billNumber>`);
  return input(`BILLSTATUS-${congress}hr${number}.xml`, edit(xml));
}

describe('importing a batch', () => {
  it('refuses each kind of bad file with its name and place, writes nothing of it, and goes on with the others', async () => {
    const good = sample('BILLSTATUS-118sconres9004.xml');
    const latin1 = Buffer.from(good.replace('sample files', 'sämple fïles'), 'latin1');
    const bad = [
      input('broken.xml', good.slice(0, good.length / 2)),
      input('wrong-root.xml', '<?xml version="1.0"?>\n<bills><bill><number>1</number></bill></bills>'),
      input('no-congress.xml', sample('BILLSTATUS-119hr9001.xml').replace('<congress>119</congress>', '')),
      input('latin1.xml', latin1),
      input('empty.xml', ''),
      { name: 'huge.xml', bytes: new Uint8Array(0), size: MAX_IMPORT_BYTES + 1 },
      input(
        'no-bioguide.yaml',
        '- id:\n    thomas: "00001"\n  name:\n    first: A\n    last: B\n  terms:\n  - type: rep\n    start: "2021-01-03"\n    state: CA\n',
      ),
      input('notes.txt', 'hello'),
    ];
    const events = await db.changeEvent.count();
    const measures = await db.measure.count();
    const report = await runImport(db, [bad[0]!, variant('117', '95001'), ...bad.slice(1)], bad.length + 1, { asOf });

    const byName = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(report.totals).toEqual({ created: 1, updated: 0, unchanged: 0, failed: bad.length });
    expect(byName['broken.xml']!.error).toMatch(/^broken\.xml \(line \d+, column \d+\): broken XML/);
    expect(byName['wrong-root.xml']!.error).toMatch(/wrong-root\.xml \(<bills>\): wrong root element <bills>/);
    expect(byName['no-congress.xml']!.error).toMatch(/no-congress\.xml \(<bill>\/<congress>\): required element/);
    expect(byName['latin1.xml']!.error).toMatch(/latin1\.xml \(line \d+\): the file is not UTF-8/);
    expect(byName['empty.xml']!.error).toMatch(/empty\.xml: the file is empty/);
    expect(byName['huge.xml']!.error).toMatch(/huge\.xml: the file is 20\.0 MB, over the 20\.0 MB limit/);
    expect(byName['no-bioguide.yaml']!.error).toMatch(
      /no-bioguide\.yaml \(\[1\]\.id\.bioguide\): required field "bioguide"/,
    );
    expect(byName['notes.txt']!.error).toMatch(/notes\.txt: unknown kind of file/);

    // Only the good file wrote anything.
    const goodReport = byName['BILLSTATUS-117hr95001.xml']!;
    expect(goodReport.outcome).toBe('created');
    expect(await db.measure.count()).toBe(measures + 1);
    expect(await db.changeEvent.count()).toBe(events + goodReport.changeEvents);
  });

  it('updates a changed file in place, with change events by the importing user', async () => {
    const editor = await db.user.create({ data: { email: `importer-${Date.now()}@example.test`, role: 'editor' } });
    const first = await importFile(db, variant('117', '95003'), { asOf, actorId: editor.id });
    expect(first.outcome).toBe('created');
    const before = await db.measure.findFirstOrThrow({
      where: { identifier: 'H.R. 95003' },
      include: { actions: true },
    });

    const changed = variant('117', '95003', (xml) =>
      xml
        .replaceAll(
          '<title>Sample Expired Bill Act (a sample, not real legislation)</title>',
          '<title>Sample Expired Bill Act, Retitled</title>',
        )
        .replace(
          '<actions>',
          '<actions><item><actionDate>2021-12-10</actionDate><text>Reported by the Committee on Sample Affairs.</text><actionCode>H12200</actionCode><sourceSystem><code>2</code><name>House floor actions</name></sourceSystem></item>',
        ),
    );
    const second = await importFile(db, changed, { asOf, actorId: editor.id });
    expect(second).toMatchObject({ outcome: 'updated', error: null });
    const after = await db.measure.findUniqueOrThrow({ where: { id: before.id }, include: { actions: true } });
    expect(after.title).toBe('Sample Expired Bill Act, Retitled');
    expect(after.version).toBe(before.version + 1);
    expect(after.actions).toHaveLength(before.actions.length + 1);
    expect(after.stage).toBe('reported');

    const events = await db.changeEvent.findMany({
      where: { measureId: before.id, operation: 'update', actorId: editor.id },
    });
    expect(events.some((e) => e.entityType === 'measure' && JSON.stringify(e.after).includes('Retitled"'))).toBe(true);
    expect(events.every((e) => e.actorLabel === 'import')).toBe(true);
    expect(await db.measure.count({ where: { identifier: 'H.R. 95003' } })).toBe(1);
  });

  it('keeps a relation to a measure not yet imported and resolves it when that measure arrives', async () => {
    const relating = variant('117', '95010', (xml) =>
      xml.replace(
        '<relatedBills />',
        '<relatedBills><item><congress>117</congress><latestAction><actionDate>2021-05-01</actionDate><text>Introduced in House</text></latestAction>' +
          '<latestTitle>Sample Target Act</latestTitle><number>95011</number><relationshipDetails><item><identifiedBy>CRS</identifiedBy><type>Related bill</type></item></relationshipDetails><type>H.R.</type></item></relatedBills>',
      ),
    );
    await importFile(db, relating, { asOf });
    const from = await db.measure.findFirstOrThrow({
      where: { identifier: 'H.R. 95010', session: { identifier: '117' } },
    });
    const waiting = await db.measureRelation.findFirstOrThrow({
      where: { fromMeasureId: from.id, targetIdentifier: 'H.R. 95011' },
    });
    expect(waiting).toMatchObject({
      toMeasureId: null,
      targetNormalized: 'HR95011',
      targetJurisdictionText: 'United States, 117th Congress',
    });

    // The same number in another Congress is another bill: the relation keeps waiting.
    await importFile(db, variant('118', '95011'), { asOf });
    expect((await db.measureRelation.findUniqueOrThrow({ where: { id: waiting.id } })).toMeasureId).toBeNull();

    const arrival = await importFile(db, variant('117', '95011'), { asOf });
    const target = await db.measure.findFirstOrThrow({
      where: { identifier: 'H.R. 95011', session: { identifier: '117' } },
    });
    expect((await db.measureRelation.findUniqueOrThrow({ where: { id: waiting.id } })).toMeasureId).toBe(target.id);
    expect(arrival.changed).toContainEqual({ kind: 'measure', id: from.id });
    expect(
      await db.changeEvent.count({
        where: { entityType: 'measureRelation', entityId: String(waiting.id), operation: 'update' },
      }),
    ).toBe(1);
  });
});
