import { describe, expect, it } from 'vitest';
import { parseDashboardParams } from './params';
import {
  dashboardViewSegment,
  MAX_DASHBOARD_SEGMENT_LENGTH,
  readDashboardViewSegment,
  rememberShownView,
  shownViewSegment,
} from './view-segment';

const secret = 'a-test-secret-of-more-than-thirty-two-characters';
const view = {
  userId: 'cm0member00000000000000001',
  version: 'v3rs10n-AbC_dEf1',
  params: parseDashboardParams({ stage: 'referred', sort: 'title', q: 'war & peace', page: '3' }),
};

describe('dashboard view segments', () => {
  it('reads back the member, the version and the view it was made for', () => {
    const segment = dashboardViewSegment(secret, view);
    expect(segment).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(readDashboardViewSegment(secret, segment)).toEqual(view);
  });

  it('gives equivalent URLs one segment, and another segment for another version or member', () => {
    const same = {
      ...view,
      params: parseDashboardParams({
        page: '3',
        q: 'war & peace',
        sort: 'title',
        dir: 'asc',
        stage: 'referred',
        junk: 'x',
      }),
    };
    expect(dashboardViewSegment(secret, same)).toBe(dashboardViewSegment(secret, view));
    expect(dashboardViewSegment(secret, { ...view, version: 'another-version1' })).not.toBe(
      dashboardViewSegment(secret, view),
    );
    expect(dashboardViewSegment(secret, { ...view, userId: 'cm0member00000000000000002' })).not.toBe(
      dashboardViewSegment(secret, view),
    );
  });

  it('reads nothing this server did not sign: another member named, another key, a cut or made-up segment', () => {
    const segment = dashboardViewSegment(secret, view);
    const [payload, signature] = segment.split('.') as [string, string];
    const forged = Buffer.from(
      Buffer.from(payload, 'base64url').toString('utf8').replace(view.userId, 'cm0member00000000000000002'),
      'utf8',
    ).toString('base64url');
    expect(readDashboardViewSegment(secret, `${forged}.${signature}`)).toBeNull();
    expect(readDashboardViewSegment(`${secret}-rotated`, segment)).toBeNull();
    expect(readDashboardViewSegment(secret, segment.slice(0, -1))).toBeNull();
    expect(readDashboardViewSegment(secret, payload)).toBeNull();
    expect(readDashboardViewSegment(secret, 'unsigned')).toBeNull();
    expect(readDashboardViewSegment(secret, `${payload}.${'A'.repeat(22)}`)).toBeNull();
  });

  it('cannot read a segment longer than a view may be (a long text filter stays on the per-request page)', () => {
    const long = { ...view, params: parseDashboardParams({ q: 'ü'.repeat(100) }) };
    const segment = dashboardViewSegment(secret, long);
    expect(segment.length).toBeGreaterThan(MAX_DASHBOARD_SEGMENT_LENGTH);
    expect(readDashboardViewSegment(secret, segment)).toBeNull();
  });

  it('remembers the segment last sent for each view, for the member it was signed for', () => {
    const older = dashboardViewSegment(secret, { ...view, version: 'older-version-01' });
    const newer = dashboardViewSegment(secret, view);
    const pageTwo = dashboardViewSegment(secret, { ...view, params: parseDashboardParams({ page: '2' }) });
    let cookie = rememberShownView(undefined, older);
    cookie = rememberShownView(cookie, pageTwo);
    cookie = rememberShownView(cookie, newer);
    expect(cookie.split('~')).toEqual([pageTwo, newer]);
    expect(shownViewSegment(secret, cookie, view.userId, view.params)).toBe(newer);
    expect(shownViewSegment(secret, cookie, view.userId, parseDashboardParams({ page: '2' }))).toBe(pageTwo);
    expect(shownViewSegment(secret, cookie, view.userId, parseDashboardParams({ page: '3' }))).toBeNull();
    expect(shownViewSegment(secret, cookie, 'cm0member00000000000000002', view.params)).toBeNull();
    expect(shownViewSegment(`${secret}-rotated`, cookie, view.userId, view.params)).toBeNull();
    expect(shownViewSegment(secret, 'junk~more.junk', view.userId, view.params)).toBeNull();
  });

  it('keeps the eight views last sent', () => {
    let cookie: string | undefined;
    const segments = Array.from({ length: 10 }, (_, i) =>
      dashboardViewSegment(secret, { ...view, params: parseDashboardParams({ page: String(i + 1) }) }),
    );
    for (const segment of segments) cookie = rememberShownView(cookie, segment);
    expect(cookie!.split('~')).toEqual(segments.slice(2));
  });
});
