import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { importFile } from './run-import';

const db = getTestDb();

// A Bill Status file of the current layout, as small as the parser accepts, with a text version at `url`.
function billStatus(url: string) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<billStatus><version>3.0.0</version><bill>
  <number>9871</number><type>HRES</type><congress>117</congress><originChamber>House</originChamber>
  <title>A sample resolution whose text link is hostile.</title>
  <textVersions><item><type>Introduced in House</type><date>2021-03-16T04:00:00Z</date>
    <formats><item><url>${url}</url></item></formats></item></textVersions>
</bill></billStatus>`;
}

const committees = (url: string) => `- type: house\n  name: Committee on Samples\n  thomas_id: HZZ\n  url: ${url}\n`;

describe("web addresses in imported files follow the forms' rule", () => {
  it.each([
    [
      'a Bill Status <url>',
      'BILLSTATUS-117hres9871.xml',
      billStatus('javascript:alert(document.cookie)'),
      /<url>.*not an http or https address/,
    ],
    [
      'a committees YAML url',
      'committees-current.yaml',
      committees('javascript:alert(1)'),
      /url.*not an http or https address/,
    ],
    [
      'a committees YAML url that is no address',
      'committees-current.yaml',
      committees('not a link'),
      /url.*not a web address/,
    ],
  ])('refuses %s that is not http(s), naming where, and writes nothing', async (_what, name, text, reason) => {
    const before = {
      measures: await db.measure.count(),
      bodies: await db.body.count(),
      events: await db.changeEvent.count(),
    };
    const report = await importFile(db, { name, bytes: Buffer.from(text) });
    expect(report.outcome).toBe('failed');
    expect(report.error).toMatch(reason);
    expect({
      measures: await db.measure.count(),
      bodies: await db.body.count(),
      events: await db.changeEvent.count(),
    }).toEqual(before);
  });

  it('keeps an https address as the forms would store it', async () => {
    const report = await importFile(db, {
      name: 'BILLSTATUS-117hres9871.xml',
      bytes: Buffer.from(
        billStatus('https://www.govinfo.gov/content/pkg/BILLS-117hres9871ih/xml/BILLS-117hres9871ih.xml'),
      ),
    });
    expect(report.error).toBeNull();
    const measure = await db.measure.findFirstOrThrow({ where: { identifier: 'H.Res. 9871' } });
    expect(measure.textUrl).toBe('https://www.govinfo.gov/content/pkg/BILLS-117hres9871ih/xml/BILLS-117hres9871ih.xml');
  });
});
