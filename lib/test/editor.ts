// Helpers for tests of the editors' data functions: an editor to act as, and what a form would post, parsed by the
// same zod schema the action uses.
import type { Actor } from '@/lib/changes/record-change';
import type { DbClient } from '@/lib/db/client';
import { uniqueSlug } from '@/prisma/factories';

/** A new editor account and the write context of its edits. */
export async function editorContext(db: DbClient, name = 'Test Editor'): Promise<{ db: DbClient; actor: Actor }> {
  const user = await db.user.create({ data: { email: `${uniqueSlug('editor')}@example.test`, name, role: 'editor' } });
  return { db, actor: { actorId: user.id } };
}

/** Parses what a form would post; fails the test when the schema refuses it. */
export function parseForm<T>(
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T; error?: unknown } },
  form: Record<string, string>,
): T {
  const result = schema.safeParse(form);
  if (!result.success) throw new Error(`schema refused ${JSON.stringify(form)}: ${String(result.error)}`);
  return result.data as T;
}
