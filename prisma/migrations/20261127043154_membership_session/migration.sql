-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "sessionId" INTEGER;

-- CreateIndex
CREATE INDEX "Membership_sessionId_idx" ON "Membership"("sessionId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LegislativeSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;
