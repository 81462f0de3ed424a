// The SMTP transport for alert mail: pooled connections (one TLS handshake for many messages) and timeouts well
// below the job lease (lib/jobs/worker.ts), so a hung server fails the job instead of letting a second worker in.
import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '@/lib/config/env';

export type Mailer = Pick<Transporter, 'sendMail' | 'close'>;

/** Concurrent SMTP connections (SMTP_POOL_SIZE, default 10): a round trip per command, so throughput scales with them. */
export function smtpPoolSize(): number {
  return config().smtpPoolSize;
}

export function createMailer(smtpUrl: string, poolSize = smtpPoolSize()): Mailer {
  const url = new URL(smtpUrl);
  return nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    pool: true,
    maxConnections: poolSize,
    maxMessages: Infinity,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    // Local test servers and sinks speak plain SMTP; a real relay offers STARTTLS and nodemailer takes it.
    tls: { rejectUnauthorized: url.hostname !== '127.0.0.1' && url.hostname !== 'localhost' },
  });
}
