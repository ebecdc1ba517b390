-- A vision indicator has one yearly actual per fiscal year (values entered with a report have reportId set).
-- Duplicates written by concurrent entries before this index existed: keep the newest of each year.
DELETE FROM "IndicatorValue" AS v
WHERE v."reportId" IS NULL
  AND EXISTS (
    SELECT 1 FROM "IndicatorValue" AS newer
    WHERE newer."reportId" IS NULL
      AND newer."indicatorId" = v."indicatorId"
      AND newer."fiscalYear" = v."fiscalYear"
      AND (newer."createdAt", newer."id") > (v."createdAt", v."id")
  );

-- Partial, so Prisma's schema cannot state it: lib/indicators/manage-indicators.ts writes against it with ON CONFLICT.
CREATE UNIQUE INDEX "IndicatorValue_yearly_key" ON "IndicatorValue"("indicatorId", "fiscalYear") WHERE "reportId" IS NULL;
