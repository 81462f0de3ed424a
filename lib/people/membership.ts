/** "CA · District 28 · Democrat": the parts of an office that are known, in reading order. */
export function membershipDetails(m: { state: string | null; district: string | null; party: string | null }): string {
  const district = m.district ? `District ${m.district.replace(/^District\s+/i, '')}` : null;
  return [m.state, district, m.party].filter(Boolean).join(' · ');
}

type Term = { startDate: Date | null; endDate: Date | null; session: { name: string } | null };

/** When the office was held, as far as it is known: dates, else the session, else nothing claimed. */
export function membershipTerm(m: Term, format: (date: Date) => string): string {
  if (m.startDate || m.endDate)
    return `${m.startDate ? format(m.startDate) : '…'} – ${m.endDate ? format(m.endDate) : 'present'}`;
  if (m.session) return m.session.name;
  return 'dates not recorded';
}
