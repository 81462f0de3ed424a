-- DropIndex
DROP INDEX "Measure_stage_outcome_idx";

-- CreateIndex
CREATE INDEX "Measure_stage_outcome_id_idx" ON "Measure"("stage", "outcome", "id");

-- CreateIndex
CREATE INDEX "Measure_type_title_id_idx" ON "Measure"("type", "title", "id");
