import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import type { Db } from "../db/create-client.ts";
import type { PeriodTerm, TargetMeasurability } from "../generated/prisma/enums.ts";
import { CONTENT_TAG, ITEMS_TAG, itemTag } from "../items/cache-tags.ts";
import { kpiAchievementRate } from "../rollup/rollup.ts";
import { type KpiDefinition, kpiDefinition } from "./kpi-definition.ts";

/** One published actual: of a reporting period (item KPIs) or of a fiscal year (vision indicators, term null). */
export interface KpiActual {
  fiscalYear: number;
  term: PeriodTerm | null;
  value: number;
  note?: string | null;
}

export interface PublicKpi extends KpiDefinition {
  /** oldest first */
  actuals: KpiActual[];
  latest: KpiActual | null;
  /** progress from baseline to target of the latest actual (1 = reached), see kpiAchievementRate */
  rate: number | null;
}

export interface ItemKpis {
  number: number;
  measurability: TargetMeasurability | null;
  kpis: PublicKpi[];
}

export interface VisionIndicator extends PublicKpi {
  description: string;
  /** 「上昇」 as the vision states it */
  targetText: string;
  /** survey and year of the baseline */
  sourceText: string | null;
}

const TERM_RANK: Record<PeriodTerm, number> = { first_half: 0, year_end: 1 };
const order = (a: KpiActual) => a.fiscalYear * 2 + (a.term === null ? 1 : TERM_RANK[a.term]);

function withRate<T extends Omit<PublicKpi, "latest" | "rate">>(kpi: T): T & Pick<PublicKpi, "latest" | "rate"> {
  const actuals = [...kpi.actuals].sort((a, b) => order(a) - order(b));
  const latest = actuals.at(-1) ?? null;
  return {
    ...kpi,
    actuals,
    latest,
    rate: kpiAchievementRate({
      direction: kpi.direction,
      baselineValue: kpi.baselineValue,
      targetValue: kpi.targetValue,
      actual: latest?.value ?? null,
    }),
  };
}

/**
 * An item's confirmed KPIs with their published actuals: for each period the
 * value of the period's latest published revision (a correction replaces, and
 * may clear, what an earlier revision said). Null for an unknown item.
 */
export async function loadItemKpis(db: Db, number: number): Promise<ItemKpis | null> {
  const item = await db.planItem.findUnique({
    where: { number },
    select: {
      number: true,
      targetMeasurability: true,
      indicators: { where: { scope: "item", status: "confirmed" }, orderBy: { sortOrder: "asc" } },
      reports: {
        where: { state: "published" },
        select: {
          periodId: true,
          revision: true,
          period: { select: { fiscalYear: true, term: true } },
          values: { select: { indicatorId: true, value: true } },
        },
      },
    },
  });
  if (!item) return null;
  const latestByPeriod = new Map<number, (typeof item.reports)[number]>();
  for (const report of item.reports) {
    const seen = latestByPeriod.get(report.periodId);
    if (!seen || seen.revision < report.revision) latestByPeriod.set(report.periodId, report);
  }
  const reports = [...latestByPeriod.values()];
  return {
    number: item.number,
    measurability: item.targetMeasurability,
    kpis: item.indicators.map((k) =>
      withRate({
        ...kpiDefinition(k),
        actuals: reports.flatMap((r) =>
          r.values
            .filter((v) => v.indicatorId === k.id)
            .map((v) => ({ fiscalYear: r.period.fiscalYear, term: r.period.term, value: v.value })),
        ),
      }),
    ),
  };
}

/** The vision's 成果指標 with the yearly actuals the secretariat entered (public as entered). */
export async function loadVisionIndicators(db: Db): Promise<VisionIndicator[]> {
  const indicators = await db.indicator.findMany({
    where: { scope: "vision" },
    orderBy: { sortOrder: "asc" },
    include: { values: { where: { reportId: null }, orderBy: { fiscalYear: "asc" } } },
  });
  return indicators.map((i) =>
    withRate({
      id: i.id,
      name: i.name,
      description: i.description,
      unit: i.unit,
      direction: i.direction,
      baselineValue: i.baselineValue,
      baselineYear: i.baselineYear,
      targetValue: i.targetValue,
      targetYear: i.targetYear,
      targetText: i.targetText,
      sourceText: i.sourceText,
      actuals: i.values.map((v) => ({ fiscalYear: v.fiscalYear, term: null, value: v.value, note: v.note })),
    }),
  );
}

/** Cached per item; a publication, a KPI decision or an item edit expires it (items tag or the item's tag). */
export function getItemKpis(number: number): Promise<ItemKpis | null> {
  return cached(
    async () => loadItemKpis(await getDb(), number),
    ["item-kpis-v1", String(number)],
    [ITEMS_TAG, itemTag(number)],
  )();
}

/** Cached with the vision's content; entering a yearly actual expires it. */
export const listVisionIndicators = cached(
  async () => loadVisionIndicators(await getDb()),
  ["vision-indicators-v1"],
  [CONTENT_TAG],
);
