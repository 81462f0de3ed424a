// The dashboard's current view as CSV: every matching row, not just the page, streamed as it is read. The route
// checks the session itself (proxy.ts also guards /dashboard).
import type { NextRequest } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { dashboardCsv } from '@/lib/dashboard/export';
import { parseDashboardParams } from '@/lib/dashboard/params';
import { siteUrl } from '@/lib/site';

export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer)
    return new Response('Sign in to export your dashboard.\n', {
      status: 401,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  if (!can(viewer.role, 'dashboard.view'))
    return new Response('Your account has no dashboard.\n', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const params = parseDashboardParams(Object.fromEntries(request.nextUrl.searchParams));
  const rows = dashboardCsv(viewer, params, siteUrl());
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await rows.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="followed-measures-${day}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
