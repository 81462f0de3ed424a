// The email for one notification: plain text and simple HTML, with the one-click unsubscribe headers of RFC 8058
// (List-Unsubscribe with an https POST target, List-Unsubscribe-Post) and a visible unsubscribe link.
import type Mail from 'nodemailer/lib/mailer';

export type AlertEmail = { to: string; summary: string; reason: string; path: string };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The unsubscribe link, settings link and RFC 8058 headers every alert email carries. */
export function unsubscribeParts(options: { siteUrl: string; unsubscribeToken: string }) {
  const unsubscribe = new URL(
    `/api/unsubscribe?token=${encodeURIComponent(options.unsubscribeToken)}`,
    options.siteUrl,
  ).toString();
  const settings = new URL('/account/notifications', options.siteUrl).toString();
  return {
    unsubscribe,
    settings,
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    list: { unsubscribe: { url: unsubscribe, comment: 'Unsubscribe' } },
  } satisfies Pick<Mail.Options, 'headers' | 'list'> & Record<string, unknown>;
}

export function alertMessage(
  email: AlertEmail,
  options: { from: string; siteUrl: string; unsubscribeToken: string },
): Mail.Options {
  const link = new URL(email.path, options.siteUrl).toString();
  const { unsubscribe, settings, headers, list } = unsubscribeParts(options);
  return {
    from: options.from,
    to: email.to,
    subject: email.summary.length > 140 ? `${email.summary.slice(0, 139)}…` : email.summary,
    text: `${email.summary}\n\n${link}\n\n${email.reason}. Change what you receive: ${settings}\nUnsubscribe from these emails: ${unsubscribe}\n`,
    html:
      `<p>${escapeHtml(email.summary)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` +
      `<p style="color:#555">${escapeHtml(email.reason)}. <a href="${escapeHtml(settings)}">Change what you receive</a> · ` +
      `<a href="${escapeHtml(unsubscribe)}">Unsubscribe</a></p>`,
    headers,
    list,
  };
}
