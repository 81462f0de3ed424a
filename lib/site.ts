/** The public address of the site, for canonical links and JSON-LD. */
export function siteUrl(): string {
  return process.env.SITE_URL ?? 'http://localhost:3000';
}
