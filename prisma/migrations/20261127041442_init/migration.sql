-- CreateEnum
CREATE TYPE "BodyClassification" AS ENUM ('legislature', 'chamber', 'committee', 'subcommittee', 'executive', 'foreign_government', 'international', 'organization');

-- CreateEnum
CREATE TYPE "MeasureType" AS ENUM ('resolution', 'concurrent_resolution', 'joint_resolution', 'bill', 'motion', 'ordinance');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('draft', 'introduced', 'referred', 'in_committee', 'reported', 'scheduled', 'passed_origin', 'passed_all', 'sent_to_executive', 'enacted');

-- CreateEnum
CREATE TYPE "Outcome" AS ENUM ('pending', 'adopted', 'failed', 'withdrawn', 'tabled', 'filed', 'expired');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('year', 'month', 'day');

-- CreateEnum
CREATE TYPE "SponsorshipKind" AS ENUM ('primary', 'cosponsor');

-- CreateEnum
CREATE TYPE "RelationType" AS ENUM ('endorses', 'opposes', 'companion', 'identical', 'similar', 'supersedes', 'responds_to', 'prior_session');

-- CreateEnum
CREATE TYPE "TargetVerb" AS ENUM ('calls_upon', 'urges', 'requests', 'condemns', 'commends', 'supports', 'opposes');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('official_text', 'official_record', 'press_release', 'news', 'report', 'data', 'other');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('support', 'oppose', 'monitor');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('member', 'editor', 'admin');

-- CreateTable
CREATE TABLE "Jurisdiction" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "classification" TEXT NOT NULL,
    "ocdId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Jurisdiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Body" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "classification" "BodyClassification" NOT NULL,
    "jurisdictionId" INTEGER,
    "parentId" INTEGER,
    "url" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Body_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "givenName" TEXT,
    "familyName" TEXT,
    "url" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalIdentifier" (
    "id" SERIAL NOT NULL,
    "scheme" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "personId" INTEGER,
    "bodyId" INTEGER,

    CONSTRAINT "ExternalIdentifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "bodyId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "district" TEXT,
    "state" TEXT,
    "party" TEXT,
    "startDate" DATE,
    "endDate" DATE,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegislativeSession" (
    "id" SERIAL NOT NULL,
    "bodyId" INTEGER NOT NULL,
    "identifier" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE,
    "endDate" DATE,

    CONSTRAINT "LegislativeSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "identifier" TEXT,
    "normalizedIdentifier" TEXT,
    "type" "MeasureType" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "text" TEXT,
    "textUrl" TEXT,
    "subjects" TEXT[],
    "jurisdictionId" INTEGER NOT NULL,
    "originBodyId" INTEGER NOT NULL,
    "sessionId" INTEGER,
    "introducedOn" DATE,
    "stage" "Stage" NOT NULL DEFAULT 'introduced',
    "outcome" "Outcome" NOT NULL DEFAULT 'pending',
    "currentBodyId" INTEGER,
    "stageDate" DATE,
    "lastActionDate" DATE,
    "overrideStage" "Stage",
    "overrideOutcome" "Outcome",
    "overrideReason" TEXT,
    "overrideById" TEXT,
    "overrideAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'day',
    "actingBodyId" INTEGER,
    "relatedBodyId" INTEGER,
    "text" TEXT NOT NULL,
    "sourceCode" TEXT,
    "sourceSystem" TEXT,
    "classification" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sponsorship" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "personId" INTEGER,
    "bodyId" INTEGER,
    "nameAsGiven" TEXT NOT NULL,
    "kind" "SponsorshipKind" NOT NULL,
    "isOriginal" BOOLEAN NOT NULL DEFAULT false,
    "sponsoredOn" DATE,
    "withdrawnOn" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Sponsorship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureRelation" (
    "id" SERIAL NOT NULL,
    "type" "RelationType" NOT NULL,
    "fromMeasureId" INTEGER NOT NULL,
    "toMeasureId" INTEGER,
    "targetIdentifier" TEXT,
    "targetNormalized" TEXT,
    "targetJurisdictionText" TEXT,
    "evidenceQuote" TEXT,
    "evidenceUrl" TEXT,
    "addedById" TEXT,
    "addedByLabel" TEXT,
    "confirmedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeasureRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureTarget" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "verb" "TargetVerb" NOT NULL,
    "bodyId" INTEGER,
    "personId" INTEGER,
    "entityName" TEXT,
    "roleAsWritten" TEXT,
    "quote" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MeasureTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "kind" "SourceKind" NOT NULL,
    "publishedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceCitation" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "measureId" INTEGER,
    "actionId" INTEGER,
    "personId" INTEGER,
    "bodyId" INTEGER,
    "note" TEXT,

    CONSTRAINT "SourceCitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignMeasure" (
    "campaignId" INTEGER NOT NULL,
    "measureId" INTEGER NOT NULL,

    CONSTRAINT "CampaignMeasure_pkey" PRIMARY KEY ("campaignId","measureId")
);

-- CreateTable
CREATE TABLE "Follow" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "measureId" INTEGER,
    "personId" INTEGER,
    "bodyId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedSearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "stance" "Stance" NOT NULL,
    "note" TEXT,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "measureId" INTEGER,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'member',
    "passwordHash" TEXT,
    "deactivatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "Session" (
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("sessionToken")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateIndex
CREATE UNIQUE INDEX "Jurisdiction_slug_key" ON "Jurisdiction"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Jurisdiction_ocdId_key" ON "Jurisdiction"("ocdId");

-- CreateIndex
CREATE UNIQUE INDEX "Body_slug_key" ON "Body"("slug");

-- CreateIndex
CREATE INDEX "Body_parentId_idx" ON "Body"("parentId");

-- CreateIndex
CREATE INDEX "Body_jurisdictionId_idx" ON "Body"("jurisdictionId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_familyName_idx" ON "Person"("familyName");

-- CreateIndex
CREATE INDEX "ExternalIdentifier_personId_idx" ON "ExternalIdentifier"("personId");

-- CreateIndex
CREATE INDEX "ExternalIdentifier_bodyId_idx" ON "ExternalIdentifier"("bodyId");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalIdentifier_scheme_value_key" ON "ExternalIdentifier"("scheme", "value");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE INDEX "Membership_bodyId_endDate_idx" ON "Membership"("bodyId", "endDate");

-- CreateIndex
CREATE UNIQUE INDEX "LegislativeSession_bodyId_identifier_key" ON "LegislativeSession"("bodyId", "identifier");

-- CreateIndex
CREATE UNIQUE INDEX "Measure_slug_key" ON "Measure"("slug");

-- CreateIndex
CREATE INDEX "Measure_normalizedIdentifier_idx" ON "Measure"("normalizedIdentifier");

-- CreateIndex
CREATE INDEX "Measure_originBodyId_lastActionDate_idx" ON "Measure"("originBodyId", "lastActionDate" DESC);

-- CreateIndex
CREATE INDEX "Measure_currentBodyId_idx" ON "Measure"("currentBodyId");

-- CreateIndex
CREATE INDEX "Measure_lastActionDate_id_idx" ON "Measure"("lastActionDate" DESC, "id");

-- CreateIndex
CREATE INDEX "Measure_stage_outcome_idx" ON "Measure"("stage", "outcome");

-- CreateIndex
CREATE INDEX "Measure_type_idx" ON "Measure"("type");

-- CreateIndex
CREATE INDEX "Measure_sessionId_idx" ON "Measure"("sessionId");

-- CreateIndex
CREATE INDEX "Action_date_id_idx" ON "Action"("date" DESC, "id");

-- CreateIndex
CREATE INDEX "Action_actingBodyId_idx" ON "Action"("actingBodyId");

-- CreateIndex
CREATE INDEX "Action_relatedBodyId_idx" ON "Action"("relatedBodyId");

-- CreateIndex
CREATE UNIQUE INDEX "Action_measureId_position_key" ON "Action"("measureId", "position");

-- CreateIndex
CREATE INDEX "Sponsorship_measureId_kind_position_idx" ON "Sponsorship"("measureId", "kind", "position");

-- CreateIndex
CREATE INDEX "Sponsorship_personId_idx" ON "Sponsorship"("personId");

-- CreateIndex
CREATE INDEX "Sponsorship_bodyId_idx" ON "Sponsorship"("bodyId");

-- CreateIndex
CREATE INDEX "MeasureRelation_fromMeasureId_idx" ON "MeasureRelation"("fromMeasureId");

-- CreateIndex
CREATE INDEX "MeasureRelation_toMeasureId_idx" ON "MeasureRelation"("toMeasureId");

-- CreateIndex
CREATE INDEX "MeasureRelation_targetNormalized_idx" ON "MeasureRelation"("targetNormalized");

-- CreateIndex
CREATE INDEX "MeasureTarget_measureId_idx" ON "MeasureTarget"("measureId");

-- CreateIndex
CREATE INDEX "MeasureTarget_bodyId_idx" ON "MeasureTarget"("bodyId");

-- CreateIndex
CREATE INDEX "MeasureTarget_personId_idx" ON "MeasureTarget"("personId");

-- CreateIndex
CREATE INDEX "Source_url_idx" ON "Source"("url");

-- CreateIndex
CREATE INDEX "SourceCitation_sourceId_idx" ON "SourceCitation"("sourceId");

-- CreateIndex
CREATE INDEX "SourceCitation_measureId_idx" ON "SourceCitation"("measureId");

-- CreateIndex
CREATE INDEX "SourceCitation_actionId_idx" ON "SourceCitation"("actionId");

-- CreateIndex
CREATE INDEX "SourceCitation_personId_idx" ON "SourceCitation"("personId");

-- CreateIndex
CREATE INDEX "SourceCitation_bodyId_idx" ON "SourceCitation"("bodyId");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_slug_key" ON "Campaign"("slug");

-- CreateIndex
CREATE INDEX "CampaignMeasure_measureId_idx" ON "CampaignMeasure"("measureId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_measureId_key" ON "Follow"("userId", "measureId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_personId_key" ON "Follow"("userId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_bodyId_key" ON "Follow"("userId", "bodyId");

-- CreateIndex
CREATE INDEX "SavedSearch_userId_idx" ON "SavedSearch"("userId");

-- CreateIndex
CREATE INDEX "Position_measureId_createdAt_idx" ON "Position"("measureId", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeEvent_entityType_entityId_at_idx" ON "ChangeEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "ChangeEvent_measureId_at_idx" ON "ChangeEvent"("measureId", "at");

-- CreateIndex
CREATE INDEX "ChangeEvent_actorId_at_idx" ON "ChangeEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "ChangeEvent_at_idx" ON "ChangeEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Body"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalIdentifier" ADD CONSTRAINT "ExternalIdentifier_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalIdentifier" ADD CONSTRAINT "ExternalIdentifier_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegislativeSession" ADD CONSTRAINT "LegislativeSession_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_originBodyId_fkey" FOREIGN KEY ("originBodyId") REFERENCES "Body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LegislativeSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_currentBodyId_fkey" FOREIGN KEY ("currentBodyId") REFERENCES "Body"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_overrideById_fkey" FOREIGN KEY ("overrideById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_actingBodyId_fkey" FOREIGN KEY ("actingBodyId") REFERENCES "Body"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_relatedBodyId_fkey" FOREIGN KEY ("relatedBodyId") REFERENCES "Body"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sponsorship" ADD CONSTRAINT "Sponsorship_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sponsorship" ADD CONSTRAINT "Sponsorship_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sponsorship" ADD CONSTRAINT "Sponsorship_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureRelation" ADD CONSTRAINT "MeasureRelation_fromMeasureId_fkey" FOREIGN KEY ("fromMeasureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureRelation" ADD CONSTRAINT "MeasureRelation_toMeasureId_fkey" FOREIGN KEY ("toMeasureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureRelation" ADD CONSTRAINT "MeasureRelation_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureRelation" ADD CONSTRAINT "MeasureRelation_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureTarget" ADD CONSTRAINT "MeasureTarget_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureTarget" ADD CONSTRAINT "MeasureTarget_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureTarget" ADD CONSTRAINT "MeasureTarget_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCitation" ADD CONSTRAINT "SourceCitation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCitation" ADD CONSTRAINT "SourceCitation_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCitation" ADD CONSTRAINT "SourceCitation_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCitation" ADD CONSTRAINT "SourceCitation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCitation" ADD CONSTRAINT "SourceCitation_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignMeasure" ADD CONSTRAINT "CampaignMeasure_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignMeasure" ADD CONSTRAINT "CampaignMeasure_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
