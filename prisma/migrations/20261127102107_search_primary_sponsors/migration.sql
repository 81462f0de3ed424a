-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "primarySponsorIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateIndex
CREATE INDEX "Measure_primarySponsorIds_idx" ON "Measure" USING GIN ("primarySponsorIds");

-- Hand-written (the schema engine does not model triggers): a statement trigger on Sponsorship keeps each touched
-- measure's "primarySponsorIds" (its primary sponsors' person ids, in order), so the search counts and filters the
-- sponsor facet from the measure's own row instead of one Sponsorship lookup per match. A measure is written only
-- when its list changes. The body is an E'' string with its semicolons written \073 (see migration ..._alerts).
CREATE FUNCTION "measure_primary_sponsors_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN UPDATE "Measure" m SET "primarySponsorIds" = s."ids" FROM (SELECT t."measureId", coalesce((SELECT array_agg(DISTINCT sp."personId") FROM "Sponsorship" sp WHERE sp."measureId" = t."measureId" AND sp."kind" = ''primary'' AND sp."personId" IS NOT NULL), ARRAY[]::INTEGER[]) AS "ids" FROM (SELECT DISTINCT "measureId" FROM changed_sponsorships) t) s WHERE m."id" = s."measureId" AND m."primarySponsorIds" IS DISTINCT FROM s."ids"\073 RETURN NULL\073 END\073';

CREATE TRIGGER "Sponsorship_primary_sponsors_insert" AFTER INSERT ON "Sponsorship"
REFERENCING NEW TABLE AS changed_sponsorships FOR EACH STATEMENT EXECUTE FUNCTION "measure_primary_sponsors_refresh"();
CREATE TRIGGER "Sponsorship_primary_sponsors_update_new" AFTER UPDATE ON "Sponsorship"
REFERENCING NEW TABLE AS changed_sponsorships FOR EACH STATEMENT EXECUTE FUNCTION "measure_primary_sponsors_refresh"();
CREATE TRIGGER "Sponsorship_primary_sponsors_update_old" AFTER UPDATE ON "Sponsorship"
REFERENCING OLD TABLE AS changed_sponsorships FOR EACH STATEMENT EXECUTE FUNCTION "measure_primary_sponsors_refresh"();
CREATE TRIGGER "Sponsorship_primary_sponsors_delete" AFTER DELETE ON "Sponsorship"
REFERENCING OLD TABLE AS changed_sponsorships FOR EACH STATEMENT EXECUTE FUNCTION "measure_primary_sponsors_refresh"();

-- Measures saved before this migration.
UPDATE "Measure" m SET "primarySponsorIds" = s."ids"
FROM (SELECT "measureId", array_agg(DISTINCT "personId") AS "ids" FROM "Sponsorship"
      WHERE "kind" = 'primary' AND "personId" IS NOT NULL GROUP BY "measureId") s
WHERE m."id" = s."measureId";
