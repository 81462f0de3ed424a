-- DropIndex
DROP INDEX "Body_name_trgm_idx";

-- DropIndex
DROP INDEX "Person_name_trgm_idx";

-- CreateIndex
CREATE INDEX "Body_name_trgm_idx" ON "Body" USING GIST ("name" gist_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_name_trgm_idx" ON "Person" USING GIST ("name" gist_trgm_ops);
