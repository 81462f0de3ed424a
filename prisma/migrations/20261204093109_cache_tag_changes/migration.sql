-- CreateTable
CREATE TABLE "CacheTagChange" (
    "id" BIGSERIAL NOT NULL,
    "tag" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheTagChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CacheTagChange_tag_id_idx" ON "CacheTagChange"("tag", "id");

-- CreateIndex
CREATE INDEX "CacheTagChange_createdAt_idx" ON "CacheTagChange"("createdAt");

-- CreateIndex
CREATE INDEX "Follow_measureId_idx" ON "Follow"("measureId");

-- CreateIndex
CREATE INDEX "Follow_personId_idx" ON "Follow"("personId");

-- CreateIndex
CREATE INDEX "Follow_bodyId_idx" ON "Follow"("bodyId");

-- ---------------------------------------------------------------------------------------------------------------------
-- Database-driven revalidation (docs/decisions/070-database-driven-revalidation.md). Hand-written.
--
-- Every committed INSERT, UPDATE or DELETE on a table that a cached page (or a member's cached dashboard) reads writes
-- the cache tags it touches into "CacheTagChange" and notifies channel rt_cache_tags with the highest id written. Every
-- app instance follows that table (lib/cache/tag-follower.ts) and revalidates the tags, so an edit on another
-- instance, `npm run import`, a sync job, the worker or a manual SQL fix reaches every instance's pages.
--
-- The tag names are lib/cache/tags.ts's: measure:<id>, measure-slug:<slug>, measures, person:<id>,
-- person-slug:<slug>, people, body:<id>, body-slug:<slug>, bodies, dashboard:<user id>.
--
-- Triggers are per statement, with transition tables, so an import that inserts 5,000 actions writes each distinct tag
-- once per statement, not once per row.
--
-- TO WATCH A NEW TABLE (campaigns, sync sources, meetings, ...), in a new migration:
--   1. CREATE OR REPLACE FUNCTION rt_cache_tags_of(...) with the existing branches kept and a new WHEN '<Table>'
--      branch returning the tags of one row (the row arrives as jsonb: r->>'column'; use array_remove(..., NULL) so a
--      NULL column gives no tag). Copy the whole function from the latest migration that defines it.
--   2. SELECT rt_cache_watch('<Table>');   -- creates its three AFTER ... FOR EACH STATEMENT triggers
--   A tag measure:<id>, person:<id> or body:<id> also expires the dashboards of the members who follow that record
--   (rt_cache_record_tags); other tags are written as they are. A table not watched changes no cached page except
--   through the app's own updateTag calls, which reach only the instance that made them.
-- ---------------------------------------------------------------------------------------------------------------------

-- The tags one changed row touches. tbl: the table's name as in the schema ("Measure"); r: the row (old or new) as jsonb.
CREATE OR REPLACE FUNCTION rt_cache_tags_of(tbl text, r jsonb) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
BEGIN
  CASE tbl
    WHEN 'Measure' THEN
      RETURN array_remove(ARRAY[
        'measure:' || (r->>'id'), 'measures', 'measure-slug:' || (r->>'slug'),
        'body:' || (r->>'originBodyId'), 'body:' || (r->>'currentBodyId'), 'body:' || (r->>'finalBodyId')
      ], NULL);
    WHEN 'Action' THEN
      RETURN array_remove(ARRAY[
        'measure:' || (r->>'measureId'), 'measures', 'body:' || (r->>'actingBodyId'), 'body:' || (r->>'relatedBodyId')
      ], NULL);
    WHEN 'Sponsorship' THEN
      RETURN array_remove(ARRAY[
        'measure:' || (r->>'measureId'), 'measures', 'person:' || (r->>'personId'), 'body:' || (r->>'bodyId')
      ], NULL);
    WHEN 'MeasureTarget' THEN
      RETURN array_remove(ARRAY[
        'measure:' || (r->>'measureId'), 'measures', 'person:' || (r->>'personId'), 'body:' || (r->>'bodyId')
      ], NULL);
    WHEN 'MeasureRelation' THEN
      RETURN array_remove(ARRAY['measure:' || (r->>'fromMeasureId'), 'measure:' || (r->>'toMeasureId')], NULL);
    WHEN 'CampaignMeasure' THEN
      RETURN array_remove(ARRAY['measure:' || (r->>'measureId')], NULL);
    WHEN 'Person' THEN
      RETURN array_remove(ARRAY['person:' || (r->>'id'), 'people', 'person-slug:' || (r->>'slug')], NULL);
    WHEN 'Body' THEN
      -- Body names appear in the measure lists.
      RETURN array_remove(ARRAY[
        'body:' || (r->>'id'), 'bodies', 'measures', 'body-slug:' || (r->>'slug'), 'body:' || (r->>'parentId')
      ], NULL);
    WHEN 'Membership' THEN
      RETURN array_remove(ARRAY['person:' || (r->>'personId'), 'body:' || (r->>'bodyId'), 'people'], NULL);
    WHEN 'ExternalIdentifier' THEN
      RETURN array_remove(ARRAY['person:' || (r->>'personId'), 'body:' || (r->>'bodyId')], NULL);
    WHEN 'LegislativeSession' THEN
      RETURN array_remove(ARRAY['body:' || (r->>'bodyId'), 'measures'], NULL);
    WHEN 'Jurisdiction' THEN
      RETURN ARRAY['measures', 'bodies'];
    WHEN 'SourceCitation' THEN
      RETURN array_remove(ARRAY[
        'measure:' || (r->>'measureId'), 'person:' || (r->>'personId'), 'body:' || (r->>'bodyId'),
        (SELECT 'measure:' || a."measureId" FROM "Action" a WHERE a."id" = (r->>'actionId')::int)
      ], NULL);
    WHEN 'Source' THEN
      RETURN ARRAY(
        SELECT DISTINCT t FROM "SourceCitation" c, LATERAL unnest(rt_cache_tags_of('SourceCitation', to_jsonb(c))) t
        WHERE c."sourceId" = (r->>'id')::int
      );
    -- The member's side: their own dashboard.
    WHEN 'Follow' THEN
      RETURN ARRAY['dashboard:' || (r->>'userId')];
    WHEN 'SavedSearch' THEN
      RETURN ARRAY['dashboard:' || (r->>'userId')];
    WHEN 'User' THEN
      RETURN ARRAY['dashboard:' || (r->>'id')];
    WHEN 'Position' THEN
      -- The organisation's position shows on the dashboard of everyone following the measure (never on a public page).
      RETURN ARRAY(
        SELECT DISTINCT 'dashboard:' || f."userId" FROM "Follow" f WHERE f."measureId" = (r->>'measureId')::int
      );
    ELSE
      RAISE EXCEPTION 'rt_cache_tags_of: no cache tags defined for table %', tbl;
  END CASE;
END $$;

-- Writes the tags (and the dashboards of the members following a changed measure, person or body: the measures a
-- member follows are those followed directly, those sponsored by followed people and those from followed bodies, as in
-- lib/dashboard/followed.ts) and notifies rt_cache_tags. A notification is delivered when the transaction commits.
CREATE OR REPLACE FUNCTION rt_cache_record_tags(tag_list text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  last_id bigint;
BEGIN
  IF tag_list IS NULL OR cardinality(tag_list) = 0 THEN
    RETURN;
  END IF;
  WITH direct AS (
    SELECT DISTINCT t AS tag FROM unnest(tag_list) t
  ), ids AS (
    SELECT split_part(tag, ':', 1) AS kind, split_part(tag, ':', 2)::int AS id
    FROM direct WHERE tag ~ '^(measure|person|body):[0-9]{1,9}$'
  ), measure_ids AS (
    SELECT id FROM ids WHERE kind = 'measure'
  ), person_ids AS (
    SELECT id FROM ids WHERE kind = 'person'
    UNION
    SELECT s."personId" FROM "Sponsorship" s
    WHERE s."measureId" IN (SELECT id FROM measure_ids) AND s."personId" IS NOT NULL AND s."withdrawnOn" IS NULL
  ), body_ids AS (
    SELECT id FROM ids WHERE kind = 'body'
    UNION
    SELECT m."originBodyId" FROM "Measure" m WHERE m."id" IN (SELECT id FROM measure_ids)
  ), followers AS (
    SELECT f."userId" FROM "Follow" f WHERE f."measureId" IN (SELECT id FROM measure_ids)
    UNION
    SELECT f."userId" FROM "Follow" f WHERE f."personId" IN (SELECT id FROM person_ids)
    UNION
    SELECT f."userId" FROM "Follow" f WHERE f."bodyId" IN (SELECT id FROM body_ids)
  ), inserted AS (
    INSERT INTO "CacheTagChange" ("tag")
    SELECT tag FROM direct UNION SELECT 'dashboard:' || "userId" FROM followers
    RETURNING "id"
  )
  SELECT max("id") INTO last_id FROM inserted;
  PERFORM pg_notify('rt_cache_tags', last_id::text);
END $$;

-- The statement trigger: the tags of every row the statement inserted, updated (old and new) or deleted.
CREATE OR REPLACE FUNCTION rt_cache_tags_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tag_list text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT t) INTO tag_list
    FROM rt_new r, LATERAL unnest(rt_cache_tags_of(TG_TABLE_NAME, to_jsonb(r))) t;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT t) INTO tag_list FROM (
      SELECT t FROM rt_new r, LATERAL unnest(rt_cache_tags_of(TG_TABLE_NAME, to_jsonb(r))) t
      UNION
      SELECT t FROM rt_old r, LATERAL unnest(rt_cache_tags_of(TG_TABLE_NAME, to_jsonb(r))) t
    ) changed;
  ELSE
    SELECT array_agg(DISTINCT t) INTO tag_list
    FROM rt_old r, LATERAL unnest(rt_cache_tags_of(TG_TABLE_NAME, to_jsonb(r))) t;
  END IF;
  PERFORM rt_cache_record_tags(tag_list);
  RETURN NULL;
END $$;

-- Puts the three statement triggers on a table (idempotent). Transition tables allow one event per trigger.
CREATE OR REPLACE FUNCTION rt_cache_watch(tbl text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('DROP TRIGGER IF EXISTS rt_cache_tags_ins ON %I', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS rt_cache_tags_upd ON %I', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS rt_cache_tags_del ON %I', tbl);
  EXECUTE format('CREATE TRIGGER rt_cache_tags_ins AFTER INSERT ON %I REFERENCING NEW TABLE AS rt_new '
    'FOR EACH STATEMENT EXECUTE FUNCTION rt_cache_tags_changed()', tbl);
  EXECUTE format('CREATE TRIGGER rt_cache_tags_upd AFTER UPDATE ON %I REFERENCING OLD TABLE AS rt_old NEW TABLE AS rt_new '
    'FOR EACH STATEMENT EXECUTE FUNCTION rt_cache_tags_changed()', tbl);
  EXECUTE format('CREATE TRIGGER rt_cache_tags_del AFTER DELETE ON %I REFERENCING OLD TABLE AS rt_old '
    'FOR EACH STATEMENT EXECUTE FUNCTION rt_cache_tags_changed()', tbl);
END $$;

SELECT rt_cache_watch(t) FROM unnest(ARRAY[
  'Measure', 'Action', 'Sponsorship', 'MeasureTarget', 'MeasureRelation', 'CampaignMeasure', 'Person', 'Body',
  'Membership', 'ExternalIdentifier', 'LegislativeSession', 'Jurisdiction', 'Source', 'SourceCitation',
  'Follow', 'SavedSearch', 'User', 'Position'
]) t;
