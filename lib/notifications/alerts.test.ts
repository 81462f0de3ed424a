// Alerts end to end below the browser: a change event becomes notifications for followers (by trigger and worker)
// and exactly one email each through a real SMTP server, whatever fails or races.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordChange } from '@/lib/changes/record-change';
import { createDbClient } from '@/lib/db/client';
import { createMailer, type Mailer } from '@/lib/email/transport';
import { mailHeader, startTestSmtpServer, type TestSmtpServer } from '@/lib/email/smtp-test-server';
import { verifyUnsubscribeToken } from '@/lib/email/unsubscribe-token';
import { createWorker, jobConcurrencyFor } from '@/lib/jobs/worker';
import { alertJobHandlers } from '@/lib/notifications/job-handlers';
import { ownTestDb } from '@/lib/test/db';
import { createMeasure, createPerson, uniqueSlug } from '@/prisma/factories';

// A database of this file's own: its workers drain every queued job, which on the shared one would include the
// jobs of every other file's writes.
const { db, url: ownUrl } = ownTestDb();
const SECRET = 'alerts-test-secret-at-least-32-characters-long';
const mailers: Mailer[] = [];

async function workerFor(smtpUrl: string | null, client = db) {
  const mailer = smtpUrl ? createMailer(smtpUrl) : null;
  if (mailer) mailers.push(mailer);
  return createWorker({
    db: client,
    handlers: alertJobHandlers({
      db: client,
      mailer,
      from: 'Tracker <alerts@example.test>',
      siteUrl: 'https://tracker.example.test',
      secret: SECRET,
    }),
    concurrency: await jobConcurrencyFor(client),
    log: process.env.ALERTS_TEST_LOG ? console.log : () => {},
  });
}

const drain = async (smtpUrl: string | null) => (await workerFor(smtpUrl)).drain();

const member = (name: string) => db.user.create({ data: { email: `${uniqueSlug(name)}@example.test` } });

async function statusChange(measureId: number) {
  await recordChange(db, {
    actorLabel: 'test',
    entityType: 'measure',
    entityId: measureId,
    operation: 'update',
    measureId,
    before: { stage: 'introduced' },
    after: { stage: 'adopted' },
  });
}

const mailTo = (server: TestSmtpServer, email: string) =>
  server.messages.filter((message) => message.to.includes(email));

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer(0);
});
afterAll(async () => {
  for (const mailer of mailers) mailer.close();
  await smtp.close();
});

describe('notifications from change events', () => {
  it('tells the followers of a measure, its sponsor and its body once each, and not the others', async () => {
    const sponsor = await createPerson(db, { name: 'Ada Sponsor' });
    const measure = await createMeasure(db, {
      identifier: 'Res. 7',
      title: 'Calling for alerts',
      sponsors: [{ personId: sponsor.id }],
    });
    const [byMeasure, byPerson, byBody, both, bystander] = await Promise.all(
      ['m', 'p', 'b', 'both', 'none'].map(member),
    );
    await db.follow.createMany({
      data: [
        { userId: byMeasure!.id, measureId: measure.id },
        { userId: byPerson!.id, personId: sponsor.id },
        { userId: byBody!.id, bodyId: measure.originBodyId },
        { userId: both!.id, measureId: measure.id },
        { userId: both!.id, personId: sponsor.id },
      ],
    });
    await statusChange(measure.id);
    await drain(null);

    const notes = await db.notification.findMany({ where: { measureId: measure.id }, orderBy: { userId: 'asc' } });
    expect(notes.map((note) => note.userId).sort()).toEqual([byMeasure!.id, byPerson!.id, byBody!.id, both!.id].sort());
    expect(notes[0]!.summary).toBe('Res. 7: Calling for alerts — Status changed: stage introduced → adopted');
    expect(notes.find((note) => note.userId === both!.id)!.reason).toBe('You follow Res. 7: Calling for alerts');
    expect(notes.find((note) => note.userId === byPerson!.id)!.reason).toBe('You follow Ada Sponsor');
    expect(notes.every((note) => note.path === `/measures/${measure.slug}` && note.readAt === null)).toBe(true);
    expect(await db.notification.count({ where: { userId: bystander!.id } })).toBe(0);
    // Without SMTP no email job is queued.
    expect(
      await db.job.count({
        where: { kind: 'email', key: { in: notes.map((note) => `email:notification:${note.id}`) } },
      }),
    ).toBe(0);
  });

  it('tells a member whose saved search the measure is in, once, and not one whose search it is not in', async () => {
    const measure = await createMeasure(db, {
      identifier: 'Res. 8',
      title: 'Calling for wildflower meadows',
      type: 'resolution',
    });
    const [saver, other, follower] = await Promise.all(['saver', 'other', 'follower'].map(member));
    await db.savedSearch.createMany({
      data: [
        { userId: saver!.id, name: 'Meadows', query: 'q=wildflower+meadows&type=resolution' },
        { userId: other!.id, name: 'Bills on meadows', query: 'q=wildflower&type=bill' },
        { userId: follower!.id, name: 'Meadows too', query: 'q=meadows' },
      ],
    });
    await db.follow.create({ data: { userId: follower!.id, measureId: measure.id } });
    await statusChange(measure.id);
    await drain(null);

    const notes = await db.notification.findMany({ where: { measureId: measure.id } });
    expect(notes.find((note) => note.userId === saver!.id)?.reason).toBe('It is in your saved search “Meadows”');
    expect(notes.filter((note) => note.userId === follower!.id).map((note) => note.reason)).toEqual([
      'You follow Res. 8: Calling for wildflower meadows',
    ]);
    expect(notes.some((note) => note.userId === other!.id)).toBe(false);
  });

  it('does not tell the member who made the change', async () => {
    const measure = await createMeasure(db);
    const editor = await member('editor');
    await db.follow.create({ data: { userId: editor.id, measureId: measure.id } });
    await recordChange(db, {
      actorId: editor.id,
      entityType: 'action',
      entityId: 1,
      operation: 'create',
      measureId: measure.id,
      after: { text: 'Adopted' },
    });
    await drain(null);
    expect(await db.notification.count({ where: { userId: editor.id } })).toBe(0);
  });
});

describe('email', () => {
  it('sends one email per follower with one-click unsubscribe headers', async () => {
    const measure = await createMeasure(db, { title: 'Emailed resolution' });
    const follower = await member('mailed');
    const quiet = await member('quiet');
    await db.follow.createMany({
      data: [
        { userId: follower.id, measureId: measure.id },
        { userId: quiet.id, measureId: measure.id },
      ],
    });
    await db.notificationPreference.create({ data: { userId: quiet.id, email: 'off' } });
    await statusChange(measure.id);
    await drain(smtp.url);

    const mail = mailTo(smtp, follower.email);
    expect(mail).toHaveLength(1);
    expect(mailTo(smtp, quiet.email)).toHaveLength(0);
    expect(await db.notification.count({ where: { userId: quiet.id } })).toBe(1); // in the app all the same
    const raw = mail[0]!.raw;
    expect(mailHeader(raw, 'Subject')).toBe('Emailed resolution — Status changed: stage introduced → adopted');
    expect(mailHeader(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const token = decodeURIComponent(
      mailHeader(raw, 'List-Unsubscribe')?.match(
        /^<https:\/\/tracker\.example\.test\/api\/unsubscribe\?token=([^>]+)>/,
      )?.[1] ?? '',
    );
    expect(verifyUnsubscribeToken(SECRET, token)).toBe(follower.id);
  });

  it('delays mail while SMTP is down and sends it once when it is back', async () => {
    const measure = await createMeasure(db);
    const follower = await member('outage');
    await db.follow.create({ data: { userId: follower.id, measureId: measure.id } });
    await statusChange(measure.id);

    const down = 'smtp://127.0.0.1:3861'; // nothing listens here yet
    await drain(down);
    const note = await db.notification.findFirstOrThrow({ where: { userId: follower.id } });
    const key = `email:notification:${note.id}`;
    const waiting = await db.job.findUniqueOrThrow({ where: { key } });
    expect(waiting).toMatchObject({ attempts: 1, doneAt: null, failedAt: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    expect(waiting.runAt.getTime()).toBeGreaterThan(Date.now()); // backed off

    const back = await startTestSmtpServer(3861);
    try {
      await drain(down);
      expect(back.messages).toHaveLength(0); // not due yet
      await db.job.update({ where: { key }, data: { runAt: new Date() } }); // the backoff has passed
      await drain(down);
      expect(mailTo(back, follower.email)).toHaveLength(1);
      expect(await db.job.findUniqueOrThrow({ where: { key } })).toMatchObject({ attempts: 2, lastError: null });

      // Run again by hand (as after a crash before the job was marked done): the delivery record stops it.
      await db.job.update({ where: { key }, data: { doneAt: null, runAt: new Date() } });
      await drain(down);
      expect(mailTo(back, follower.email)).toHaveLength(1);
    } finally {
      await back.close();
    }
  });

  it('two workers on separate connections racing over the same jobs send each email once', async () => {
    const measure = await createMeasure(db);
    const followers = await Promise.all(Array.from({ length: 20 }, (_, i) => member(`race${i}`)));
    await db.follow.createMany({ data: followers.map((user) => ({ userId: user.id, measureId: measure.id })) });
    await statusChange(measure.id);

    const other = createDbClient(ownUrl(), 5);
    try {
      const [a, b] = [await workerFor(smtp.url), await workerFor(smtp.url, other)];
      await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
    } finally {
      await other.$disconnect();
    }
    for (const user of followers) expect(mailTo(smtp, user.email)).toHaveLength(1);
    expect(
      await db.emailDelivery.count({
        where: { userId: { in: followers.map((user) => user.id) }, sentAt: { not: null } },
      }),
    ).toBe(20);
  });
});
