import Link from '@/components/ui/link';
import { MarkReadButton } from '@/components/notifications/mark-read-button';
import type { NotificationItem } from '@/lib/notifications/queries';

const when = (date: Date) => date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

export function NotificationList({ items }: { items: NotificationItem[] }) {
  if (!items.length) {
    return <p className="muted">Nothing yet. Follow a measure, a person or a body and its changes will appear here.</p>;
  }
  return (
    <ol className="notification-list" aria-label="Notifications">
      {items.map((item) => (
        <li key={String(item.id)} className={item.readAt ? 'notification' : 'notification notification-unread'}>
          <p>
            {item.readAt ? null : <strong className="badge">Unread</strong>}{' '}
            <Link href={item.path}>{item.summary}</Link>
          </p>
          <p className="muted">
            {item.reason} · <time dateTime={item.createdAt.toISOString()}>{when(item.createdAt)}</time>
          </p>
          {item.readAt ? null : <MarkReadButton id={String(item.id)} label="Mark as read" />}
        </li>
      ))}
    </ol>
  );
}
