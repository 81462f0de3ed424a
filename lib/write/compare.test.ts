import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAY_COLUMNS, changedFields, diff, sameValue } from './compare';

const at = (iso: string) => new Date(iso);

describe('the one comparison rule', () => {
  it('compares a DATE column as a day, whatever the time of the Date', () => {
    expect(sameValue('introducedOn', at('2021-03-16T00:00:00Z'), at('2021-03-16T13:45:10.500Z'))).toBe(true);
    expect(sameValue('startDate', at('2021-03-16T00:00:00Z'), at('2021-03-17T00:00:00Z'))).toBe(false);
    // lib/status gives days as strings.
    expect(sameValue('stageDate', at('2021-03-16T00:00:00Z'), '2021-03-16')).toBe(true);
    expect(sameValue('stageDate', at('2021-03-16T00:00:00Z'), '2021-03-15')).toBe(false);
    expect(sameValue('date', null, at('2021-03-16T00:00:00Z'))).toBe(false);
  });

  it('compares a timestamp as an instant, to the millisecond', () => {
    expect(sameValue('recordUpdatedAt', at('2026-11-27T10:00:00.000Z'), at('2026-11-27T10:00:00.000Z'))).toBe(true);
    expect(sameValue('recordUpdatedAt', at('2026-11-27T10:00:00.000Z'), at('2026-11-27T10:00:00.001Z'))).toBe(false);
    expect(sameValue('overrideAt', at('2026-11-27T10:00:00Z'), at('2026-11-27T23:00:00Z'))).toBe(false);
    expect(sameValue('overrideAt', at('2026-11-27T10:00:00Z'), null)).toBe(false);
  });

  it('compares arrays by content and order', () => {
    expect(sameValue('subjects', ['parks', 'budget'], ['parks', 'budget'])).toBe(true);
    expect(sameValue('subjects', ['parks', 'budget'], ['budget', 'parks'])).toBe(false);
    expect(sameValue('classification', [], [])).toBe(true);
    expect(sameValue('classification', [], null)).toBe(false);
  });

  it('takes undefined and null as the same "no value", and nothing else as no value', () => {
    expect(sameValue('summary', undefined, null)).toBe(true);
    expect(sameValue('endDate', undefined, null)).toBe(true);
    expect(sameValue('recordUpdatedAt', undefined, null)).toBe(true);
    expect(sameValue('summary', '', null)).toBe(false);
    expect(sameValue('position', 0, null)).toBe(false);
    expect(sameValue('isOriginal', false, undefined)).toBe(false);
  });

  it("gives the changed fields, and a change event's before and after with no value as null", () => {
    const current = {
      title: 'A',
      introducedOn: at('2021-03-16T00:00:00Z'),
      subjects: ['x'],
      summary: null as string | null,
    };
    const next = { title: 'A', introducedOn: at('2021-03-16T08:00:00Z'), subjects: ['x', 'y'], summary: undefined };
    expect(changedFields(current, next)).toEqual(['subjects']);
    expect(diff(current, { title: 'B', summary: undefined })).toEqual({
      before: { title: 'A' },
      after: { title: 'B' },
      changed: true,
    });
    expect(diff(current, { title: 'A' })).toEqual({ before: {}, after: {}, changed: false });
  });
});

describe('DAY_COLUMNS', () => {
  // The rule goes by a field's name: it holds only while every @db.Date field is listed and no timestamp shares a name.
  const schema = readFileSync(path.join(process.cwd(), 'prisma/schema.prisma'), 'utf8');
  const fields = [...schema.matchAll(/^\s+(\w+)\s+DateTime\??(.*)$/gm)].map(([, name, rest]) => ({
    name: name!,
    isDay: /@db\.Date\b/.test(rest!),
  }));

  it("lists exactly the schema's DATE fields", () => {
    expect(fields.length).toBeGreaterThan(10);
    expect([...new Set(fields.filter((f) => f.isDay).map((f) => f.name))].sort()).toEqual([...DAY_COLUMNS].sort());
  });

  it('shares no name with a timestamp field', () => {
    expect(fields.filter((f) => !f.isDay && DAY_COLUMNS.has(f.name))).toEqual([]);
  });
});
