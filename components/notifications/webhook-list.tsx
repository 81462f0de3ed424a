import { RemoveWebhookButton } from '@/components/notifications/webhook-forms';
import type { WebhookItem } from '@/lib/webhooks/mutations';

const STATUS = { pending: 'retrying', delivered: 'delivered', failed: 'failed' } as Record<string, string>;

export function WebhookList({ webhooks }: { webhooks: WebhookItem[] }) {
  if (!webhooks.length) return <p className="muted">No webhooks.</p>;
  return (
    <ul className="notification-list" aria-label="Webhooks">
      {webhooks.map((webhook) => (
        <li key={webhook.id} className="notification">
          <p>
            <code>{webhook.url}</code> <RemoveWebhookButton id={webhook.id} url={webhook.url} />
          </p>
          {webhook.deliveries.length ? (
            <ul aria-label={`Recent deliveries to ${webhook.url}`}>
              {webhook.deliveries.map((delivery) => (
                <li key={String(delivery.id)}>
                  {STATUS[delivery.status] ?? delivery.status} after {delivery.attempts}{' '}
                  {delivery.attempts === 1 ? 'attempt' : 'attempts'}
                  {delivery.responseStatus ? ` (HTTP ${delivery.responseStatus})` : ''}
                  {delivery.lastError ? `: ${delivery.lastError}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Nothing sent yet.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
