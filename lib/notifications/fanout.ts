// Fan-out of one change event: a notification for every active member who follows the measure, or a person or
// body it concerns, or a campaign the measure is in, or who saved a search the measure is in; an email job for those who take email immediately,
// and a delivery job per webhook they have. One INSERT ... SELECT for all of them, so a change followed by 10,000
// members is queued in one statement; its unique keys make a retry harmless.
import type { DbTx } from '@/lib/changes/record-change';
import { describeChange } from '@/lib/notifications/describe-change';
import { savedSearchesMatching } from '@/lib/saved-searches/matching';

type Subject = { measureId: number | null; personIds: number[]; bodyIds: number[]; label: string; path: string };

const idOf = (value: unknown) => (typeof value === 'number' ? value : null);

/** What the event concerns: the measure, its sponsors and addressees, its bodies; or the person or body itself. */
async function subjectOf(
  db: DbTx,
  event: { entityType: string; entityId: string; measureId: number | null; before: unknown; after: unknown },
): Promise<Subject | null> {
  if (event.measureId) {
    const measure = await db.measure.findUnique({
      where: { id: event.measureId },
      select: {
        slug: true,
        identifier: true,
        title: true,
        originBodyId: true,
        currentBodyId: true,
        sponsorships: { select: { personId: true, bodyId: true } },
        targets: { select: { personId: true, bodyId: true } },
      },
    });
    if (!measure) return null; // deleted: its follows went with it
    const links = [...measure.sponsorships, ...measure.targets];
    return {
      measureId: event.measureId,
      personIds: links.flatMap((link) => (link.personId ? [link.personId] : [])),
      bodyIds: [measure.originBodyId, measure.currentBodyId, ...links.map((link) => link.bodyId)].filter(
        (id): id is number => id != null,
      ),
      label: measure.identifier ? `${measure.identifier}: ${measure.title}` : measure.title,
      path: `/measures/${measure.slug}`,
    };
  }
  const record = {
    ...(event.before as Record<string, unknown> | null),
    ...(event.after as Record<string, unknown> | null),
  };
  const personId = event.entityType === 'person' ? Number(event.entityId) : idOf(record.personId);
  const bodyId = event.entityType === 'body' ? Number(event.entityId) : idOf(record.bodyId);
  if (personId) {
    const person = await db.person.findUnique({ where: { id: personId }, select: { slug: true, name: true } });
    if (person)
      return {
        measureId: null,
        personIds: [personId],
        bodyIds: bodyId ? [bodyId] : [],
        label: person.name,
        path: `/people/${person.slug}`,
      };
  }
  if (bodyId) {
    const body = await db.body.findUnique({ where: { id: bodyId }, select: { slug: true, name: true } });
    if (body)
      return { measureId: null, personIds: [], bodyIds: [bodyId], label: body.name, path: `/bodies/${body.slug}` };
  }
  return null;
}

/** Creates the notifications (and immediate email jobs) of one change event; the number of notifications made. */
export async function fanOutChange(db: DbTx, changeEventId: bigint, options: { email: boolean }): Promise<number> {
  const event = await db.changeEvent.findUnique({ where: { id: changeEventId } });
  if (!event) return 0;
  const subject = await subjectOf(db, event);
  if (!subject) return 0;
  const summary = `${subject.label} — ${describeChange(event)}`;
  const now = new Date();
  const saved = subject.measureId ? await savedSearchesMatching(db, subject.measureId) : [];
  // A member who follows several of the things concerned is told once, for the closest one (the measure first, a
  // saved search last).
  const rows = await db.$queryRaw<{ made: bigint }[]>`
    WITH candidates AS (
      SELECT f."userId",
        CASE WHEN f."measureId" IS NOT NULL THEN ${`You follow ${subject.label}`}
             WHEN f."personId" IS NOT NULL THEN 'You follow ' || p."name"
             ELSE 'You follow ' || b."name" END AS "reason",
        CASE WHEN f."measureId" IS NOT NULL THEN 0 WHEN f."personId" IS NOT NULL THEN 1 ELSE 2 END AS "closeness"
      FROM "Follow" f
      LEFT JOIN "Person" p ON p."id" = f."personId"
      LEFT JOIN "Body" b ON b."id" = f."bodyId"
      WHERE (f."measureId" = ${subject.measureId} OR f."personId" = ANY(${subject.personIds}::int[]) OR f."bodyId" = ANY(${subject.bodyIds}::int[]))
      UNION ALL
      SELECT f."userId", 'You follow the campaign ' || c."name", 3
      FROM "CampaignMeasure" cm
      JOIN "Campaign" c ON c."id" = cm."campaignId"
      JOIN "Follow" f ON f."campaignId" = cm."campaignId"
      WHERE cm."measureId" = ${subject.measureId} AND cm."status" = 'CONFIRMED'
      UNION ALL
      SELECT s."userId", 'It is in your saved search “' || s."name" || '”', 4
      FROM unnest(${saved.map((match) => match.userId)}::text[], ${saved.map((match) => match.name)}::text[]) AS s("userId", "name")
    ), recipients AS (
      SELECT DISTINCT ON (c."userId") c."userId", c."reason"
      FROM candidates c
      JOIN "User" u ON u."id" = c."userId" AND u."deactivatedAt" IS NULL
      WHERE c."userId" IS DISTINCT FROM ${event.actorId}
      ORDER BY c."userId", c."closeness"
    ), made AS (
      INSERT INTO "Notification" ("userId", "changeEventId", "measureId", "summary", "path", "reason", "createdAt")
      SELECT r."userId", ${changeEventId}, ${subject.measureId}, ${summary}, ${subject.path}, r."reason", ${now} FROM recipients r
      ON CONFLICT ("changeEventId", "userId") DO NOTHING
      RETURNING "id", "userId"
    ), queued AS (
      INSERT INTO "Job" ("kind", "key", "payload", "runAt", "createdAt")
      SELECT 'email', 'email:notification:' || m."id", jsonb_build_object('notificationId', m."id"::text), ${now}, ${now}
      FROM made m LEFT JOIN "NotificationPreference" pref ON pref."userId" = m."userId"
      WHERE ${options.email} AND COALESCE(pref."email", 'immediate') = 'immediate'
      ON CONFLICT ("key") DO NOTHING
      RETURNING 1
    ), hooks AS (
      INSERT INTO "WebhookDelivery" ("webhookId", "notificationId", "createdAt")
      SELECT w."id", m."id", ${now} FROM made m JOIN "Webhook" w ON w."userId" = m."userId"
      ON CONFLICT ("webhookId", "notificationId") DO NOTHING
      RETURNING "id"
    ), hook_jobs AS (
      INSERT INTO "Job" ("kind", "key", "payload", "runAt", "createdAt")
      SELECT 'webhook', 'webhook:' || h."id", jsonb_build_object('deliveryId', h."id"::text), ${now}, ${now} FROM hooks h
      ON CONFLICT ("key") DO NOTHING
      RETURNING 1
    )
    SELECT count(*) AS "made" FROM made`;
  return Number(rows[0]?.made ?? 0);
}
