import "server-only";
import { type CheckFinding, checkItem } from "../consistency/checks.ts";
import type { Db } from "../db/create-client.ts";
import type { Tx } from "../db/tx.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type {
  Achievement,
  Evaluation,
  PeriodStatus,
  PeriodTerm,
  ReportState,
  TargetMeasurability,
} from "../generated/prisma/enums.ts";
import { type KpiDefinition, kpiDefinition } from "../indicators/kpi-definition.ts";
import { ITEM_PLACE_INCLUDE, itemPlace } from "../items/item-place.ts";
import type { StatusKey } from "../reports/vocabulary.ts";
import type { KpiInput } from "./rollup.ts";

export interface PeriodRef {
  id: number;
  fiscalYear: number;
  term: PeriodTerm;
  status: PeriodStatus;
  dueOn: string;
  closedAt: string | null;
}

export interface KpiState extends KpiDefinition, KpiInput {
  /** fiscal year of the actual */
  actualYear: number | null;
  /** the actual reported for an earlier period than the latest one; null when there is none */
  previous: number | null;
}

/** One item as the roll-ups, dashboards, editions and the council report see it at a period. */
export interface ItemState {
  number: number;
  title: string;
  target: string;
  bureau: { code: string; name: string; sourceName: string };
  section: string | null;
  area: string | null;
  direction: string | null;
  classification: string | null;
  status: StatusKey;
  evaluation: Evaluation | null;
  progressPercent: number | null;
  /** 実績, 課題 and 今後の取組 of the report shown */
  achievements: string;
  issues: string;
  nextSteps: string;
  /** the last fiscal year of the item's plan period */
  endFiscalYear: number;
  /** publishedAt (approvedAt for an internal view's approved report) of the report shown */
  asOf: string | null;
  /** period of the report shown */
  reportPeriodId: number | null;
  reportState: ReportState | null;
  /** has a report for the period the view is about */
  current: boolean;
  /** nothing published for the latest closed period up to the view's period (未更新) */
  stale: boolean;
  achievement: Achievement;
  measurability: TargetMeasurability | null;
  kpis: KpiState[];
  /** 整合性チェック the item fails at the period (lib/consistency/checks.ts) */
  checks: CheckFinding[];
}

export interface ItemStatesOptions {
  /** the period the view is about; the latest non-draft period when omitted */
  periodId?: number;
  /** include approved, not yet published reports (the council's and secretariat's view) */
  internal?: boolean;
}

const TERM_ORDER: Record<PeriodTerm, number> = { first_half: 0, year_end: 1 };
const periodRank = (p: { fiscalYear: number; term: PeriodTerm }) => p.fiscalYear * 2 + TERM_ORDER[p.term];

/** The period whose reports decide 未更新: the latest closed one up to `period` (periods oldest first). */
export function latestClosedUpTo(period: PeriodRef | null, periods: readonly PeriodRef[]): PeriodRef | null {
  if (!period) return null;
  return periods.filter((p) => p.status === "closed" && periodRank(p) <= periodRank(period)).at(-1) ?? null;
}

/** Non-draft periods, oldest first: the periods reports can belong to. */
export async function listReportablePeriods(db: Db | Tx): Promise<PeriodRef[]> {
  const rows = await db.reportingPeriod.findMany({ where: { status: { not: "draft" } } });
  return rows
    .sort((a, b) => periodRank(a) - periodRank(b))
    .map((p) => ({
      id: p.id,
      fiscalYear: p.fiscalYear,
      term: p.term,
      status: p.status,
      dueOn: p.dueOn.toISOString().slice(0, 10),
      closedAt: p.closedAt?.toISOString() ?? null,
    }));
}

/**
 * The ids of the reports a view of one period needs: each item's latest report up to the period (by
 * period, then revision) and the published ones of the latest closed period (未更新). With many
 * periods of history this is a few hundred rows instead of every report ever made.
 */
async function reportIdsAt(db: Db | Tx, states: ReportState[], periodIds: number[], latestClosed: PeriodRef | null) {
  if (periodIds.length === 0) return [];
  const latest = await db.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT ON (r."itemId") r."id"
    FROM "ProgressReport" r JOIN "ReportingPeriod" p ON p."id" = r."periodId"
    WHERE r."state"::text IN (${Prisma.join(states)}) AND r."periodId" IN (${Prisma.join(periodIds)})
    ORDER BY r."itemId", p."fiscalYear" DESC, (p."term" = 'year_end') DESC, r."revision" DESC`;
  const closed = latestClosed
    ? await db.progressReport.findMany({
        where: { state: "published", periodId: latestClosed.id },
        select: { id: true },
      })
    : [];
  return [...new Set([...latest, ...closed].map((r) => r.id))];
}

/**
 * The rows every view is computed from: the items, and the reports and KPI values of the view's
 * states up to a period — for one period (`only`) just the reports that view needs.
 */
async function fetchSource(
  db: Db | Tx,
  internal: boolean,
  upTo: PeriodRef | null,
  periods: PeriodRef[],
  only: "one period" | "every period",
) {
  const states: ReportState[] = internal ? ["published", "approved"] : ["published"];
  const periodIds = upTo ? periods.filter((p) => periodRank(p) <= periodRank(upTo)).map((p) => p.id) : [];
  const reportFilter =
    only === "one period"
      ? { id: { in: await reportIdsAt(db, states, periodIds, latestClosedUpTo(upTo, periods)) } }
      : { state: { in: states }, periodId: { in: periodIds } };
  // One query after the other: inside a transaction (freezing an edition) the client runs them serially anyway.
  const items = await db.planItem.findMany({
    orderBy: { number: "asc" },
    include: {
      ...ITEM_PLACE_INCLUDE,
      indicators: { where: { scope: "item", status: "confirmed" }, orderBy: { sortOrder: "asc" } },
    },
  });
  const reports = await db.progressReport.findMany({
    where: reportFilter,
    select: {
      itemId: true,
      periodId: true,
      revision: true,
      state: true,
      status: true,
      evaluation: true,
      progressPercent: true,
      achievements: true,
      issues: true,
      nextSteps: true,
      publishedAt: true,
      reviewedAt: true,
    },
  });
  const values = await db.indicatorValue.findMany({
    where: { report: { state: { in: states }, periodId: { in: periodIds } } },
    select: {
      indicatorId: true,
      value: true,
      fiscalYear: true,
      report: { select: { periodId: true, revision: true } },
    },
  });
  return { periods, items, reports, values };
}

type Source = Awaited<ReturnType<typeof fetchSource>>;

/** Every item's state at `period` from rows fetched up to that period or later. */
function statesAt(source: Source, period: PeriodRef | null): ItemState[] {
  const rank = new Map(source.periods.map((p) => [p.id, periodRank(p)]));
  const limit = period ? periodRank(period) : -1;
  const inView = (r: { periodId: number }) => rank.get(r.periodId)! <= limit;
  const latestClosed = latestClosedUpTo(period, source.periods);

  // Latest report per item: by period, then revision (a correction is a higher revision).
  const order = (r: { periodId: number; revision: number }) => rank.get(r.periodId)! * 10_000 + r.revision;
  const latest = new Map<number, Source["reports"][number]>();
  const publishedFor = new Set<string>();
  for (const report of source.reports) {
    if (!inView(report)) continue;
    const seen = latest.get(report.itemId);
    if (!seen || order(report) > order(seen)) latest.set(report.itemId, report);
    if (report.state === "published") publishedFor.add(`${report.itemId}:${report.periodId}`);
  }
  // Each KPI's actuals in view, latest first: the latest, and the one of an earlier period before it.
  const actuals = new Map<number, Source["values"]>();
  for (const value of source.values) {
    if (!inView(value.report!)) continue;
    actuals.set(value.indicatorId, [...(actuals.get(value.indicatorId) ?? []), value]);
  }
  for (const list of actuals.values()) list.sort((a, b) => order(b.report!) - order(a.report!));

  return source.items.map((item): ItemState => {
    const report = latest.get(item.id);
    const when = report?.state === "published" ? report.publishedAt : report?.reviewedAt;
    const state: Omit<ItemState, "checks"> = {
      number: item.number,
      title: item.title,
      target: item.target,
      ...itemPlace(item),
      status: report?.status ?? "not_reported",
      evaluation: report?.evaluation ?? null,
      progressPercent: report?.progressPercent ?? null,
      achievements: report?.achievements ?? "",
      issues: report?.issues ?? "",
      nextSteps: report?.nextSteps ?? "",
      endFiscalYear: item.endFiscalYear,
      asOf: when?.toISOString() ?? null,
      reportPeriodId: report?.periodId ?? null,
      reportState: report?.state ?? null,
      current: period !== null && report?.periodId === period.id,
      stale: latestClosed !== null && !publishedFor.has(`${item.id}:${latestClosed.id}`),
      achievement: item.achievement,
      measurability: item.targetMeasurability,
      kpis: item.indicators.map((indicator) => {
        const [actual, ...earlier] = actuals.get(indicator.id) ?? [];
        const previous = earlier.find((v) => v.report!.periodId !== actual.report!.periodId);
        return {
          ...kpiDefinition(indicator),
          actual: actual?.value ?? null,
          actualYear: actual?.fiscalYear ?? null,
          previous: previous?.value ?? null,
        };
      }),
    };
    return { ...state, checks: checkItem(state, period?.fiscalYear ?? null) };
  });
}

/**
 * Every item's state as of a period: its latest report up to that period
 * (published, or approved too for the internal view), its confirmed KPIs with
 * their latest actual from such reports, and whether it is current or stale.
 * Returns the period used (null when no period exists yet: everything is 未報告).
 */
export async function loadItemStates(
  db: Db | Tx,
  options: ItemStatesOptions = {},
): Promise<{ period: PeriodRef | null; periods: PeriodRef[]; items: ItemState[] }> {
  const periods = await listReportablePeriods(db);
  const period =
    options.periodId === undefined
      ? (periods.at(-1) ?? null)
      : (periods.find((p) => p.id === options.periodId) ?? null);
  if (options.periodId !== undefined && !period) throw new RangeError(`no reportable period ${options.periodId}`);
  const source = await fetchSource(db, options.internal ?? false, period, periods, "one period");
  return { period, periods, items: statesAt(source, period) };
}

/** Every item's state at each period, oldest first, from one read of the database. */
export async function loadStatesByPeriod(
  db: Db | Tx,
  options: Pick<ItemStatesOptions, "internal"> = {},
): Promise<{ period: PeriodRef; items: ItemState[] }[]> {
  const periods = await listReportablePeriods(db);
  const source = await fetchSource(db, options.internal ?? false, periods.at(-1) ?? null, periods, "every period");
  return periods.map((period) => ({ period, items: statesAt(source, period) }));
}
