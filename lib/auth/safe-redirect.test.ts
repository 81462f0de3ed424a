// Sign-in's return address: only paths on this site, whatever a browser would make of the text.
import { describe, expect, it } from 'vitest';
import { sameOriginPath } from '@/lib/auth/safe-redirect';

const site = 'http://127.0.0.1:3300';
const ours = [site, 'https://tracker.example.org'];

describe('sameOriginPath', () => {
  it.each([
    ['/\t/evil.example/'],
    ['/.\\/evil.example/'],
    ['/\n/evil.example/'],
    ['/\r/evil.example/'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['//evil.example'],
    ['///evil.example'],
    ['https://evil.example'],
    ['https://evil.example/account'],
    ['http://127.0.0.1:3301/account'],
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['http://[::1'],
    [''],
  ])('refuses %j', (value) => {
    expect(sameOriginPath(value, ours, '/account')).toBe('/account');
  });

  it('refuses what is not text', () => {
    expect(sameOriginPath(undefined, ours, '/account')).toBe('/account');
    expect(sameOriginPath(['/admin'], ours, '/account')).toBe('/account');
  });

  it.each([
    ['/admin', '/admin'],
    ['/admin/measures/12?tab=history#notes', '/admin/measures/12?tab=history#notes'],
    ['/search?q=a%20b', '/search?q=a%20b'],
    ['/%2F/evil.example', '/%2F/evil.example'], // a path segment on this site, not a host
    ['/./admin', '/admin'],
    ['admin', '/admin'],
    [`${site}/account/notifications`, '/account/notifications'],
    ['https://tracker.example.org/dashboard', '/dashboard'],
  ])('keeps %j as %j', (value, path) => {
    expect(sameOriginPath(value, ours, '/account')).toBe(path);
  });

  it('needs an origin to compare with', () => {
    expect(sameOriginPath('/admin', [undefined, 'not a url'], '/')).toBe('/');
  });
});
