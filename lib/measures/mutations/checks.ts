// Checks the measure's writers share: a body or row the form names may have been deleted since the page loaded.

import 'server-only';
import type { DbTx } from '@/lib/changes/record-change';
import { Refusal, refuse } from '@/lib/write/editor-write';

/** Refuses a body id (per form field) that no longer exists. */
export async function checkBodies(tx: DbTx, fields: Record<string, number | null>) {
  for (const [field, id] of Object.entries(fields)) {
    if (id != null && !(await tx.body.count({ where: { id } })))
      refuse(field, 'That body no longer exists; choose another.');
  }
}

/** The child row the form edits, or a refusal telling the editor to reload when it is no longer on the measure. */
export async function findChild<T>(found: Promise<T | null>, what: string): Promise<T> {
  const row = await found;
  if (!row) throw new Refusal(`That ${what} is no longer on this measure; reload the page.`);
  return row;
}
