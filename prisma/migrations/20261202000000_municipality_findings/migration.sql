-- AlterEnum
ALTER TYPE "FindingKind" ADD VALUE 'mixed_script';
ALTER TYPE "FindingKind" ADD VALUE 'digit_for_letter';
ALTER TYPE "FindingKind" ADD VALUE 'replacement_char';
ALTER TYPE "FindingKind" ADD VALUE 'control_char';

-- AlterTable
ALTER TABLE "DataQualityFinding" ADD COLUMN "correctedText" TEXT;

-- CreateTable
CREATE TABLE "Municipality" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "planName" TEXT NOT NULL,
    "startFiscalYear" INTEGER NOT NULL,
    "endFiscalYear" INTEGER NOT NULL,
    "licenceName" TEXT NOT NULL,
    "licenceUrl" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Municipality_single_row" CHECK ("id" = 1)
);
