// What a receiver checks: `X-RT-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<body>">` with the webhook's secret,
// and `X-RT-Timestamp` (Unix seconds) within a few minutes of its clock, so a captured delivery cannot be replayed.
// The secret is kept encrypted (AES-256-GCM, key derived from AUTH_SECRET) since it must be used, not just compared.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_TOLERANCE_S = 300;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

export function signPayload(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The receiver's check, as documented for members (and used by the tests). */
export function verifySignature(
  secret: string,
  header: { signature: string | null; timestamp: string | null },
  body: string,
  nowS = Math.floor(Date.now() / 1000),
): boolean {
  const timestamp = Number(header.timestamp);
  if (!header.signature || !Number.isInteger(timestamp) || Math.abs(nowS - timestamp) > SIGNATURE_TOLERANCE_S)
    return false;
  const expected = Buffer.from(signPayload(secret, timestamp, body));
  const given = Buffer.from(header.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const keyFrom = (authSecret: string) =>
  createHmac('sha256', authSecret).update('resolution-tracker/webhook-secret/v1').digest();

export function encryptSecret(authSecret: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(authSecret), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url')).join('.');
}

export function decryptSecret(authSecret: string, stored: string): string {
  const [iv, tag, data] = stored.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', keyFrom(authSecret), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(data!), decipher.final()]).toString('utf8');
}
