// The one rule for web addresses, for forms and importers alike: http or https only (no javascript:, data:, file:),
// at most 2,000 characters. A stored address ends up in links and JSON-LD, so nothing else may reach the database.

export const MAX_WEB_ADDRESS = 2000;

export type WebAddress = { ok: true; url: string } | { ok: false; problem: 'too-long' | 'not-an-address' | 'not-http' };

export function readWebAddress(value: string): WebAddress {
  const trimmed = value.trim();
  if (trimmed.length > MAX_WEB_ADDRESS) return { ok: false, problem: 'too-long' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'not-an-address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'not-http' };
  return { ok: true, url: url.toString() };
}

/** What is wrong with an address, said of `label`; null when it is fine. */
export function webAddressProblem(label: string, value: string): string | null {
  const read = readWebAddress(value);
  if (read.ok) return null;
  if (read.problem === 'too-long') return `${label} is too long.`;
  if (read.problem === 'not-an-address')
    return `${label} must be a full web address starting with http:// or https://.`;
  return `${label} must start with http:// or https://.`;
}
