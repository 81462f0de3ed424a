// Whether the signed-in viewer follows a record: read by the follow button of the static public pages
// (components/follows/follow-button.tsx), which cannot know who is looking.
import { NextResponse, type NextRequest } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { isFollowing } from '@/lib/follows/queries';
import { followKinds, type FollowKind } from '@/lib/follows/schemas';

const noStore = { 'cache-control': 'private, no-store' };

export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: 'Sign in to follow.' }, { status: 401, headers: noStore });
  if (!can(viewer.role, 'follow.manage'))
    return NextResponse.json({ error: 'Your account cannot follow.' }, { status: 403, headers: noStore });
  const kind = request.nextUrl.searchParams.get('kind') ?? '';
  const id = Number(request.nextUrl.searchParams.get('id'));
  if (!(followKinds as readonly string[]).includes(kind) || !Number.isSafeInteger(id) || id <= 0) {
    return NextResponse.json(
      { error: 'Give kind (measure, person, body or campaign) and a numeric id.' },
      { status: 400, headers: noStore },
    );
  }
  return NextResponse.json({ following: await isFollowing(viewer.id, kind as FollowKind, id) }, { headers: noStore });
}
