-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "originBodyName" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Measure_title_id_idx" ON "Measure"("title", "id");

-- CreateIndex
CREATE INDEX "Measure_originBodyName_id_idx" ON "Measure"("originBodyName", "id");

-- Hand-written (the schema engine does not model functions or triggers). The measures list sorts by body name;
-- ordering measures by a joined table's column read and sorted every matching measure (scripts/bench/plans.ts), so
-- each measure carries its origin body's name, kept here and never by the app. Bodies are E'' strings with their
-- semicolons written \073 (see migration ..._alerts).

-- A measure takes its origin body's name when it is created or moves to another body (and cannot be given another).
CREATE FUNCTION "measure_origin_body_name"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN NEW."originBodyName" := (SELECT b."name" FROM "Body" b WHERE b."id" = NEW."originBodyId")\073 RETURN NEW\073 END\073';
CREATE TRIGGER "Measure_origin_body_name" BEFORE INSERT OR UPDATE OF "originBodyId", "originBodyName" ON "Measure"
FOR EACH ROW EXECUTE FUNCTION "measure_origin_body_name"();

-- A renamed body renames it on its measures.
CREATE FUNCTION "body_name_to_measures"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN UPDATE "Measure" SET "originBodyName" = NEW."name" WHERE "originBodyId" = NEW."id"\073 RETURN NULL\073 END\073';
CREATE TRIGGER "Body_name_to_measures" AFTER UPDATE OF "name" ON "Body"
FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "body_name_to_measures"();

UPDATE "Measure" m SET "originBodyName" = b."name" FROM "Body" b WHERE b."id" = m."originBodyId";
