// 'use cache' functions are server functions: Next.js gives each one an action id, and a POST naming that id runs it
// with whatever arguments the poster encodes (issue 17: getRecentActions(1000000), a Prisma operator in place of a
// slug). proxy.ts refuses such POSTs by their id; each cached function also checks its arguments here, with the same
// schemas the pages read their URLs with, because a form post can name the action in its body, where the proxy
// does not look.
import { z } from 'zod';

/** Every slug the app makes (lib/measures/identifier.ts slugify): lower-case letters, digits and hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9-]{1,255}$/);

/** True when `value` could be a slug; a lookup by anything else finds nothing and answers 404 without a query. */
export function isSlug(value: unknown): value is string {
  return slugSchema.safeParse(value).success;
}

export class InvalidCachedArgumentsError extends Error {
  constructor(functionName: string) {
    super(`${functionName} was called with arguments it does not accept.`);
    this.name = 'InvalidCachedArgumentsError';
  }
}

/** The arguments parsed by `schema`, or an error naming the function: nothing is read from the database. */
export function cachedArgs<S extends z.ZodType>(functionName: string, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidCachedArgumentsError(functionName);
  return parsed.data;
}
