import "server-only";
import { z } from "zod";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { ReportState } from "../generated/prisma/enums.ts";
import type { KpiDefinition } from "../indicators/kpi-definition.ts";
import { latestPublishedReportArgs } from "../reports/latest-published.ts";
import { changedFields, type ReportFieldName, type ReportSnapshot, reportSnapshot } from "../reports/snapshot.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";

/** A KPI actual of the report under review, next to the one last published. */
export interface ReviewKpi extends Pick<KpiDefinition, "id" | "name" | "unit" | "targetValue"> {
  /** the actual this report carries, or null */
  value: number | null;
  /** the actual of the last published report, or null */
  previous: number | null;
  changed: boolean;
}

/** The version the secretariat returned, of a report submitted again after 差戻し. */
export interface ReturnedVersion extends Pick<ReportSnapshot, ReportFieldName> {
  comment: string;
  returnedAt: string;
  /** fields the section changed since the return */
  changed: ReportFieldName[];
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
  /** for a resubmission after 差戻し: the returned version and its comment; else null */
  returned: ReturnedVersion | null;
}

// Filters come from the address bar: a value that does not parse is no filter, not an error page.
export const reviewFilterSchema = z.object({
  bureau: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional()
    .catch(undefined),
  section: idSchema.optional().catch(undefined),
  state: z.enum(["submitted", "approved"]).optional().catch(undefined),
});

export type ReviewFilter = z.output<typeof reviewFilterSchema>;

/** The bureaus and their sections the queue can be narrowed to. */
export interface ReviewFilterOptions {
  bureaus: { code: string; name: string; sections: { id: number; name: string }[] }[];
}

export interface ReviewQueue {
  submitted: ReviewEntry[];
  approved: ReviewEntry[];
  /** the filter as applied (unparseable values dropped) */
  filter: ReviewFilter;
  options: ReviewFilterOptions;
}

/** The report's fields as the audit record of its 差戻し wrote them (reportSnapshot's fields, see review-report.ts). */
const returnRecordSchema = z.object({
  status: z.string().nullable(),
  evaluation: z.string().nullable(),
  progressPercent: z.number().nullable(),
  achievements: z.string(),
  issues: z.string(),
  nextSteps: z.string(),
  reviewComment: z.string(),
});

/**
 * The secretariat's queue: submitted reports to review and approved ones to publish, narrowed
 * by bureau, section and state.
 */
export async function listReviewQueue(
  db: Db,
  ctx: RequestContext,
  filterInput: Untrusted<z.input<typeof reviewFilterSchema>> = {},
): Promise<ReviewQueue> {
  await authorizeRead(db, ctx, can(ctx.actor, "report.approve"), {
    action: "report.list_review",
    entityType: "ProgressReport",
  });
  const filter = reviewFilterSchema.parse(filterInput);
  const reports = await db.progressReport.findMany({
    where: {
      state: { in: filter.state ? [filter.state] : ["submitted", "approved"] },
      item: {
        ...(filter.bureau ? { bureau: { code: filter.bureau } } : {}),
        ...(filter.section ? { sectionId: filter.section } : {}),
      },
    },
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
  const returns = await returnedVersions(
    db,
    reports.filter((r) => r.state === "submitted").map((r) => r.id),
  );
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
      returned: returnedEntry(returns.get(r.id), report),
    };
  });
  const bureaus = await db.bureau.findMany({
    orderBy: { sortOrder: "asc" },
    include: { sections: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true } } },
  });
  return {
    submitted: entries.filter((e) => e.state === "submitted"),
    approved: entries.filter((e) => e.state === "approved"),
    filter,
    options: { bureaus: bureaus.map((b) => ({ code: b.code, name: b.name, sections: b.sections })) },
  };
}

/**
 * The latest 差戻し of each report, as its audit record wrote the report then: the record is
 * written in the return's own transaction and never changed, so it is the returned version.
 */
async function returnedVersions(db: Db, reportIds: number[]) {
  const records = reportIds.length
    ? await db.auditLog.findMany({
        where: {
          action: "report.return",
          entityType: "ProgressReport",
          outcome: "ok",
          entityId: { in: reportIds.map(String) },
        },
        orderBy: { id: "desc" },
        select: { entityId: true, at: true, after: true },
      })
    : [];
  const latest = new Map<number, { at: Date; after: unknown }>();
  for (const record of records) {
    const id = Number(record.entityId);
    if (!latest.has(id)) latest.set(id, record);
  }
  return latest;
}

function returnedEntry(
  record: { at: Date; after: unknown } | undefined,
  report: ReportSnapshot,
): ReturnedVersion | null {
  const parsed = returnRecordSchema.safeParse(record?.after);
  if (!record || !parsed.success) return null;
  // zod keeps only the schema's keys: what remains are the report's fields.
  const { reviewComment, ...fields } = parsed.data;
  return {
    ...fields,
    comment: reviewComment,
    returnedAt: record.at.toISOString(),
    changed: changedFields(fields, report),
  };
}
