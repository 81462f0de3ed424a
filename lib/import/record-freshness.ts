// Official records carry their own update time (Bill Status <updateDate>). Files arrive in any order (a folder
// holding two layouts of one bill, a sync that fetches an old copy): an older record never overwrites a newer one.

/** Why the file is not written, or null when it may be (it is newer, as new, or either side has no date). */
export function olderThanStored(stored: Date | null, fileUpdatedAt: string | null | undefined): string | null {
  if (!stored || !fileUpdatedAt) return null;
  const file = new Date(fileUpdatedAt);
  if (file.getTime() >= stored.getTime()) return null;
  return `older than what is stored: this file's record was updated ${file.toISOString()}, the stored one ${stored.toISOString()}; nothing written`;
}
