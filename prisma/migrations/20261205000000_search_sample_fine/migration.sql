-- Hand-written (docs/decisions/006-search.md, "Broad searches at 1,000,000 measures"). The search document gains a
-- second sample mark, one of sixteen lexemes '#t0'..'#t15' by (id / 16) modulo 16, at weight D like '#s0'..'#s15'
-- (id modulo 16). Together they draw finer samples from the same GIN index: "'#s0' & '#t0'" is id modulo 256 = 0
-- (a 256th of any set of matches), "'#s0' & ('#t0' | '#t4' | '#t8' | '#t12')" id modulo 64 = 0 (a 64th). At
-- 1,000,000 measures a sixteenth of "veterans" is 10,700 rows; a 256th is 670.
CREATE OR REPLACE FUNCTION "measure_search_document"(measure_id INTEGER, identifier TEXT, normalized TEXT, title TEXT, summary TEXT, subjects TEXT[], body TEXT)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('simple', concat_ws(' ', identifier, lower(normalized))), 'A')
      || setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
      || setweight(to_tsvector('english', coalesce(array_to_string(subjects, ' '), '')), 'B')
      || setweight(to_tsvector('english', left(coalesce(body, ''), 200000)), 'C')
      || setweight(to_tsvector('english', coalesce(
           (SELECT left(string_agg(a."text", ' '), 200000) FROM "Action" a WHERE a."measureId" = measure_id), '')), 'C')
      || setweight(array_to_tsvector(ARRAY['#s' || (measure_id % 16), '#t' || ((measure_id / 16) % 16)]), 'D')
$$;

-- Measures saved before this migration (the mark is appended: their text is not parsed again, and the trigger,
-- which fires on the text columns only, does not run).
UPDATE "Measure" SET "searchVector" = coalesce("searchVector", ''::tsvector) || setweight(array_to_tsvector(ARRAY['#t' || (("id" / 16) % 16)]), 'D');
