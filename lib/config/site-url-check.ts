// SITE_URL is a build-time setting: public pages are prerendered by `next build` and served from the cache, with the
// address in their canonical links, feed links and JSON-LD. next.config.js writes the SITE_URL of the build into the
// bundle (RT_BUILT_SITE_URL, through Next's `env` option), and the server refuses to start with another address
// instead of serving pages that name the wrong site (README, Configuration; docs/decisions/020-configuration.md).
import { DEFAULT_SITE_URL, siteUrlSchema } from '@/lib/config/env';

const normalize = (value: string | undefined) => {
  const parsed = siteUrlSchema.safeParse(value?.trim() ? value : DEFAULT_SITE_URL);
  return parsed.success ? parsed.data : (value ?? '');
};

/**
 * The problem, or null: `built` is the raw SITE_URL of the build ('' when it was unset; undefined outside a build,
 * e.g. in scripts, where there is nothing to compare), `runtime` the server's configured address.
 */
export function siteUrlMismatch(built: string | undefined, runtime: string): string | null {
  if (built === undefined) return null;
  const builtUrl = normalize(built);
  if (builtUrl === runtime) return null;
  return (
    `SITE_URL: this server is configured for ${runtime} but was built with ${builtUrl}${built.trim() ? '' : ' (SITE_URL unset at build time)'}. ` +
    'Public pages are prerendered at build time with that address in their canonical links, feeds and JSON-LD: ' +
    `rebuild with SITE_URL=${runtime} (npm run build), or start with SITE_URL=${builtUrl}.`
  );
}
