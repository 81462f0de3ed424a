-- CreateEnum
CREATE TYPE "EmailFrequency" AS ENUM ('immediate', 'daily', 'weekly', 'off');

-- CreateTable
CREATE TABLE "Job" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 10,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "doneAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" BIGSERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "changeEventId" BIGINT NOT NULL,
    "measureId" INTEGER,
    "summary" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "email" "EmailFrequency" NOT NULL DEFAULT 'immediate',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "EmailDelivery" (
    "id" BIGSERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "messageId" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Job_key_key" ON "Job"("key");

-- CreateIndex
CREATE INDEX "Job_doneAt_failedAt_runAt_idx" ON "Job"("doneAt", "failedAt", "runAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_id_idx" ON "Notification"("userId", "readAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_changeEventId_userId_key" ON "Notification"("changeEventId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "EmailDelivery_topic_userId_key" ON "EmailDelivery"("topic", "userId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailDelivery" ADD CONSTRAINT "EmailDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every change event queues its fan-out job in the same transaction as the write that recorded it, so an alert
-- is never missed whatever code path wrote the change (hand-written: the schema engine does not model triggers).
-- Changes that concern no follower (follows, saved searches, private positions, accounts) and the seed's own
-- loading are not queued.
-- The body is an E'' string with its semicolons written \073: the schema engine that replays migrations into its
-- shadow database splits scripts at every semicolon, even inside a dollar-quoted body.
CREATE FUNCTION "enqueue_change_fanout"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "Job" ("kind", "key", "payload", "runAt") VALUES (''fanout'', ''fanout:'' || NEW."id", jsonb_build_object(''changeEventId'', NEW."id"::text), now() AT TIME ZONE ''UTC'') ON CONFLICT ("key") DO NOTHING\073 RETURN NULL\073 END\073';

CREATE TRIGGER "ChangeEvent_enqueue_fanout"
  AFTER INSERT ON "ChangeEvent"
  FOR EACH ROW
  WHEN (NEW."entityType" NOT IN ('follow', 'savedSearch', 'position', 'user', 'campaign', 'campaignMeasure')
        AND NEW."actorLabel" IS DISTINCT FROM 'seed')
  EXECUTE FUNCTION "enqueue_change_fanout"();
