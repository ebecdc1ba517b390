import type { Db } from "../db/create-client.ts";
import { TX_OPTIONS } from "../db/tx.ts";
import { proposeKpis } from "./propose-kpis.ts";

export interface BackfillResult {
  /** items whose target got its measurability */
  classified: number;
  /** proposed KPIs created */
  proposed: number;
}

/**
 * Classifies every item target not classified yet and proposes its KPIs
 * (status `proposed`, for the secretariat to confirm or reject). Idempotent:
 * an item that already has a measurability — set here or by the secretariat —
 * is never touched again, and existing indicators (confirmed, rejected or
 * proposed) are never changed. Safe when several instances start at once: the
 * classification is claimed with a conditional update, so only one of them
 * creates an item's proposals.
 */
export async function backfillKpiProposals(db: Db): Promise<BackfillResult> {
  const pending = await db.planItem.findMany({
    where: { targetMeasurability: null },
    select: { id: true, number: true, title: true, target: true, endFiscalYear: true },
    orderBy: { number: "asc" },
  });
  if (pending.length === 0) return { classified: 0, proposed: 0 };
  return db.$transaction(
    async (tx) => {
      let classified = 0;
      let proposed = 0;
      for (const item of pending) {
        const analysis = proposeKpis({ target: item.target, title: item.title, endFiscalYear: item.endFiscalYear });
        const claimed = await tx.planItem.updateMany({
          where: { id: item.id, targetMeasurability: null },
          data: { targetMeasurability: analysis.measurability },
        });
        if (claimed.count !== 1) continue;
        classified += 1;
        if (analysis.proposals.length === 0) continue;
        const last = await tx.indicator.aggregate({ where: { itemId: item.id }, _max: { sortOrder: true } });
        const start = last._max.sortOrder ?? 0;
        const created = await tx.indicator.createMany({
          data: analysis.proposals.map((p, i) => ({
            scope: "item" as const,
            itemId: item.id,
            name: p.name,
            description: "",
            unit: p.unit,
            baselineValue: p.baselineValue,
            baselineYear: p.baselineYear,
            targetValue: p.targetValue,
            targetYear: p.targetYear,
            targetText: item.target,
            direction: p.direction,
            status: "proposed" as const,
            sourceText: p.sourceText,
            sortOrder: start + i + 1,
          })),
          // A KPI of the same name the secretariat already added is left as it is.
          skipDuplicates: true,
        });
        proposed += created.count;
      }
      return { classified, proposed };
    },
    { ...TX_OPTIONS, timeout: 120_000 },
  );
}
