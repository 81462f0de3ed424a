/** "CA · District 28 · Democrat": the parts of an office that are known, in reading order. */
export function membershipDetails(m: { state: string | null; district: string | null; party: string | null }): string {
  const district = m.district ? `District ${m.district.replace(/^District\s+/i, '')}` : null;
  return [m.state, district, m.party].filter(Boolean).join(' · ');
}
