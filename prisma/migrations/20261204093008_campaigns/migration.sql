-- CreateEnum
CREATE TYPE "CampaignRole" AS ENUM ('LEAD', 'ENDORSEMENT', 'COMPANION', 'OPPOSING', 'STATE_COUNTERPART');

-- CreateEnum
CREATE TYPE "CampaignMemberStatus" AS ENUM ('CONFIRMED', 'PROPOSED');

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "CampaignMeasure" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "confirmedById" TEXT,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "note" TEXT,
ADD COLUMN     "proposedById" TEXT,
ADD COLUMN     "role" "CampaignRole" NOT NULL DEFAULT 'ENDORSEMENT',
ADD COLUMN     "status" "CampaignMemberStatus" NOT NULL DEFAULT 'CONFIRMED';

-- AlterTable
ALTER TABLE "Follow" ADD COLUMN     "campaignId" INTEGER;

-- CreateTable
CREATE TABLE "PlaceDistrict" (
    "id" SERIAL NOT NULL,
    "jurisdictionId" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlaceDistrict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureTemplate" (
    "measureId" INTEGER NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "MeasureTemplate_pkey" PRIMARY KEY ("measureId")
);

-- CreateIndex
CREATE INDEX "PlaceDistrict_state_district_idx" ON "PlaceDistrict"("state", "district");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceDistrict_jurisdictionId_state_district_key" ON "PlaceDistrict"("jurisdictionId", "state", "district");

-- CreateIndex
CREATE INDEX "MeasureTemplate_normalized_trgm_idx" ON "MeasureTemplate" USING GIN ("normalized" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Follow_campaignId_idx" ON "Follow"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_campaignId_key" ON "Follow"("userId", "campaignId");

-- AddForeignKey
ALTER TABLE "CampaignMeasure" ADD CONSTRAINT "CampaignMeasure_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignMeasure" ADD CONSTRAINT "CampaignMeasure_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceDistrict" ADD CONSTRAINT "PlaceDistrict_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureTemplate" ADD CONSTRAINT "MeasureTemplate_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Template matching (lib/campaigns/templates.ts): a measure's title and text with what differs between councils
-- adopting the same resolution stripped (capitalised words: names of places, people and months; numbers; dates;
-- punctuation), lower-cased, at most 4,000 characters. Kept by a trigger, never written by the app.
CREATE OR REPLACE FUNCTION measure_template_text(title TEXT, body TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT left(btrim(regexp_replace(lower(regexp_replace(
    coalesce(title, '') || ' ' || coalesce(body, ''),
    '\m[[:upper:]][[:alpha:]''’.-]*|[[:digit:]]+', ' ', 'g')), '[^[:alpha:]]+', ' ', 'g')), 4000)
$$;

CREATE OR REPLACE FUNCTION measure_template_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "MeasureTemplate" ("measureId", "normalized")
  VALUES (NEW."id", measure_template_text(NEW."title", NEW."text"))
  ON CONFLICT ("measureId") DO UPDATE SET "normalized" = EXCLUDED."normalized"
  WHERE "MeasureTemplate"."normalized" IS DISTINCT FROM EXCLUDED."normalized";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Measure_template_insert" AFTER INSERT ON "Measure"
  FOR EACH ROW EXECUTE FUNCTION measure_template_sync();
CREATE TRIGGER "Measure_template_update" AFTER UPDATE OF "title", "text" ON "Measure"
  FOR EACH ROW WHEN (OLD."title" IS DISTINCT FROM NEW."title" OR OLD."text" IS DISTINCT FROM NEW."text")
  EXECUTE FUNCTION measure_template_sync();

INSERT INTO "MeasureTemplate" ("measureId", "normalized")
SELECT "id", measure_template_text("title", "text") FROM "Measure";
