import { describe, expect, it } from 'vitest';
import { measureSlug } from '@/lib/measures/identifier';
import { getTestDb } from '@/lib/test/db';
import { sampleText } from '@/lib/test/samples';
import { importFile } from './run-import';
import { uniqueSlug } from '@/lib/write/unique-slug';

const db = getTestDb();

describe('uniqueSlug', () => {
  it('gives the base while it is free, then the first free numbered one', async () => {
    const base = `slug-test-${Date.now()}`;
    expect(await uniqueSlug(db, 'jurisdiction', base)).toBe(base);
    // A longer slug that only starts with the base leaves the base free.
    await db.jurisdiction.create({ data: { slug: `${base}-extra`, name: 'Extra', classification: 'municipality' } });
    expect(await uniqueSlug(db, 'jurisdiction', base)).toBe(base);

    await db.jurisdiction.create({ data: { slug: base, name: 'Base', classification: 'municipality' } });
    expect(await uniqueSlug(db, 'jurisdiction', base)).toBe(`${base}-2`);
    await db.jurisdiction.create({ data: { slug: `${base}-2`, name: 'Two', classification: 'municipality' } });
    await db.jurisdiction.create({ data: { slug: `${base}-4`, name: 'Four', classification: 'municipality' } });
    expect(await uniqueSlug(db, 'jurisdiction', base)).toBe(`${base}-3`);
  });
});

describe('a new measure whose slug is taken', () => {
  it('gets the next free one, and keeps it when imported again', async () => {
    const sample = sampleText('billstatus', 'BILLSTATUS-117hr9002.xml');
    const bill = (number: string) => ({
      name: `BILLSTATUS-117hr${number}.xml`,
      bytes: Buffer.from(sample.replace('<billNumber>9002</billNumber>', `<billNumber>${number}</billNumber>`), 'utf8'),
    });
    const asOf = new Date('2026-11-27T00:00:00Z');
    await importFile(db, bill('96502'), { asOf }); // the Congress and its chambers exist
    const house = await db.body.findUniqueOrThrow({ where: { slug: 'us-house' } });
    // A measure entered by hand holds the slug the import would give H.R. 96501.
    const base = measureSlug({
      jurisdictionSlug: 'us',
      sessionIdentifier: '117',
      identifier: 'H.R. 96501',
      type: 'bill',
      date: null,
      title: '',
    });
    await db.measure.create({
      data: {
        slug: base,
        title: 'Entered by hand',
        type: 'bill',
        jurisdictionId: house.jurisdictionId!,
        originBodyId: house.id,
      },
    });
    const input = bill('96501');

    expect(await importFile(db, input, { asOf })).toMatchObject({ outcome: 'created', error: null });
    const imported = await db.measure.findFirstOrThrow({
      where: { identifier: 'H.R. 96501', session: { identifier: '117' } },
    });
    expect(imported.slug).toBe(`${base}-2`);
    expect(await importFile(db, input, { asOf })).toMatchObject({ outcome: 'unchanged', changeEvents: 0 });
    expect(await db.measure.count({ where: { identifier: 'H.R. 96501' } })).toBe(1);
  });
});
