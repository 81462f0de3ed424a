-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Outcome" ADD VALUE 'became_law';
ALTER TYPE "Outcome" ADD VALUE 'vetoed';
ALTER TYPE "Outcome" ADD VALUE 'pocket_vetoed';
ALTER TYPE "Outcome" ADD VALUE 'veto_overridden';

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "finalBodyId" INTEGER,
ADD COLUMN     "lawNumber" TEXT,
ADD COLUMN     "lawType" TEXT,
ADD COLUMN     "outcomeDate" DATE,
ADD COLUMN     "recordLaws" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "recordUpdatedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Measure_finalBodyId_idx" ON "Measure"("finalBodyId");

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_finalBodyId_fkey" FOREIGN KEY ("finalBodyId") REFERENCES "Body"("id") ON DELETE SET NULL ON UPDATE CASCADE;
