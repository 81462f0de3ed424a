-- Database-driven revalidation for the tables campaigns and sync added (docs/decisions/070-database-driven-revalidation.md):
-- rt_cache_tags_of re-created with every earlier branch kept and branches for Campaign, CampaignMeasure (now also the
-- campaign's tags), PlaceDistrict, Meeting and MeetingItem, and triggers on the new tables. Not watched: SyncSource,
-- SyncRun, SyncRunError, SyncItem (admin pages read them uncached; the measure page's "last checked" line is cached
-- for minutes), MeasureTemplate (kept by its own trigger, read by editors' pages uncached), ApiKey, ApiRateWindow.
-- TO WATCH A NEW TABLE: copy this whole function into a new migration, add its branch, then rt_cache_watch on the table.

-- The tags one changed row touches. tbl: the table's name as in the schema ("Measure"); r: the row as jsonb.
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
    -- Campaigns (lib/campaigns, decision 050): the campaign's pages and the campaigns list; a member measure's own
    -- pages show the campaigns it belongs to.
    WHEN 'Campaign' THEN
      RETURN array_remove(ARRAY['campaign:' || (r->>'id'), 'campaign-slug:' || (r->>'slug'), 'campaigns'], NULL);
    WHEN 'CampaignMeasure' THEN
      RETURN array_remove(ARRAY['measure:' || (r->>'measureId'), 'campaign:' || (r->>'campaignId'), 'campaigns'], NULL);
    WHEN 'PlaceDistrict' THEN
      -- Which districts a place lies in decides every campaign's cosponsor gap.
      RETURN ARRAY['campaigns'] || ARRAY(SELECT 'campaign:' || c."id" FROM "Campaign" c);
    -- Meetings (lib/sync, decision 041): the body's upcoming meetings and the measures on the agenda.
    WHEN 'Meeting' THEN
      RETURN array_remove(ARRAY['body:' || (r->>'bodyId')], NULL) || ARRAY(
        SELECT DISTINCT 'measure:' || i."measureId" FROM "MeetingItem" i
        WHERE i."meetingId" = (r->>'id')::int AND i."measureId" IS NOT NULL
      );
    WHEN 'MeetingItem' THEN
      RETURN array_remove(ARRAY[
        'measure:' || (r->>'measureId'),
        (SELECT 'body:' || m."bodyId" FROM "Meeting" m WHERE m."id" = (r->>'meetingId')::int)
      ], NULL);
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

SELECT rt_cache_watch('Campaign');
SELECT rt_cache_watch('PlaceDistrict');
SELECT rt_cache_watch('Meeting');
SELECT rt_cache_watch('MeetingItem');
