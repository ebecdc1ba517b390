// Reports and KPIs as a section and the secretariat would set them up through the real services.
import type { RequestContext } from "../../lib/auth/context.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import type { Db } from "./db.ts";
import { COMPLETE_REPORT } from "./fixtures.ts";

/** An item's first report of the open period (no version to build on), saved as a draft or submitted. */
export function firstReport(
  db: Db,
  ctx: RequestContext,
  itemNumber: number,
  intent: "draft" | "submit",
  fields: Record<string, string>,
) {
  return saveReport(db, ctx, { itemNumber, baseReportId: 0, baseVersion: 0, intent, fields });
}

const COUNTED = "書き込み";

/**
 * A draft of the failure drills: its 実績 carries `counter`, so what is stored after a crash tells
 * which save survived (`countOf`). Based on `base`, the version the previous save wrote.
 */
export function saveCountedDraft(
  db: Db,
  ctx: RequestContext,
  itemNumber: number,
  base: { reportId: number; version: number },
  counter: number,
) {
  return saveReport(db, ctx, {
    itemNumber,
    baseReportId: base.reportId,
    baseVersion: base.version,
    intent: "draft",
    fields: { ...COMPLETE_REPORT, achievements: `${COUNTED}${counter}` },
  });
}

/** The counter of a draft saved by `saveCountedDraft`. */
export function countOf(achievements: string): number {
  return Number(achievements.replace(COUNTED, ""));
}

/** A confirmed KPI of an item, counting upwards; its id. */
export async function confirmedKpi(
  db: Db,
  itemNumber: number,
  kpi: { name: string; unit: string; baselineValue: number; targetValue: number; targetYear: number },
): Promise<number> {
  const item = await db.planItem.findUniqueOrThrow({ where: { number: itemNumber } });
  const created = await db.indicator.create({
    data: {
      scope: "item",
      itemId: item.id,
      description: "",
      targetText: "",
      direction: "increase",
      status: "confirmed",
      sortOrder: 1,
      ...kpi,
    },
  });
  return created.id;
}
