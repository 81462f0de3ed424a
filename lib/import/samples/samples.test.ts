// The committed sample files are exactly what the writer makes (run `npm run samples` after changing the data),
// and they stay visibly invented.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BILL_SAMPLES, SAMPLE_MEMBERS, SAMPLES_DIR, sampleFiles } from '.';

describe('the sample files', () => {
  it('are what `npm run samples` writes, no more and no less', () => {
    const expected = sampleFiles();
    const committed = readdirSync(SAMPLES_DIR, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(SAMPLES_DIR, path.join(e.parentPath, e.name)))
      .sort();
    expect(committed).toEqual(expected.map((f) => f.path).sort());
    for (const file of expected) {
      expect(readFileSync(path.join(SAMPLES_DIR, file.path), 'utf8'), `${file.path} differs: run npm run samples`).toBe(
        file.text,
      );
    }
  });

  it('say they are samples: titles, numbers in the 9000s, bioguide ids in the unused 999xxx range', () => {
    for (const b of BILL_SAMPLES) {
      expect(b.title).toMatch(/\ba sample\b/);
      expect(b.number).toBeGreaterThanOrEqual(9000);
      expect(b.number).toBeLessThan(10000);
    }
    for (const m of SAMPLE_MEMBERS) expect(m.bioguideId).toMatch(/^[A-Z]999\d{3}$/);
  });

  it('give every Bill Status status case once, with a law number where a law was made', () => {
    const outcomes = BILL_SAMPLES.filter((b) => b.path.startsWith('billstatus/')).map((b) => b.expected.outcome);
    expect(new Set(outcomes)).toEqual(
      new Set(['pending', 'expired', 'adopted', 'became_law', 'vetoed', 'veto_overridden', 'pocket_vetoed', 'failed']),
    );
    for (const b of BILL_SAMPLES) {
      expect(Boolean(b.expected.lawNumber)).toBe(b.laws.length > 0);
      if (b.expected.lawNumber) expect(b.laws[0]).toEqual({ type: b.expected.lawType, number: b.expected.lawNumber });
    }
  });
});
