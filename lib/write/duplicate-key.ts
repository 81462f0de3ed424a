/**
 * A unique index refused the row (Prisma's P2002): another write got there first. The editors refuse the save
 * (lib/write/editor-write.ts), the importer writes the file again alone (lib/import/run-import.ts).
 */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error != null && (error as { code?: string }).code === 'P2002';
