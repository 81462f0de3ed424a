import { describe, expect, it } from 'vitest';
import { removeAction } from '@/lib/measures/mutations';
import { getTestDb } from '@/lib/test/db';
import { editorContext } from '@/lib/test/editor';
import { importFile } from './run-import';

const db = getTestDb();

function billStatus(updated: string, actions: [string, string][]) {
  const items = actions
    .map(
      ([date, text]) =>
        `<item><actionDate>${date}</actionDate><text>${text}</text><sourceSystem><code>2</code><name>House floor actions</name></sourceSystem></item>`,
    )
    .reverse()
    .join('');
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<billStatus><version>3.0.0</version><bill>
  <number>9872</number><type>HRES</type><congress>117</congress><originChamber>House</originChamber>
  <updateDate>${updated}</updateDate>
  <title>A sample resolution that an import and an editor both touch.</title>
  <actions>${items}</actions>
</bill></billStatus>`);
}

describe("an import that changes only a measure's rows", () => {
  it("moves its version on, so an editor's form loaded before it is refused and the imported rows stay", async () => {
    const name = 'BILLSTATUS-117hres9872.xml';
    const first = [
      ['2021-03-16', 'Introduced in House'],
      ['2021-03-16', 'Referred to the House Committee on Foreign Affairs.'],
    ] as [string, string][];
    expect((await importFile(db, { name, bytes: billStatus('2021-03-20T00:00:00Z', first) })).error).toBeNull();
    const loaded = await db.measure.findFirstOrThrow({
      where: { identifier: 'H.Res. 9872' },
      include: { actions: { orderBy: { position: 'asc' } } },
    });

    // The newer record adds an action and nothing else about the measure.
    const newer = await importFile(db, {
      name,
      bytes: billStatus('2021-04-20T00:00:00Z', [...first, ['2021-04-19', 'Committee hearing held.']]),
    });
    expect(newer.outcome).toBe('updated');
    const after = await db.measure.findUniqueOrThrow({ where: { id: loaded.id } });
    expect(after.version).toBe(loaded.version + 1);

    const editor = await editorContext(db);
    const stale = await removeAction(editor, {
      measureId: loaded.id,
      version: loaded.version,
      id: loaded.actions[1]!.id,
    });
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect(await db.action.count({ where: { measureId: loaded.id } })).toBe(3);
  });
});
