import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import { getPublicSummary } from "../rollup/get-summary.ts";
import { ITEMS_TAG } from "./cache-tags.ts";
import { ITEM_PLACE_INCLUDE, itemPlace } from "./item-place.ts";
import type { ItemSummary } from "./types.ts";

async function loadItems(): Promise<ItemSummary[]> {
  const db = await getDb();
  // An item's public state (latest published report, freshness) is the roll-up module's rule; read it from there.
  const states = new Map((await getPublicSummary()).items.map((state) => [state.number, state]));
  const rows = await db.planItem.findMany({ orderBy: { number: "asc" }, include: ITEM_PLACE_INCLUDE });
  return rows.map((row) => {
    const state = states.get(row.number);
    const asOf = state?.asOf ?? null;
    const updated = asOf !== null && asOf > row.updatedAt.toISOString() ? asOf : row.updatedAt.toISOString();
    return {
      number: row.number,
      title: row.title,
      ...itemPlace(row),
      purpose: row.purpose,
      content: row.content,
      target: row.target,
      areaLabel: row.areaLabel || null,
      directionLabel: row.directionLabel || null,
      startFiscalYear: row.startFiscalYear,
      endFiscalYear: row.endFiscalYear,
      status: state?.status ?? "not_reported",
      evaluation: state?.evaluation ?? null,
      progressPercent: state?.progressPercent ?? null,
      asOf,
      stale: state?.stale ?? false,
      achievement: row.achievement,
      updatedAt: updated,
    };
  });
}

/** All items in number order, cached until a change revalidates the items tag. */
export const listItems = cached(loadItems, ["items-v1"], [ITEMS_TAG]);

async function loadReportText(): Promise<Record<number, string>> {
  const db = await getDb();
  // Every published revision: the keyword search reads what the item's page shows.
  const reports = await db.progressReport.findMany({
    where: { state: "published" },
    orderBy: [{ itemId: "asc" }, { id: "asc" }],
    select: { item: { select: { number: true } }, achievements: true, issues: true, nextSteps: true },
  });
  const texts: Record<number, string> = {};
  for (const { item, achievements, issues, nextSteps } of reports) {
    texts[item.number] = [texts[item.number], achievements, issues, nextSteps].filter(Boolean).join("\n");
  }
  return texts;
}

/**
 * By item number, the texts of its published reports (実績, 課題, 今後の取組) for the
 * keyword search (filterItems); publishing expires the items tag.
 */
export const listReportText = cached(loadReportText, ["item-report-text-v1"], [ITEMS_TAG]);
