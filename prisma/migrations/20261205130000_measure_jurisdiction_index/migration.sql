-- The jurisdiction filter (search, the API, feeds, saved searches) had no index of its own: at 1,000,000 measures
-- "housing" in one state read all 351,820 "housing" matches to keep 672 (497 ms); with the index the planner
-- intersects the two (66 ms), and a sample of the matches reads the state's rows only (docs/decisions/006-search.md).
-- CreateIndex
CREATE INDEX "Measure_jurisdictionId_lastActionDate_idx" ON "Measure"("jurisdictionId", "lastActionDate" DESC);
