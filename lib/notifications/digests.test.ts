import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordChange } from '@/lib/changes/record-change';
import { createMailer, type Mailer } from '@/lib/email/transport';
import {
  decodeQuotedPrintable,
  mailHeader,
  startTestSmtpServer,
  type TestSmtpServer,
} from '@/lib/email/smtp-test-server';
import { createWorker } from '@/lib/jobs/worker';
import { lastEndedPeriod, periodOfKey } from '@/lib/notifications/digest-period';
import { scheduleDigestPlans } from '@/lib/notifications/digests';
import { alertJobHandlers } from '@/lib/notifications/job-handlers';
import { ownTestDb } from '@/lib/test/db';
import { createMeasure, uniqueSlug } from '@/prisma/factories';

// A database of this file's own: its workers drain every queued job, which on the shared one would include the
// jobs of every other file's writes.
const { db } = ownTestDb();
let smtp: TestSmtpServer;
let mailer: Mailer;
beforeAll(async () => {
  smtp = await startTestSmtpServer(0);
  mailer = createMailer(smtp.url);
});
afterAll(async () => {
  mailer.close();
  await smtp.close();
});

const drain = () =>
  createWorker({
    db,
    handlers: alertJobHandlers({
      db,
      mailer,
      from: 'Tracker <alerts@example.test>',
      siteUrl: 'https://tracker.example.test',
      secret: 'digest-test-secret-at-least-32-characters',
    }),
    concurrency: 1,
    log: process.env.ALERTS_TEST_LOG ? console.log : () => {},
  }).drain();

describe('digest periods', () => {
  it('names the last ended day and ISO week in UTC', () => {
    const friday = new Date('2026-11-27T08:00:00Z');
    expect(lastEndedPeriod('daily', friday)).toMatchObject({
      key: 'digest:daily:2026-11-26',
      end: new Date('2026-11-27T00:00:00Z'),
    });
    expect(lastEndedPeriod('weekly', friday)).toMatchObject({
      key: 'digest:weekly:2026-11-16',
      start: new Date('2026-11-16T00:00:00Z'),
      end: new Date('2026-11-23T00:00:00Z'),
    });
    expect(lastEndedPeriod('weekly', new Date('2026-11-23T00:00:01Z')).key).toBe('digest:weekly:2026-11-16');
    expect(periodOfKey('digest:weekly:2026-11-16')).toEqual(lastEndedPeriod('weekly', friday));
    expect(periodOfKey('digest:hourly:2026-11-16')).toBeNull();
  });
});

describe('digests', () => {
  it('sends a daily member one email with the day’s changes grouped by page, once, and no immediate email', async () => {
    const now = new Date();
    const day = lastEndedPeriod('daily', now);
    const [first, second] = [
      await createMeasure(db, { identifier: 'Res. 1', title: 'First' }),
      await createMeasure(db, { identifier: 'Res. 2', title: 'Second' }),
    ];
    const [daily, weekly] = await Promise.all(
      ['daily', 'weekly'].map((name) => db.user.create({ data: { email: `${uniqueSlug(name)}@example.test` } })),
    );
    await db.notificationPreference.createMany({
      data: [
        { userId: daily!.id, email: 'daily' },
        { userId: weekly!.id, email: 'weekly' },
      ],
    });
    await db.follow.createMany({
      data: [daily!, weekly!].flatMap((user) => [
        { userId: user.id, measureId: first.id },
        { userId: user.id, measureId: second.id },
      ]),
    });
    for (const [measure, text] of [
      [first, 'Introduced'],
      [first, 'Adopted'],
      [second, 'Referred'],
    ] as const) {
      await recordChange(db, {
        actorLabel: 'test',
        entityType: 'action',
        entityId: 1,
        operation: 'create',
        measureId: measure.id,
        after: { text },
      });
    }
    await drain();
    expect(smtp.messages).toHaveLength(0); // nobody here takes immediate email
    // The notifications belong to the day that has just ended.
    await db.notification.updateMany({
      where: { userId: { in: [daily!.id, weekly!.id] } },
      data: { createdAt: new Date(day.start.getTime() + 3_600_000) },
    });

    await scheduleDigestPlans(db, now);
    await drain();
    await scheduleDigestPlans(db, now); // a second worker, a minute later: planned once
    await drain();

    const mail = smtp.messages.filter((message) => message.to.includes(daily!.email));
    expect(mail).toHaveLength(1);
    expect(mailHeader(mail[0]!.raw, 'Subject')).toBe(
      `Your daily digest for ${day.start.toISOString().slice(0, 10)}: 3 changes`,
    );
    expect(mailHeader(mail[0]!.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    // The text part: one section per page, its changes listed above its link.
    const sections = decodeQuotedPrintable(mail[0]!.raw).split(/\r?\n\r?\n/);
    const sectionOf = (slug: string) =>
      sections
        .find((section) => section.includes(`https://tracker.example.test/measures/${slug}`))
        ?.split(/\r?\n/)
        .sort();
    expect(sectionOf(first.slug)).toEqual([
      '  https://tracker.example.test/measures/' + first.slug,
      '- Res. 1: First — Action added: Adopted',
      '- Res. 1: First — Action added: Introduced',
    ]);
    expect(sectionOf(second.slug)).toEqual([
      '  https://tracker.example.test/measures/' + second.slug,
      '- Res. 2: Second — Action added: Referred',
    ]);
    expect(smtp.messages.filter((message) => message.to.includes(weekly!.email))).toHaveLength(0); // the week has not ended
  });
});
