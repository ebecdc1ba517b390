-- CreateEnum
CREATE TYPE "TargetMeasurability" AS ENUM ('measurable', 'partial', 'none');

-- CreateEnum
CREATE TYPE "Achievement" AS ENUM ('pending', 'achieved', 'partly_achieved', 'not_achieved');

-- CreateEnum
CREATE TYPE "SourceListing" AS ENUM ('by_classification', 'by_number');

-- CreateEnum
CREATE TYPE "FindingKind" AS ENUM ('listing_mismatch', 'width_mismatch', 'empty_field', 'missing_category', 'nonstandard_category');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('open', 'resolved', 'dismissed');

-- CreateEnum
CREATE TYPE "IndicatorScope" AS ENUM ('vision', 'item');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('increase', 'decrease', 'maintain');

-- CreateEnum
CREATE TYPE "IndicatorStatus" AS ENUM ('proposed', 'confirmed', 'rejected');

-- CreateEnum
CREATE TYPE "PeriodTerm" AS ENUM ('first_half', 'year_end');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('draft', 'open', 'closed');

-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('not_started', 'considering', 'in_progress', 'completed', 'suspended');

-- CreateEnum
CREATE TYPE "Evaluation" AS ENUM ('A', 'B', 'C', 'D');

-- CreateEnum
CREATE TYPE "ReportState" AS ENUM ('draft', 'submitted', 'returned', 'approved', 'published');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor', 'council');

-- CreateEnum
CREATE TYPE "OpinionState" AS ENUM ('submitted', 'answered', 'published');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('ok', 'denied', 'failed');

-- CreateTable
CREATE TABLE "Bureau" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "Bureau_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "bureauId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReformArea" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "intro" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "ReformArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Direction" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "areaId" INTEGER NOT NULL,
    "policy" JSONB NOT NULL,
    "mainActions" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "Direction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Classification" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "Classification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanItem" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "bureauId" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "purpose" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "areaLabel" TEXT NOT NULL,
    "directionLabel" TEXT NOT NULL,
    "areaId" INTEGER,
    "directionId" INTEGER,
    "classificationId" INTEGER,
    "startFiscalYear" INTEGER NOT NULL,
    "endFiscalYear" INTEGER NOT NULL,
    "targetMeasurability" "TargetMeasurability",
    "achievement" "Achievement" NOT NULL DEFAULT 'pending',
    "achievementNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemSourceVariant" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "listing" "SourceListing" NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "isCanonical" BOOLEAN NOT NULL,
    CONSTRAINT "ItemSourceVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataQualityFinding" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "FindingKind" NOT NULL,
    "itemId" INTEGER,
    "field" TEXT,
    "detail" JSONB NOT NULL,
    "status" "FindingStatus" NOT NULL DEFAULT 'open',
    "resolution" TEXT,
    "resolvedById" INTEGER,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DataQualityFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemChange" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" INTEGER NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ItemChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "scope" "IndicatorScope" NOT NULL,
    "itemId" INTEGER,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "baselineValue" DOUBLE PRECISION,
    "baselineYear" INTEGER,
    "targetValue" DOUBLE PRECISION,
    "targetYear" INTEGER,
    "targetText" TEXT NOT NULL,
    "direction" "IndicatorDirection" NOT NULL,
    "status" "IndicatorStatus" NOT NULL DEFAULT 'confirmed',
    "sourceText" TEXT,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "periodId" INTEGER,
    "reportId" INTEGER,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "enteredById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" SERIAL NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "term" "PeriodTerm" NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "PeriodStatus" NOT NULL DEFAULT 'draft',
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "state" "ReportState" NOT NULL DEFAULT 'draft',
    "status" "ItemStatus",
    "evaluation" "Evaluation",
    "progressPercent" INTEGER,
    "achievements" TEXT NOT NULL DEFAULT '',
    "issues" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "reviewComment" TEXT,
    "createdById" INTEGER NOT NULL,
    "updatedById" INTEGER NOT NULL,
    "submittedById" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "publishedById" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Edition" (
    "id" SERIAL NOT NULL,
    "periodId" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "frozenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "frozenById" INTEGER,
    CONSTRAINT "Edition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "sectionId" INTEGER,
    "bureauId" INTEGER,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),
    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "CouncilMeeting" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "heldAtText" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "attendees" JSONB NOT NULL,
    "absentees" JSONB NOT NULL,
    "secretariat" TEXT NOT NULL,
    "agenda" JSONB NOT NULL,
    "materials" JSONB NOT NULL,
    "disclosure" TEXT NOT NULL,
    "observers" INTEGER NOT NULL,
    CONSTRAINT "CouncilMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilOpinion" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER,
    "agendaTitle" TEXT,
    "itemId" INTEGER,
    "periodId" INTEGER,
    "authorId" INTEGER,
    "body" TEXT NOT NULL,
    "response" TEXT,
    "respondedById" INTEGER,
    "respondedAt" TIMESTAMP(3),
    "state" "OpinionState" NOT NULL DEFAULT 'submitted',
    "publishedAt" TIMESTAMP(3),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CouncilOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicComment" (
    "id" SERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ageGroup" TEXT NOT NULL,
    "opinion" JSONB NOT NULL,
    "response" JSONB NOT NULL,
    CONSTRAINT "PublicComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentBlock" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "ContentBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "actorRole" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "outcome" "AuditOutcome" NOT NULL DEFAULT 'ok',
    "requestId" TEXT,
    "ip" TEXT,
    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" SERIAL NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "changed" BOOLEAN NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Bureau_code_key" ON "Bureau"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Bureau_sourceName_key" ON "Bureau"("sourceName");

-- CreateIndex
CREATE UNIQUE INDEX "Section_name_key" ON "Section"("name");

-- CreateIndex
CREATE INDEX "Section_bureauId_idx" ON "Section"("bureauId");

-- CreateIndex
CREATE UNIQUE INDEX "ReformArea_name_key" ON "ReformArea"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Direction_name_key" ON "Direction"("name");

-- CreateIndex
CREATE INDEX "Direction_areaId_idx" ON "Direction"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "Classification_name_key" ON "Classification"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PlanItem_number_key" ON "PlanItem"("number");

-- CreateIndex
CREATE INDEX "PlanItem_bureauId_idx" ON "PlanItem"("bureauId");

-- CreateIndex
CREATE INDEX "PlanItem_sectionId_idx" ON "PlanItem"("sectionId");

-- CreateIndex
CREATE INDEX "PlanItem_areaId_idx" ON "PlanItem"("areaId");

-- CreateIndex
CREATE INDEX "PlanItem_directionId_idx" ON "PlanItem"("directionId");

-- CreateIndex
CREATE INDEX "PlanItem_classificationId_idx" ON "PlanItem"("classificationId");

-- CreateIndex
CREATE UNIQUE INDEX "ItemSourceVariant_itemId_listing_field_key" ON "ItemSourceVariant"("itemId", "listing", "field");

-- CreateIndex
CREATE UNIQUE INDEX "DataQualityFinding_key_key" ON "DataQualityFinding"("key");

-- CreateIndex
CREATE INDEX "DataQualityFinding_itemId_idx" ON "DataQualityFinding"("itemId");

-- CreateIndex
CREATE INDEX "DataQualityFinding_kind_status_idx" ON "DataQualityFinding"("kind", "status");

-- CreateIndex
CREATE INDEX "ItemChange_itemId_changedAt_idx" ON "ItemChange"("itemId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_scope_itemId_name_key" ON "Indicator"("scope", "itemId", "name");

-- CreateIndex
CREATE INDEX "Indicator_itemId_idx" ON "Indicator"("itemId");

-- CreateIndex
CREATE INDEX "IndicatorValue_indicatorId_fiscalYear_idx" ON "IndicatorValue"("indicatorId", "fiscalYear");

-- CreateIndex
CREATE INDEX "IndicatorValue_reportId_idx" ON "IndicatorValue"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_fiscalYear_term_key" ON "ReportingPeriod"("fiscalYear", "term");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReport_itemId_periodId_revision_key" ON "ProgressReport"("itemId", "periodId", "revision");

-- CreateIndex
CREATE INDEX "ProgressReport_periodId_state_idx" ON "ProgressReport"("periodId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Edition_periodId_key" ON "Edition"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilMeeting_name_key" ON "CouncilMeeting"("name");

-- CreateIndex
CREATE INDEX "CouncilOpinion_itemId_idx" ON "CouncilOpinion"("itemId");

-- CreateIndex
CREATE INDEX "CouncilOpinion_meetingId_idx" ON "CouncilOpinion"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicComment_topic_number_key" ON "PublicComment"("topic", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ContentBlock_key_key" ON "ContentBlock"("key");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Direction" ADD CONSTRAINT "Direction_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ReformArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ReformArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_classificationId_fkey" FOREIGN KEY ("classificationId") REFERENCES "Classification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemSourceVariant" ADD CONSTRAINT "ItemSourceVariant_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataQualityFinding" ADD CONSTRAINT "DataQualityFinding_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataQualityFinding" ADD CONSTRAINT "DataQualityFinding_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemChange" ADD CONSTRAINT "ItemChange_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemChange" ADD CONSTRAINT "ItemChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_frozenById_fkey" FOREIGN KEY ("frozenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilOpinion" ADD CONSTRAINT "CouncilOpinion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CouncilMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilOpinion" ADD CONSTRAINT "CouncilOpinion_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilOpinion" ADD CONSTRAINT "CouncilOpinion_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilOpinion" ADD CONSTRAINT "CouncilOpinion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilOpinion" ADD CONSTRAINT "CouncilOpinion_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
