import { config } from '@/lib/config/env';

/**
 * The public address of the site, for canonical links, feeds, mail and JSON-LD (SITE_URL). Prerendered pages carry
 * the value of the build, so a server refuses to start with another one (lib/config/site-url-check.ts).
 */
export function siteUrl(): string {
  return config().siteUrl;
}
