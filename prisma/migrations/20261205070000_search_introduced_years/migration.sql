-- Hand-written (docs/decisions/006-search.md, "Introduction years"). The search document gains a third mark at weight
-- D: '#y2021' for a measure introduced in 2021 (none for a measure without an introduction date). A search limited to
-- an introduction range of a few years ANDs '#y2021 | #y2022' with its words, so the GIN index intersects them
-- itself: "water" introduced in 2021 at 1,000,000 measures read 22,950 title matches, or intersected them with the
-- year's 83,287 measures, to keep about 1,900. The dates themselves are still checked: the mark only narrows.
-- Function bodies hold no semicolon, or write it \073 in an E'' string (see migration ..._alerts).
CREATE FUNCTION "measure_search_document"(measure_id INTEGER, identifier TEXT, normalized TEXT, title TEXT, summary TEXT, subjects TEXT[], body TEXT, introduced DATE)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('simple', concat_ws(' ', identifier, lower(normalized))), 'A')
      || setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
      || setweight(to_tsvector('english', coalesce(array_to_string(subjects, ' '), '')), 'B')
      || setweight(to_tsvector('english', left(coalesce(body, ''), 200000)), 'C')
      || setweight(to_tsvector('english', coalesce(
           (SELECT left(string_agg(a."text", ' '), 200000) FROM "Action" a WHERE a."measureId" = measure_id), '')), 'C')
      || setweight(array_to_tsvector(array_remove(ARRAY['#s' || (measure_id % 16), '#u' || (measure_id % 256),
           '#y' || extract(year FROM introduced)::int], NULL)), 'D')
$$;

CREATE OR REPLACE FUNCTION "measure_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN NEW."searchVector" := "measure_search_document"(NEW."id", NEW."identifier", NEW."normalizedIdentifier", NEW."title", NEW."summary", NEW."subjects", NEW."text", NEW."introducedOn")\073 NEW."titleVector" := "measure_title_document"(NEW."identifier", NEW."normalizedIdentifier", NEW."title")\073 RETURN NEW\073 END\073';

CREATE OR REPLACE FUNCTION "action_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN UPDATE "Measure" m SET "searchVector" = "measure_search_document"(m."id", m."identifier", m."normalizedIdentifier", m."title", m."summary", m."subjects", m."text", m."introducedOn") WHERE m."id" IN (SELECT DISTINCT "measureId" FROM changed_actions)\073 RETURN NULL\073 END\073';

DROP FUNCTION "measure_search_document"(INTEGER, TEXT, TEXT, TEXT, TEXT, TEXT[], TEXT);

-- A new introduction date moves the mark without parsing the text again (the trigger above fires on the text columns
-- only, and when both change it runs first, by name, and this one finds the new mark already there).
CREATE FUNCTION "measure_search_year_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN NEW."searchVector" := ts_delete(coalesce(NEW."searchVector", \'\'::tsvector), array_remove(ARRAY[\'#y\' || extract(year FROM OLD."introducedOn")::int], NULL)) || setweight(array_to_tsvector(array_remove(ARRAY[\'#y\' || extract(year FROM NEW."introducedOn")::int], NULL)), \'D\')\073 RETURN NEW\073 END\073';

CREATE TRIGGER "Measure_search_year" BEFORE UPDATE OF "introducedOn" ON "Measure"
FOR EACH ROW WHEN (OLD."introducedOn" IS DISTINCT FROM NEW."introducedOn") EXECUTE FUNCTION "measure_search_year_refresh"();

-- Measures saved before this migration (the mark is appended: their text is not parsed again). No page shows the
-- mark, so the cache-tag trigger is off for this statement, as in ..._search_sample_fine.
ALTER TABLE "Measure" DISABLE TRIGGER "rt_cache_tags_upd";
UPDATE "Measure" SET "searchVector" = coalesce("searchVector", ''::tsvector) || setweight(array_to_tsvector(ARRAY['#y' || extract(year FROM "introducedOn")::int]), 'D')
WHERE "introducedOn" IS NOT NULL;
ALTER TABLE "Measure" ENABLE TRIGGER "rt_cache_tags_upd";
