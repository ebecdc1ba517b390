import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { PeriodTerm } from "../generated/prisma/enums.ts";
import { type KpiDefinition, kpiDefinition } from "../indicators/kpi-definition.ts";
import { latestPublishedReportArgs } from "./latest-published.ts";
import { getOpenPeriod, type OpenPeriodView } from "./list-my-items.ts";
import { type ReportSnapshot, reportSnapshot } from "./snapshot.ts";

/** A confirmed KPI of the item, with the actual the form edits and the last published one. */
export interface ReportFormKpi extends KpiDefinition {
  /** the actual the current report carries (of the latest revision, so a new revision starts from it) */
  value: number | null;
  /** the latest published actual of any period */
  lastPublished: { value: number; fiscalYear: number } | null;
}

export interface ReportForm {
  item: { number: number; title: string; target: string; section: string | null; bureau: string };
  period: OpenPeriodView | null;
  /** the report of the open period the form edits (latest revision), or null */
  report: ReportSnapshot | null;
  /** the latest published report of any period, shown beside the form */
  lastPublished: (ReportSnapshot & { fiscalYear: number; term: PeriodTerm }) | null;
  /** whether the current report can still be changed by the section */
  editable: boolean;
  /** the item's confirmed KPIs, for the actuals part of the form */
  kpis: ReportFormKpi[];
  /** who is reading: the browser keeps unsaved text per person */
  viewerId: number;
}

/** Everything the report form shows, after checking the actor may report on the item. */
export async function getReportForm(db: Db, ctx: RequestContext, itemNumber: number): Promise<ReportForm> {
  const item = await db.planItem.findUnique({
    where: { number: itemNumber },
    include: { section: true, bureau: true, reports: { ...latestPublishedReportArgs, include: { period: true } } },
  });
  if (!item) throw new ServiceError("not_found");
  const viewer = await authorizeRead(db, ctx, can(ctx.actor, "report.save_draft", item), {
    action: "report.open_form",
    entityType: "PlanItem",
    entityId: itemNumber,
  });
  const period = await getOpenPeriod(db);
  const current = period
    ? await db.progressReport.findFirst({
        where: { itemId: item.id, periodId: period.id },
        orderBy: { revision: "desc" },
      })
    : null;
  const published = item.reports[0];
  const kpis = await db.indicator.findMany({
    where: { itemId: item.id, scope: "item", status: "confirmed" },
    orderBy: { sortOrder: "asc" },
    include: {
      values: {
        where: { OR: [...(current ? [{ reportId: current.id }] : []), { report: { state: "published" } }] },
        include: {
          report: { select: { state: true, revision: true, period: { select: { fiscalYear: true, term: true } } } },
        },
      },
    },
  });
  return {
    item: {
      number: item.number,
      title: item.title,
      target: item.target,
      section: item.section?.name ?? null,
      bureau: item.bureau.sourceName,
    },
    period,
    report: current ? reportSnapshot(current) : null,
    lastPublished: published
      ? { ...reportSnapshot(published), fiscalYear: published.period.fiscalYear, term: published.period.term }
      : null,
    editable: period !== null && (!current || ["draft", "returned", "published"].includes(current.state)),
    kpis: kpis.map((k) => {
      const latest = k.values
        .filter((v) => v.report?.state === "published")
        .sort((a, b) => rank(b.report!) - rank(a.report!))[0];
      return {
        ...kpiDefinition(k),
        value: current ? (k.values.find((v) => v.reportId === current.id)?.value ?? null) : null,
        lastPublished: latest ? { value: latest.value, fiscalYear: latest.report!.period.fiscalYear } : null,
      };
    }),
    viewerId: viewer.id,
  };
}

/** Order of published reports: fiscal year, then term (上半期 before 年度末), then revision. */
function rank(report: { revision: number; period: { fiscalYear: number; term: string } }): number {
  return report.period.fiscalYear * 100_000 + (report.period.term === "year_end" ? 50_000 : 0) + report.revision;
}
