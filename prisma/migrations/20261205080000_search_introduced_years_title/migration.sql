-- Hand-written (docs/decisions/006-search.md, "Introduction years"). The title document carries the introduction
-- year's mark too, so that the part of a broad search read from titles intersects its words with the years in one
-- scan of the title index. Planned separately, the year's 83,287 measures were a bitmap of their own (45 ms at
-- 1,000,000 measures), ANDed with the title matches.
CREATE FUNCTION "measure_title_document"(identifier TEXT, normalized TEXT, title TEXT, introduced DATE)
RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('simple', concat_ws(' ', identifier, lower(normalized))), 'A')
      || setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(array_to_tsvector(array_remove(ARRAY['#y' || extract(year FROM introduced)::int], NULL)), 'D')
$$;

CREATE OR REPLACE FUNCTION "measure_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN NEW."searchVector" := "measure_search_document"(NEW."id", NEW."identifier", NEW."normalizedIdentifier", NEW."title", NEW."summary", NEW."subjects", NEW."text", NEW."introducedOn")\073 NEW."titleVector" := "measure_title_document"(NEW."identifier", NEW."normalizedIdentifier", NEW."title", NEW."introducedOn")\073 RETURN NEW\073 END\073';

DROP FUNCTION "measure_title_document"(TEXT, TEXT, TEXT);

CREATE OR REPLACE FUNCTION "measure_search_year_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN NEW."searchVector" := ts_delete(coalesce(NEW."searchVector", \'\'::tsvector), array_remove(ARRAY[\'#y\' || extract(year FROM OLD."introducedOn")::int], NULL)) || setweight(array_to_tsvector(array_remove(ARRAY[\'#y\' || extract(year FROM NEW."introducedOn")::int], NULL)), \'D\')\073 NEW."titleVector" := ts_delete(coalesce(NEW."titleVector", \'\'::tsvector), array_remove(ARRAY[\'#y\' || extract(year FROM OLD."introducedOn")::int], NULL)) || setweight(array_to_tsvector(array_remove(ARRAY[\'#y\' || extract(year FROM NEW."introducedOn")::int], NULL)), \'D\')\073 RETURN NEW\073 END\073';

ALTER TABLE "Measure" DISABLE TRIGGER "rt_cache_tags_upd";
UPDATE "Measure" SET "titleVector" = coalesce("titleVector", ''::tsvector) || setweight(array_to_tsvector(ARRAY['#y' || extract(year FROM "introducedOn")::int]), 'D')
WHERE "introducedOn" IS NOT NULL;
ALTER TABLE "Measure" ENABLE TRIGGER "rt_cache_tags_upd";
