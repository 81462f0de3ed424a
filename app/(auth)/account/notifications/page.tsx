import type { Metadata } from 'next';
import { EmailPreferenceForm } from '@/components/notifications/email-preference-form';
import { MarkReadButton } from '@/components/notifications/mark-read-button';
import { NotificationList } from '@/components/notifications/notification-list';
import { authEnv } from '@/lib/auth/env';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { countUnreadNotifications, getEmailFrequency, listNotifications } from '@/lib/notifications/queries';

export const metadata: Metadata = { title: 'Notifications', robots: { index: false } };

async function Notifications() {
  const viewer = await requirePermission('account.manage', '/account/notifications');
  const [items, unread, email] = await Promise.all([
    listNotifications(db, viewer.id),
    countUnreadNotifications(db, viewer.id),
    getEmailFrequency(db, viewer.id),
  ]);
  return (
    <>
      <p>
        {unread === 1 ? '1 unread notification.' : `${unread} unread notifications.`}{' '}
        {unread ? <MarkReadButton id="all" label="Mark all as read" /> : null}
      </p>
      <NotificationList items={items} />
      <h2>How you are told</h2>
      {authEnv().smtpUrl ? (
        <EmailPreferenceForm current={email} />
      ) : (
        <p className="notice">Email is off on this server (no SMTP server is configured). Notifications still appear on this page.</p>
      )}
    </>
  );
}

// Blocking on purpose, like /account: the permission check runs before anything is sent.
export const instant = false;

export default async function NotificationsPage() {
  return (
    <>
      <h1>Notifications</h1>
      <Notifications />
    </>
  );
}
