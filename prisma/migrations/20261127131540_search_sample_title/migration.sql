-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "titleVector" tsvector;

-- CreateIndex
CREATE INDEX "Measure_titleVector_idx" ON "Measure" USING GIN ("titleVector");

-- Hand-written (the schema engine does not model functions or triggers); docs/decisions/006-search.md, "Broad
-- searches". Function bodies hold no semicolon, or write it \073 in an E'' string (see migration ..._alerts).

-- The title document: identifier and title, as in the full document (A).
CREATE FUNCTION "measure_title_document"(identifier TEXT, normalized TEXT, title TEXT)
RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('simple', concat_ws(' ', identifier, lower(normalized))), 'A')
      || setweight(to_tsvector('english', coalesce(title, '')), 'A')
$$;

-- The full document gains a sample mark: one of sixteen lexemes '#s0'..'#s15' by id, at weight D (no text has it:
-- the parser never makes a lexeme starting with '#'). "veterans & '#s0'" is answered by the GIN index alone, so a
-- search matching 17,000 measures counts its facets over the 1,100 of one sixteenth.
CREATE OR REPLACE FUNCTION "measure_search_document"(measure_id INTEGER, identifier TEXT, normalized TEXT, title TEXT, summary TEXT, subjects TEXT[], body TEXT)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('simple', concat_ws(' ', identifier, lower(normalized))), 'A')
      || setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
      || setweight(to_tsvector('english', coalesce(array_to_string(subjects, ' '), '')), 'B')
      || setweight(to_tsvector('english', left(coalesce(body, ''), 200000)), 'C')
      || setweight(to_tsvector('english', coalesce(
           (SELECT left(string_agg(a."text", ' '), 200000) FROM "Action" a WHERE a."measureId" = measure_id), '')), 'C')
      || setweight(array_to_tsvector(ARRAY['#s' || (measure_id % 16)]), 'D')
$$;

CREATE OR REPLACE FUNCTION "measure_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN NEW."searchVector" := "measure_search_document"(NEW."id", NEW."identifier", NEW."normalizedIdentifier", NEW."title", NEW."summary", NEW."subjects", NEW."text")\073 NEW."titleVector" := "measure_title_document"(NEW."identifier", NEW."normalizedIdentifier", NEW."title")\073 RETURN NEW\073 END\073';

-- Measures saved before this migration (the mark is appended: their text is not parsed again).
UPDATE "Measure" SET "searchVector" = coalesce("searchVector", ''::tsvector) || setweight(array_to_tsvector(ARRAY['#s' || ("id" % 16)]), 'D'),
                     "titleVector" = "measure_title_document"("identifier", "normalizedIdentifier", "title");
