-- DropIndex
DROP INDEX "MeasureTemplate_normalized_trgm_idx";

-- CreateIndex
CREATE INDEX "MeasureTemplate_normalized_gist_idx" ON "MeasureTemplate" USING GIST ("normalized" gist_trgm_ops);
