// Type-ahead for the related-measure form: measures by number or title. Signed-in members only (proxy.ts guards
// /dashboard; this checks again).
import { NextResponse, type NextRequest } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { searchMeasures } from '@/lib/relations/queries';

export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json([], { status: 401 });
  if (!can(viewer.role, 'relation.add')) return NextResponse.json([], { status: 403 });
  const q = (request.nextUrl.searchParams.get('q') ?? '').trim().slice(0, 100);
  const exclude = Number(request.nextUrl.searchParams.get('exclude'));
  if (q.length < 2) return NextResponse.json([]);
  const results = await searchMeasures(q, Number.isSafeInteger(exclude) && exclude > 0 ? exclude : null);
  return NextResponse.json(results, { headers: { 'cache-control': 'private, no-store' } });
}
