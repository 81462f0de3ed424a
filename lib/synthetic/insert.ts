// Bulk inserts through `pg` with one array parameter per column (INSERT ... SELECT FROM unnest(...)): thousands of
// rows per statement, with no limit on parameters and no SQL text built from data (names here are constants).
import type pg from 'pg';

export type Column = { name: string; type: string; cast?: string };

export async function insertRows<R extends pg.QueryResultRow = pg.QueryResultRow>(
  client: pg.ClientBase,
  table: string,
  columns: Column[],
  rows: unknown[][],
  returning?: string,
): Promise<R[]> {
  if (rows.length === 0) return [];
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const selects = columns.map((c, i) => (c.cast ? `${aliases[i]}::${c.cast}` : aliases[i])).join(', ');
  const values = columns.map((_, i) => rows.map((row) => row[i]));
  const sql =
    `INSERT INTO "${table}" (${names}) SELECT ${selects} FROM unnest(${params}) AS t(${aliases.join(', ')})` +
    (returning ? ` RETURNING ${returning}` : '');
  return (await client.query<R>(sql, values)).rows;
}

/** A text[] value as an array literal, so that a text[] column can travel inside a text[] parameter. */
export function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
