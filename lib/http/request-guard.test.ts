import { describe, expect, it } from 'vitest';
import {
  ACTION_BODY_LIMIT,
  formNamesCacheFunction,
  IMPORT_BODY_LIMIT,
  isCacheFunctionId,
  shouldReadForm,
  refuseActionRequest,
  refusalHtml,
  refusePath,
} from './request-guard';

const MB = 1024 * 1024;
const post = (path: string, headers: Record<string, string>) => refuseActionRequest('POST', path, new Headers(headers));

describe('requests refused before any page or action runs', () => {
  it('tells a cached data function’s id from a server action’s by its first byte', () => {
    // Ids as `next build` wrote them in .next/server/server-reference-manifest.json.
    expect(isCacheFunctionId('c00a359218d97aa589e94e27633b6b66f75da31aec')).toBe(true); // getRecentActions
    expect(isCacheFunctionId('80517d2c4d4ac3e76a39ac3c290ae0448f30305e90')).toBe(true); // getMeasureBodies (no arguments)
    expect(isCacheFunctionId('f02466e880c33ba70f8ecc8fc36960a17151f8bd52')).toBe(true); // cachedDashboardView
    expect(isCacheFunctionId('7fdcb94836fd51f114a32a2c545a9c3ecee8a68862')).toBe(false); // signInWithPassword
    expect(isCacheFunctionId('not-an-id')).toBe(false);
    expect(post('/', { 'next-action': 'c00a359218d97aa589e94e27633b6b66f75da31aec' })?.status).toBe(403);
    expect(
      post('/', { 'next-action': '7fdcb94836fd51f114a32a2c545a9c3ecee8a68862', 'content-length': '200' }),
    ).toBeNull();
  });

  it('finds a cached data function named in a form posted without JavaScript', () => {
    const form = (entries: [string, string][]) => {
      const data = new FormData();
      for (const [key, value] of entries) data.append(key, value);
      return data;
    };
    expect(formNamesCacheFunction(form([['$ACTION_ID_c00a359218d97aa589e94e27633b6b66f75da31aec', '']]))).toBe(true);
    expect(
      formNamesCacheFunction(
        form([
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', '{"id":"c00a359218d97aa589e94e27633b6b66f75da31aec","bound":"$@1"}'],
        ]),
      ),
    ).toBe(true);
    expect(
      formNamesCacheFunction(
        form([
          ['$ACTION_ID_7fdcb94836fd51f114a32a2c545a9c3ecee8a68862', ''],
          ['email', 'c00a359218d97aa589e94e27633b6b66f75da31aec'],
        ]),
      ),
    ).toBe(false);
    expect(
      shouldReadForm(
        'POST',
        new Headers({ 'content-type': 'multipart/form-data; boundary=x', 'content-length': '300' }),
      ),
    ).toBe(true);
    expect(
      shouldReadForm(
        'POST',
        new Headers({ 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(20 * MB) }),
      ),
    ).toBe(false);
    expect(
      shouldReadForm(
        'POST',
        new Headers({ 'next-action': 'x', 'content-type': 'multipart/form-data', 'content-length': '300' }),
      ),
    ).toBe(false);
  });

  it('holds every action to 1 MB and the import to 21 MB, and wants a length', () => {
    expect(post('/sign-in', { 'content-length': String(2 * MB) })).toMatchObject({
      status: 413,
      message: expect.stringMatching(/2 MB, over the 1 MB limit/),
    });
    expect(post('/sign-in', { 'content-length': String(ACTION_BODY_LIMIT) })).toBeNull();
    expect(post('/admin/import', { 'content-length': String(20 * MB) })).toBeNull();
    expect(post('/admin/import', { 'content-length': String(30 * MB) })).toMatchObject({
      status: 413,
      message: expect.stringMatching(/upload is 30 MB, over the 21 MB limit/),
    });
    expect(post('/admin/import', { 'content-length': String(IMPORT_BODY_LIMIT + 1) })?.status).toBe(413);
    expect(post('/admin/import', { 'transfer-encoding': 'chunked' })?.status).toBe(411);
    expect(post('/sign-in', { 'content-length': 'lots' })?.status).toBe(400);
    expect(refuseActionRequest('GET', '/sign-in', new Headers({ 'content-length': String(30 * MB) }))).toBeNull();
  });

  it('answers 400 for a path that does not decode and 404 for one with a control character', () => {
    expect(refusePath('/measures/%E0%A4%A')?.status).toBe(400);
    expect(refusePath('/measures/%zz')?.status).toBe(400);
    expect(refusePath('/measures/a%00b')?.status).toBe(404);
    expect(refusePath('/api/feeds/measures/a%00b/rss')?.status).toBe(404);
    expect(refusePath('/measures/us-117-hres-240')).toBeNull();
    expect(refusePath('/search/views/caf%C3%A9')).toBeNull();
  });

  it('writes the refusal as a page that escapes what it shows', () => {
    const html = refusalHtml(
      { status: 413, title: 'Too large', message: 'A <b> & "c"' },
      { href: '/admin/import', label: 'Back' },
    );
    expect(html).toContain('<p role="alert">A &lt;b&gt; &amp; &quot;c&quot;</p>');
    expect(html).toContain('<a href="/admin/import">Back</a>');
  });
});
