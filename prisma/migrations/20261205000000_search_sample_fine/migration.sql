-- Hand-written (docs/decisions/006-search.md, "Finer samples at 1,000,000 measures"). The search document gains a
-- second sample mark, one of 256 lexemes '#u0'..'#u255' by id modulo 256, at weight D like '#s0'..'#s15' (id modulo
-- 16). It draws finer samples from the same GIN index: "'#u0'" is a 256th of any set of matches, "'#u0' | '#u64' |
-- '#u128' | '#u192'" (id modulo 64 = 0) a 64th. At 1,000,000 measures a sixteenth of "veterans" is 10,700 rows; a
-- 256th is 670.
CREATE OR REPLACE FUNCTION "measure_search_document"(measure_id INTEGER, identifier TEXT, normalized TEXT, title TEXT, summary TEXT, subjects TEXT[], body TEXT)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('simple', concat_ws(' ', identifier, lower(normalized))), 'A')
      || setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
      || setweight(to_tsvector('english', coalesce(array_to_string(subjects, ' '), '')), 'B')
      || setweight(to_tsvector('english', left(coalesce(body, ''), 200000)), 'C')
      || setweight(to_tsvector('english', coalesce(
           (SELECT left(string_agg(a."text", ' '), 200000) FROM "Action" a WHERE a."measureId" = measure_id), '')), 'C')
      || setweight(array_to_tsvector(ARRAY['#s' || (measure_id % 16), '#u' || (measure_id % 256)]), 'D')
$$;

-- Measures saved before this migration (the mark is appended: their text is not parsed again, and the search
-- trigger, which fires on the text columns only, does not run). No page shows the mark, so the cache-tag trigger is
-- off for this statement: it would copy every row into its transition tables and announce every measure's tags,
-- expiring every cached page on every instance (at 1,000,000 measures: 4 min 46 s and 4,000,000 tag rows with it).
ALTER TABLE "Measure" DISABLE TRIGGER "rt_cache_tags_upd";
UPDATE "Measure" SET "searchVector" = coalesce("searchVector", ''::tsvector) || setweight(array_to_tsvector(ARRAY['#u' || ("id" % 256)]), 'D');
ALTER TABLE "Measure" ENABLE TRIGGER "rt_cache_tags_upd";
