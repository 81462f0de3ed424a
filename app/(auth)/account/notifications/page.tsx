import type { Metadata } from 'next';
import { EmailPreferenceForm } from '@/components/notifications/email-preference-form';
import { MarkReadButton } from '@/components/notifications/mark-read-button';
import { NotificationList } from '@/components/notifications/notification-list';
import { AddWebhookForm } from '@/components/notifications/webhook-forms';
import { WebhookList } from '@/components/notifications/webhook-list';
import { authEnv } from '@/lib/auth/env';
import { createCalendarToken } from '@/lib/calendar/token';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { countUnreadNotifications, getEmailFrequency, listNotifications } from '@/lib/notifications/queries';
import { listWebhooks } from '@/lib/webhooks/mutations';
import { siteUrl } from '@/lib/site';

export const metadata: Metadata = { title: 'Notifications', robots: { index: false } };

async function Notifications() {
  const viewer = await requirePermission('account.manage', '/account/notifications');
  const [items, unread, email, webhooks] = await Promise.all([
    listNotifications(db, viewer.id),
    countUnreadNotifications(db, viewer.id),
    getEmailFrequency(db, viewer.id),
    listWebhooks(db, viewer.id),
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
        <p className="notice">
          Email is off on this server (no SMTP server is configured). Notifications still appear on this page.
        </p>
      )}
      <h2>Calendar</h2>
      <p>
        The meetings where what you follow is on the agenda, and those of the bodies you follow, as a calendar feed to
        subscribe to in your calendar app (keep the address private: it works without signing in):{' '}
        <code>{`${siteUrl()}/api/calendar/follows/${createCalendarToken(authEnv().secret, viewer.id)}.ics`}</code>
      </p>
      <h2>Webhooks</h2>
      <p>
        Each notification is also sent as JSON to your webhooks, signed: <code>X-RT-Signature: v1=</code> is the hex
        HMAC-SHA256 of <code>&lt;X-RT-Timestamp&gt;.&lt;body&gt;</code> with the webhook&rsquo;s secret. Refuse a
        timestamp more than five minutes old. Failed deliveries are retried with growing delays.
      </p>
      <WebhookList webhooks={webhooks} />
      <AddWebhookForm />
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
