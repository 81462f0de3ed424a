import { describe, expect, it } from 'vitest';
import { DEV_AUTH_SECRET, parseAuthEnv } from '@/lib/auth/env';

describe('parseAuthEnv', () => {
  it('fails loudly, naming AUTH_SECRET, in production without it', () => {
    expect(() => parseAuthEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is not set/);
    expect(() => parseAuthEnv({ NODE_ENV: 'production', AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET/);
  });

  it('uses the fixed development secret in development and tests, never in production', () => {
    expect(parseAuthEnv({ NODE_ENV: 'development' }).secret).toBe(DEV_AUTH_SECRET);
    expect(parseAuthEnv({ NODE_ENV: 'test' }).secret).toBe(DEV_AUTH_SECRET);
    const secret = 'x'.repeat(40);
    expect(parseAuthEnv({ NODE_ENV: 'production', AUTH_SECRET: secret }).secret).toBe(secret);
  });

  it('lets the production build through without the runtime secret', () => {
    expect(() => parseAuthEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow();
  });

  it('turns magic links on only with a valid SMTP_URL', () => {
    expect(parseAuthEnv({ NODE_ENV: 'test' }).smtpUrl).toBeUndefined();
    expect(parseAuthEnv({ NODE_ENV: 'test', SMTP_URL: 'smtp://127.0.0.1:2525' }).smtpUrl).toBe('smtp://127.0.0.1:2525');
    expect(() => parseAuthEnv({ NODE_ENV: 'test', SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  });
});
