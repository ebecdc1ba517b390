import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { IndicatorStatus, TargetMeasurability } from "../generated/prisma/enums.ts";
import { type KpiDefinition, kpiDefinition } from "./kpi-definition.ts";

export const STATUS_FILTERS = ["proposed", "confirmed", "rejected", "all"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const MEASURABILITY_FILTERS = ["all", "measurable", "partial", "none", "unset"] as const;
export type MeasurabilityFilter = (typeof MEASURABILITY_FILTERS)[number];

export interface AdminKpi extends KpiDefinition {
  status: IndicatorStatus;
  sourceText: string | null;
  /** the version the edit form is based on */
  updatedAt: string;
  /** actuals entered with reports (any state): a KPI with actuals is better corrected than rejected */
  values: number;
}

export interface AdminItem {
  number: number;
  title: string;
  section: string | null;
  target: string;
  measurability: TargetMeasurability | null;
  kpis: AdminKpi[];
}

/** A vision indicator: a baseline and a trend (「上昇」) rather than a target figure. */
export interface AdminVisionIndicator
  extends Pick<KpiDefinition, "id" | "name" | "unit" | "baselineValue" | "baselineYear"> {
  description: string;
  targetText: string;
  sourceText: string | null;
  values: { fiscalYear: number; value: number; note: string | null }[];
}

export interface IndicatorAdmin {
  items: AdminItem[];
  /** over all 118 items, whatever the filter */
  measurabilityCounts: Record<TargetMeasurability | "unset", number>;
  /** item KPIs by status, whatever the filter */
  statusCounts: Record<IndicatorStatus, number>;
  vision: AdminVisionIndicator[];
}

/**
 * The secretariat's KPI page: items with their KPIs of the chosen status
 * ("all" lists every item, with or without KPIs, so that any can be judged),
 * the measurability counts, and the vision's indicators with their actuals.
 */
export async function listIndicatorAdmin(
  db: Db,
  ctx: RequestContext,
  filter: { status: StatusFilter; measurability: MeasurabilityFilter },
): Promise<IndicatorAdmin> {
  await authorizeRead(db, ctx, can(ctx.actor, "indicator.manage"), {
    action: "indicator.list",
    entityType: "Indicator",
  });
  const [items, vision] = await Promise.all([
    db.planItem.findMany({
      orderBy: { number: "asc" },
      include: {
        section: { select: { name: true } },
        indicators: {
          where: { scope: "item" },
          orderBy: { sortOrder: "asc" },
          include: { _count: { select: { values: true } } },
        },
      },
    }),
    db.indicator.findMany({
      where: { scope: "vision" },
      orderBy: { sortOrder: "asc" },
      include: { values: { where: { reportId: null }, orderBy: { fiscalYear: "asc" } } },
    }),
  ]);

  const measurabilityCounts = { measurable: 0, partial: 0, none: 0, unset: 0 };
  const statusCounts = { proposed: 0, confirmed: 0, rejected: 0 };
  for (const item of items) {
    measurabilityCounts[item.targetMeasurability ?? "unset"] += 1;
    for (const k of item.indicators) statusCounts[k.status] += 1;
  }

  const rows = items
    .filter((item) => filter.measurability === "all" || (item.targetMeasurability ?? "unset") === filter.measurability)
    .map(
      (item): AdminItem => ({
        number: item.number,
        title: item.title,
        section: item.section?.name ?? null,
        target: item.target,
        measurability: item.targetMeasurability,
        kpis: item.indicators
          .filter((k) => filter.status === "all" || k.status === filter.status)
          .map((k) => ({
            ...kpiDefinition(k),
            status: k.status,
            sourceText: k.sourceText,
            updatedAt: k.updatedAt.toISOString(),
            values: k._count.values,
          })),
      }),
    )
    .filter((item) => filter.status === "all" || item.kpis.length > 0);

  return {
    items: rows,
    measurabilityCounts,
    statusCounts,
    vision: vision.map((v) => ({
      id: v.id,
      name: v.name,
      description: v.description,
      unit: v.unit,
      baselineValue: v.baselineValue,
      baselineYear: v.baselineYear,
      targetText: v.targetText,
      sourceText: v.sourceText,
      values: v.values.map((x) => ({ fiscalYear: x.fiscalYear, value: x.value, note: x.note })),
    })),
  };
}
