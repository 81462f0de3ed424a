// The unread count for the header's account menu, read in the browser so public pages stay static.
import { getViewer } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { countUnreadNotifications } from '@/lib/notifications/queries';

export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'Sign in to see your notifications.' }, { status: 401 });
  if (!can(viewer.role, 'account.manage')) return Response.json({ error: 'Not allowed.' }, { status: 403 });
  const unread = await countUnreadNotifications(db, viewer.id);
  return Response.json({ unread }, { headers: { 'cache-control': 'private, no-store' } });
}
