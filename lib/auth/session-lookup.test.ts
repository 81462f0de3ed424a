import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { uniqueSlug } from '@/prisma/factories';
import { viewerForSessionToken } from './session-lookup';

const db = getTestDb();

async function sessionFor(data: { role?: 'member' | 'editor'; deactivatedAt?: Date; expires?: Date }) {
  const user = await db.user.create({
    data: {
      email: `${uniqueSlug('s')}@example.test`,
      name: 'Session Holder',
      role: data.role ?? 'member',
      deactivatedAt: data.deactivatedAt,
    },
  });
  const sessionToken = randomUUID();
  await db.session.create({
    data: { sessionToken, userId: user.id, expires: data.expires ?? new Date(Date.now() + 3_600_000) },
  });
  return { user, sessionToken };
}

describe('viewerForSessionToken', () => {
  it('gives the user of an unexpired session, with their role', async () => {
    const { user, sessionToken } = await sessionFor({ role: 'editor' });
    expect(await viewerForSessionToken(sessionToken)).toEqual({
      id: user.id,
      email: user.email,
      name: 'Session Holder',
      role: 'editor',
    });
  });

  it('gives nobody for no cookie, an unknown token, an expired session or a deactivated user', async () => {
    expect(await viewerForSessionToken(undefined)).toBeNull();
    expect(await viewerForSessionToken(randomUUID())).toBeNull();
    expect(
      await viewerForSessionToken((await sessionFor({ expires: new Date(Date.now() - 1000) })).sessionToken),
    ).toBeNull();
    expect(await viewerForSessionToken((await sessionFor({ deactivatedAt: new Date() })).sessionToken)).toBeNull();
  });
});
