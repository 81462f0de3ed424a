-- The dashboard's feed index (lib/dashboard/followed.ts) has the old one's columns first, so it takes over its
-- work: built before the old one is dropped.

-- CreateIndex
CREATE INDEX "ChangeEvent_measureId_at_id_entityType_actorId_idx" ON "ChangeEvent"("measureId", "at", "id", "entityType", "actorId");

-- DropIndex
DROP INDEX "ChangeEvent_measureId_at_idx";
