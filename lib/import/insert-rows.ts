// Many new rows of one table in one INSERT whose rows travel as a single JSON parameter (jsonb_to_recordset).
// Prisma's createMany binds one parameter per value and its client spent about 0.2 ms of CPU per row doing so
// (45 change events: 11 ms, as much as all the rest of a Bill Status file's writes); this takes under 1 ms for them.
// The columns are listed per table and checked against the generated types, so a column added to one of these
// models fails the type check until it is listed here. Names come from this list only, never from a file.
import type { DbTx } from '@/lib/changes/record-change';
import { Prisma } from '@/lib/generated/prisma/client';
import type {
  Action,
  ExternalIdentifier,
  Membership,
  SourceCitation,
  Sponsorship,
} from '@/lib/generated/prisma/client';

/** Every column but the id, with its PostgreSQL type. */
type Columns<T> = Record<Exclude<keyof T, 'id'>, string>;

const TABLES = {
  Action: {
    measureId: 'int',
    position: 'int',
    date: 'date',
    datePrecision: '"DatePrecision"',
    actingBodyId: 'int',
    relatedBodyId: 'int',
    text: 'text',
    sourceCode: 'text',
    sourceSystem: 'text',
    classification: 'text[]',
    createdAt: 'timestamp(3)',
  } satisfies Columns<Prisma.ActionCreateManyInput>,
  Sponsorship: {
    measureId: 'int',
    personId: 'int',
    bodyId: 'int',
    nameAsGiven: 'text',
    kind: '"SponsorshipKind"',
    isOriginal: 'boolean',
    sponsoredOn: 'date',
    withdrawnOn: 'date',
    position: 'int',
  } satisfies Columns<Prisma.SponsorshipCreateManyInput>,
  Membership: {
    personId: 'int',
    bodyId: 'int',
    role: 'text',
    district: 'text',
    state: 'text',
    party: 'text',
    startDate: 'date',
    endDate: 'date',
    sessionId: 'int',
  } satisfies Columns<Prisma.MembershipCreateManyInput>,
  ExternalIdentifier: {
    scheme: 'text',
    value: 'text',
    personId: 'int',
    bodyId: 'int',
  } satisfies Columns<Prisma.ExternalIdentifierCreateManyInput>,
  SourceCitation: {
    sourceId: 'int',
    measureId: 'int',
    actionId: 'int',
    personId: 'int',
    bodyId: 'int',
    note: 'text',
  } satisfies Columns<Prisma.SourceCitationCreateManyInput>,
  ChangeEvent: {
    at: 'timestamp(3)',
    actorId: 'text',
    actorLabel: 'text',
    entityType: 'text',
    entityId: 'text',
    operation: 'text',
    measureId: 'int',
    before: 'jsonb',
    after: 'jsonb',
  } satisfies Columns<Prisma.ChangeEventCreateManyInput>,
};

/** The columns with a default in the schema (@default) other than now(): a row that leaves one out must get it, not NULL. */
const DEFAULTED: Record<string, string[]> = { Action: ['datePrecision'], Sponsorship: ['isOriginal', 'position'] };

type Table = keyof typeof TABLES;

type Input = {
  Action: Prisma.ActionCreateManyInput;
  Sponsorship: Prisma.SponsorshipCreateManyInput;
  Membership: Prisma.MembershipCreateManyInput;
  ExternalIdentifier: Prisma.ExternalIdentifierCreateManyInput;
  SourceCitation: Prisma.SourceCitationCreateManyInput;
  ChangeEvent: Prisma.ChangeEventCreateManyInput;
};

type Row = {
  Action: Action;
  Sponsorship: Sponsorship;
  Membership: Membership;
  ExternalIdentifier: ExternalIdentifier;
  SourceCitation: SourceCitation;
};

type Shape = { columns: string[]; rows: object[] };

/**
 * The rows grouped by the defaulted columns they give (one group, as a rule), so a row that leaves one out gets its
 * default, as with createMany; other columns left out are NULL. A timestamp left out is now, as Prisma fills
 * @default(now()) itself.
 */
function shapes(table: Table, rows: object[]): Shape[] {
  const types: Record<string, string> = TABLES[table];
  const now = new Date();
  const groups = new Map<string, Shape>();
  for (const given of rows) {
    const row: Record<string, unknown> = { ...given };
    for (const column of Object.keys(types))
      if (types[column] === 'timestamp(3)' && row[column] === undefined) row[column] = now;
    const columns = Object.keys(types).filter((c) => row[c] !== undefined || !DEFAULTED[table]?.includes(c));
    const key = columns.join();
    if (!groups.has(key)) groups.set(key, { columns, rows: [] });
    groups.get(key)!.rows.push(row);
  }
  return [...groups.values()];
}

function statement(table: Table, { columns, rows }: Shape) {
  const types: Record<string, string> = TABLES[table];
  const names = Prisma.raw(columns.map((c) => `"${c}"`).join(', '));
  const record = Prisma.raw(columns.map((c) => `"${c}" ${types[c]}`).join(', '));
  return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) SELECT ${names} FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(${record})`;
}

/** Inserts the rows (in one statement when they give the same columns) and returns them as created, as createManyAndReturn. */
export async function insertRows<T extends keyof Row>(tx: DbTx, table: T, rows: Input[T][]): Promise<Row[T][]> {
  const created: Row[T][] = [];
  for (const shape of shapes(table, rows))
    created.push(...(await tx.$queryRaw<Row[T][]>`${statement(table, shape)} RETURNING *`));
  return created;
}

/** Inserts the rows (in one statement when they give the same columns), returning nothing, as createMany. */
export async function insertRowsOnly<T extends Table>(tx: DbTx, table: T, rows: Input[T][]): Promise<void> {
  for (const shape of shapes(table, rows)) await tx.$executeRaw(statement(table, shape));
}
