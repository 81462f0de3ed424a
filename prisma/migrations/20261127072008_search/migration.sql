-- Search (docs/decisions/006-search.md): full text over measures, trigram similarity over names.
-- pg_trgm ships with PostgreSQL's contrib and is loaded by the embedded PGlite (lib/db/embedded.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Body_name_trgm_idx" ON "Body" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Measure_searchVector_idx" ON "Measure" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Measure_subjects_idx" ON "Measure" USING GIN ("subjects");

-- CreateIndex
CREATE INDEX "Measure_introducedOn_idx" ON "Measure"("introducedOn");

-- CreateIndex
CREATE INDEX "Sponsorship_measureId_kind_personId_idx" ON "Sponsorship"("measureId", "kind", "personId");

-- CreateIndex
CREATE INDEX "Person_name_trgm_idx" ON "Person" USING GIN ("name" gin_trgm_ops);

-- The measure's search document: identifier and title weigh most (A), then the summary and subjects (B), then the text and
-- every action's text (C). Identifiers go in unstemmed ('simple'), with their normalised form ("hres240").
CREATE FUNCTION "measure_search_document"(measure_id INTEGER, identifier TEXT, normalized TEXT, title TEXT, summary TEXT, subjects TEXT[], body TEXT)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('simple', concat_ws(' ', identifier, lower(normalized))), 'A')
      || setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
      || setweight(to_tsvector('english', coalesce(array_to_string(subjects, ' '), '')), 'B')
      -- A tsvector holds at most 1 MB: long texts are cut rather than refused.
      || setweight(to_tsvector('english', left(coalesce(body, ''), 200000)), 'C')
      || setweight(to_tsvector('english', coalesce(
           (SELECT left(string_agg(a."text", ' '), 200000) FROM "Action" a WHERE a."measureId" = measure_id), '')), 'C')
$$;

CREATE FUNCTION "measure_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := "measure_search_document"(NEW."id", NEW."identifier", NEW."normalizedIdentifier", NEW."title", NEW."summary", NEW."subjects", NEW."text");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Measure_search_vector"
BEFORE INSERT OR UPDATE OF "identifier", "normalizedIdentifier", "title", "summary", "subjects", "text" ON "Measure"
FOR EACH ROW EXECUTE FUNCTION "measure_search_vector_refresh"();

-- Action text is part of its measure's document: once per statement, each touched measure is recomputed once
-- (a bulk insert of a thousand actions for a hundred measures costs a hundred recomputations, not a thousand).
CREATE FUNCTION "action_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Measure" m
     SET "searchVector" = "measure_search_document"(m."id", m."identifier", m."normalizedIdentifier", m."title", m."summary", m."subjects", m."text")
   WHERE m."id" IN (SELECT DISTINCT "measureId" FROM changed_actions);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Action_search_vector_insert" AFTER INSERT ON "Action"
REFERENCING NEW TABLE AS changed_actions FOR EACH STATEMENT EXECUTE FUNCTION "action_search_vector_refresh"();
CREATE TRIGGER "Action_search_vector_update" AFTER UPDATE ON "Action"
REFERENCING NEW TABLE AS changed_actions FOR EACH STATEMENT EXECUTE FUNCTION "action_search_vector_refresh"();
CREATE TRIGGER "Action_search_vector_delete" AFTER DELETE ON "Action"
REFERENCING OLD TABLE AS changed_actions FOR EACH STATEMENT EXECUTE FUNCTION "action_search_vector_refresh"();

-- Measures saved before this migration.
UPDATE "Measure" SET "title" = "title";
