// One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` to the link in the
// List-Unsubscribe header, without cookies; the signed token is the authority. The confirm page's form posts here
// too. A GET (a person clicking the link, or a scanner fetching it) only shows the confirm page: it changes nothing.
import { authEnv } from '@/lib/auth/env';
import { db } from '@/lib/db';
import { unsubscribeWithToken } from '@/lib/notifications/unsubscribe';

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export async function GET(request: Request) {
  const url = new URL(request.url);
  const confirm = new URL('/unsubscribe', url);
  const token = url.searchParams.get('token');
  if (token) confirm.searchParams.set('token', token);
  return Response.redirect(confirm, 303);
}

export async function POST(request: Request) {
  const url = new URL(request.url);
  const form = await request.formData().catch(() => new FormData());
  const token = url.searchParams.get('token') ?? form.get('token');
  if (typeof token !== 'string' || !token) return text('Missing token: use the unsubscribe link from an email.', 400);
  const email = await unsubscribeWithToken(db, authEnv().secret, token);
  if (!email)
    return text('This unsubscribe link is not valid. Turn email off in your account’s notification settings.', 400);
  if (form.get('List-Unsubscribe') === 'One-Click')
    return text(`Unsubscribed: ${email} gets no more alert emails.`, 200);
  return Response.redirect(new URL('/unsubscribe?done=1', url), 303);
}
