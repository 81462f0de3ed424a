// The SITE_URL a build was made with against the one a server starts with (lib/config/site-url-check.ts), and the
// record of it that next.config.js writes into the build.
import { describe, expect, it, vi } from 'vitest';
import { configurationProblem } from '@/lib/startup-check';
import { siteUrlMismatch } from '@/lib/config/site-url-check';

const production = { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgresql://u@h:5432/d' };

describe('siteUrlMismatch', () => {
  it('accepts the address of the build, however it is spelled', () => {
    expect(siteUrlMismatch('https://tracker.example.org', 'https://tracker.example.org')).toBeNull();
    expect(siteUrlMismatch('https://tracker.example.org/', 'https://tracker.example.org')).toBeNull();
    expect(siteUrlMismatch('', 'http://localhost:3000')).toBeNull();
  });

  it('refuses another address, naming SITE_URL and both addresses', () => {
    expect(siteUrlMismatch('', 'https://tracker.example.org')).toMatch(
      /^SITE_URL: this server is configured for https:\/\/tracker\.example\.org but was built with http:\/\/localhost:3000 \(SITE_URL unset at build time\)/,
    );
    expect(siteUrlMismatch('https://a.example.org', 'https://b.example.org')).toMatch(
      /rebuild with SITE_URL=https:\/\/b\.example\.org/,
    );
  });

  it('has nothing to compare outside a build (scripts, tests)', () => {
    expect(siteUrlMismatch(undefined, 'https://tracker.example.org')).toBeNull();
  });
});

describe('configurationProblem (the check instrumentation.ts runs at start)', () => {
  it("passes a good production configuration started with its build's address", () => {
    expect(
      configurationProblem({ ...production, SITE_URL: 'https://tracker.example.org' }, 'https://tracker.example.org'),
    ).toBeNull();
  });

  it("stops a server whose SITE_URL differs from the build's, but not the build itself", () => {
    expect(configurationProblem({ ...production, SITE_URL: 'https://tracker.example.org' }, '')).toMatch(/^SITE_URL: /);
    expect(
      configurationProblem(
        { ...production, SITE_URL: 'https://tracker.example.org', NEXT_PHASE: 'phase-production-build' },
        '',
      ),
    ).toBeNull();
  });

  it('stops on any bad variable, and without DATABASE_URL', () => {
    expect(configurationProblem({ ...production, DATABASE_POOL_SIZE: '-1' }, '')).toMatch(
      /DATABASE_POOL_SIZE: DATABASE_POOL_SIZE must be at least 1/,
    );
    expect(configurationProblem({ ...production, DATABASE_URL: undefined }, '')).toMatch(/DATABASE_URL is not set/);
  });
});

describe('next.config.js', () => {
  it('records the SITE_URL of the build in the bundle (RT_BUILT_SITE_URL), empty when unset', async () => {
    const load = async (siteUrl: string | undefined) => {
      const saved = process.env.SITE_URL;
      if (siteUrl === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = siteUrl;
      try {
        vi.resetModules();
        // @ts-expect-error next.config.js is plain JavaScript (typed by JSDoc) without a declaration file
        const loaded = (await import('@/next.config.js')) as { default: { env?: Record<string, string> } };
        return loaded.default;
      } finally {
        if (saved === undefined) delete process.env.SITE_URL;
        else process.env.SITE_URL = saved;
      }
    };
    expect((await load('https://tracker.example.org')).env).toEqual({
      RT_BUILT_SITE_URL: 'https://tracker.example.org',
    });
    expect((await load(undefined)).env).toEqual({ RT_BUILT_SITE_URL: '' });
  });
});
