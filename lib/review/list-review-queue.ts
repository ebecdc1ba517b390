import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { ReportState } from "../generated/prisma/enums.ts";
import type { KpiDefinition } from "../indicators/kpi-definition.ts";
import { latestPublishedReportArgs } from "../reports/latest-published.ts";
import { changedFields, type ReportFieldName, type ReportSnapshot, reportSnapshot } from "../reports/snapshot.ts";

/** A KPI actual of the report under review, next to the one last published. */
export interface ReviewKpi extends Pick<KpiDefinition, "id" | "name" | "unit" | "targetValue"> {
  /** the actual this report carries, or null */
  value: number | null;
  /** the actual of the last published report, or null */
  previous: number | null;
  changed: boolean;
}

export interface ReviewEntry {
  report: ReportSnapshot;
  item: { number: number; title: string; section: string | null };
  submittedBy: string | null;
  submittedAt: string | null;
  /** the last published report of the item, to compare with */
  previous: ReportSnapshot | null;
  /** fields that differ from the previous published report */
  changed: ReportFieldName[];
  /** the item's confirmed KPIs with this report's actuals */
  kpis: ReviewKpi[];
}

/** The secretariat's queue: submitted reports to review and approved ones to publish. */
export async function listReviewQueue(
  db: Db,
  ctx: RequestContext,
): Promise<{ submitted: ReviewEntry[]; approved: ReviewEntry[] }> {
  await authorizeRead(db, ctx, can(ctx.actor, "report.approve"), {
    action: "report.list_review",
    entityType: "ProgressReport",
  });
  const reports = await db.progressReport.findMany({
    where: { state: { in: ["submitted", "approved"] } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    include: {
      submittedBy: { select: { name: true } },
      values: true,
      item: {
        include: {
          section: true,
          reports: { ...latestPublishedReportArgs, include: { values: true } },
          indicators: { where: { scope: "item", status: "confirmed" }, orderBy: { sortOrder: "asc" } },
        },
      },
    },
  });
  const entries = reports.map((r): ReviewEntry & { state: ReportState } => {
    const previous = r.item.reports[0] ? reportSnapshot(r.item.reports[0]) : null;
    const report = reportSnapshot(r);
    return {
      state: r.state,
      report,
      item: { number: r.item.number, title: r.item.title, section: r.item.section?.name ?? null },
      submittedBy: r.submittedBy?.name ?? null,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      previous,
      changed: changedFields(previous, report),
      kpis: r.item.indicators.map((k) => {
        const value = r.values.find((v) => v.indicatorId === k.id)?.value ?? null;
        const before = r.item.reports[0]?.values.find((v) => v.indicatorId === k.id)?.value ?? null;
        return {
          id: k.id,
          name: k.name,
          unit: k.unit,
          targetValue: k.targetValue,
          value,
          previous: before,
          changed: value !== before,
        };
      }),
    };
  });
  return {
    submitted: entries.filter((e) => e.state === "submitted"),
    approved: entries.filter((e) => e.state === "approved"),
  };
}
