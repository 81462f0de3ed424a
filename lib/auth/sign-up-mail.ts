// The two mails of sign-up. The form answers alike whether or not the address already has an account, so the page
// cannot tell anyone which addresses are members; the address's owner learns which case it was from the mail:
// a welcome for a new account, or a notice that someone tried to create a second one.
import type Mail from 'nodemailer/lib/mailer';

export type SignUpMailOptions = { from: string; siteUrl: string };

function signInLink(siteUrl: string): string {
  return new URL('/sign-in', siteUrl).toString();
}

export function welcomeMessage(to: string, options: SignUpMailOptions): Mail.Options {
  const link = signInLink(options.siteUrl);
  return {
    from: options.from,
    to,
    subject: 'Your Resolution Tracker account is ready',
    text: `Your account on Resolution Tracker has been created with this address.\n\nSign in with your email and the password you chose: ${link}\n\nIf you did not create it, you can ignore this message.\n`,
  };
}

export function existingAccountNotice(to: string, options: SignUpMailOptions): Mail.Options {
  const link = signInLink(options.siteUrl);
  return {
    from: options.from,
    to,
    subject: 'Someone tried to create a Resolution Tracker account with your address',
    text:
      `Someone, perhaps you, asked to create an account on Resolution Tracker with this address. It already has an ` +
      `account, so nothing was created and nothing about your account was changed.\n\n` +
      `If it was you, sign in instead: ${link} (or ask for a sign-in link by email there).\n\n` +
      `If it was not you, you need do nothing.\n`,
  };
}
