// The digest email: every change of the period, grouped by the page it concerns, with the same unsubscribe
// headers as the single alerts (lib/email/alert-message.ts).
import type Mail from 'nodemailer/lib/mailer';
import { unsubscribeParts } from '@/lib/email/alert-message';
import type { DigestPeriod } from '@/lib/notifications/digest-period';

export type DigestEmail = {
  to: string;
  period: DigestPeriod;
  notifications: { summary: string; path: string; reason: string }[];
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function digestMessage(
  email: DigestEmail,
  options: { from: string; siteUrl: string; unsubscribeToken: string },
): Mail.Options {
  const groups = new Map<string, string[]>();
  for (const note of email.notifications) groups.set(note.path, [...(groups.get(note.path) ?? []), note.summary]);
  const { unsubscribe, settings, headers, list } = unsubscribeParts(options);
  const day = email.period.start.toISOString().slice(0, 10);
  const title =
    email.period.frequency === 'daily' ? `Your daily digest for ${day}` : `Your weekly digest for the week of ${day}`;
  const count = email.notifications.length === 1 ? '1 change' : `${email.notifications.length} changes`;
  const sections = [...groups].map(([path, summaries]) => ({
    link: new URL(path, options.siteUrl).toString(),
    summaries,
  }));
  return {
    from: options.from,
    to: email.to,
    subject: `${title}: ${count}`,
    text:
      `${title}: ${count} to what you follow.\n\n` +
      sections
        .map((section) => `${section.summaries.map((summary) => `- ${summary}`).join('\n')}\n  ${section.link}`)
        .join('\n\n') +
      `\n\nChange what you receive: ${settings}\nUnsubscribe from these emails: ${unsubscribe}\n`,
    html:
      `<p>${escapeHtml(title)}: ${count} to what you follow.</p>` +
      sections
        .map(
          (section) =>
            `<ul>${section.summaries.map((summary) => `<li>${escapeHtml(summary)}</li>`).join('')}</ul><p><a href="${escapeHtml(section.link)}">${escapeHtml(section.link)}</a></p>`,
        )
        .join('') +
      `<p style="color:#555"><a href="${escapeHtml(settings)}">Change what you receive</a> · <a href="${escapeHtml(unsubscribe)}">Unsubscribe</a></p>`,
    headers,
    list,
  };
}
