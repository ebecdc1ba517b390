-- The secretariat's explanations of 整合性チェック findings (lib/consistency).
CREATE TABLE "CheckExplanation" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "kpiId" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT NOT NULL,
    "explainedById" INTEGER NOT NULL,
    "explainedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CheckExplanation_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "CheckExplanation_itemId_periodId_kind_kpiId_key" ON "CheckExplanation"("itemId", "periodId", "kind", "kpiId");
CREATE INDEX "CheckExplanation_periodId_idx" ON "CheckExplanation"("periodId");

ALTER TABLE "CheckExplanation" ADD CONSTRAINT "CheckExplanation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckExplanation" ADD CONSTRAINT "CheckExplanation_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckExplanation" ADD CONSTRAINT "CheckExplanation_explainedById_fkey" FOREIGN KEY ("explainedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
