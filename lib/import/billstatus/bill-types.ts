import type { MeasureType } from '@/lib/generated/prisma/enums';

/** Bill Status <type> codes: the measure type and the identifier prefix as Congress.gov writes it. */
export const BILL_TYPES = {
  HR: { type: 'bill', prefix: 'H.R.' },
  S: { type: 'bill', prefix: 'S.' },
  HRES: { type: 'resolution', prefix: 'H.Res.' },
  SRES: { type: 'resolution', prefix: 'S.Res.' },
  HJRES: { type: 'joint_resolution', prefix: 'H.J.Res.' },
  SJRES: { type: 'joint_resolution', prefix: 'S.J.Res.' },
  HCONRES: { type: 'concurrent_resolution', prefix: 'H.Con.Res.' },
  SCONRES: { type: 'concurrent_resolution', prefix: 'S.Con.Res.' },
} as const satisfies Record<string, { type: MeasureType; prefix: string }>;

export type BillType = keyof typeof BILL_TYPES;

export function billIdentifier(type: BillType, number: string): string {
  return `${BILL_TYPES[type].prefix} ${number}`;
}

/** "117" → "117th Congress". */
export function congressName(congress: string): string {
  const n = Number(congress);
  const suffix =
    n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${congress}${suffix} Congress`;
}

/** Since the 74th Congress (20th Amendment) each runs from January 3 of an odd year for two years. */
export function congressDates(congress: string): { startDate?: string; endDate?: string } {
  const n = Number(congress);
  if (!Number.isInteger(n) || n < 74) return {};
  const year = 1789 + 2 * (n - 1);
  return { startDate: `${year}-01-03`, endDate: `${year + 2}-01-03` };
}
