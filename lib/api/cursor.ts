// Opaque cursors: base64url of a JSON array, the last row's sort key and id. Clients pass them back unchanged; a
// cursor that does not decode into the shape the endpoint expects is a 400, never a 500.
import { z } from 'zod';
import { BadRequest } from './http';

export class CursorError extends BadRequest {
  constructor(message: string) {
    super('cursor', message);
  }
}

export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(cursor: string, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('cursor is not one this API gave out');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new CursorError('cursor is not one this API gave out for this list and order');
  return parsed.data;
}

/** A cursor over (id): the last id seen. */
export const idCursor = z.tuple([
  z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
]);
/** A cursor over (timestamp, id). */
export const timeIdCursor = z.tuple([
  z.iso.datetime(),
  z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
]);
/** A page number, for search (ranked by relevance, which no index orders: paged by number up to its limit). */
export const pageCursor = z.tuple([z.literal('p'), z.number().int().min(2).max(10_000)]);
