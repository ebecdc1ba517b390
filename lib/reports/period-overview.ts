import "server-only";
import { z } from "zod";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import {
  Evaluation as EVALUATION,
  type PeriodStatus,
  type PeriodTerm,
  type ReportState,
} from "../generated/prisma/enums.ts";
import { parsePeriodKey, periodKey } from "../periods/period-key.ts";
import type { ReportFields } from "./snapshot.ts";
import { TRACKER_STATES, type TrackerState } from "./submission-tracker.ts";

/** 評価 as a filter: one of A–D, or "none" for items without one (not rated, or not reported at all). */
export const OVERVIEW_EVALUATIONS = [...Object.values(EVALUATION), "none"] as const;
export type OverviewEvaluation = (typeof OVERVIEW_EVALUATIONS)[number];

const oneText = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 100) || undefined);

/**
 * The filters as they come from the URL. An unknown bureau or section matches nothing; a state or
 * an evaluation that is none of the choices is no filter, as a hand-edited address deserves.
 */
const filterSchema = z.object({
  bureau: oneText,
  section: oneText,
  state: oneText.pipe(z.enum(TRACKER_STATES).optional().catch(undefined)),
  evaluation: oneText.pipe(z.enum(OVERVIEW_EVALUATIONS).optional().catch(undefined)),
});

export type OverviewFilter = z.output<typeof filterSchema>;

export interface PeriodOverviewInput {
  /** the period's key, e.g. 2025-first_half */
  period: string;
  /** the page's search parameters */
  filter?: Record<string, string | string[] | undefined>;
}

export interface OverviewReport extends ReportFields {
  revision: number;
  state: ReportState;
  /** the secretariat's comment when it returned the report */
  reviewComment: string | null;
  updatedAt: string;
}

export interface OverviewItem {
  number: number;
  title: string;
  bureau: string;
  section: string | null;
  state: TrackerState;
  /** the latest revision for the period; null before the section has written anything (未作成) */
  report: OverviewReport | null;
}

export interface PeriodOverview {
  period: { key: string; fiscalYear: number; term: PeriodTerm; status: PeriodStatus; dueOn: string };
  filter: OverviewFilter;
  /** every bureau with its sections, in the plan's order, for the filter's choices */
  bureaus: { code: string; name: string; sections: string[] }[];
  /** the items the filter keeps, by number */
  items: OverviewItem[];
  /** how many items the period has in all */
  total: number;
}

/**
 * 期間の報告一覧: every item's latest report for a period with its texts, for
 * the secretariat to read through and print for the council. Anyone else is
 * refused (and the refusal audited); an unknown period is not_found, but only
 * after the policy has been asked.
 */
export async function getPeriodOverview(
  db: Db,
  ctx: RequestContext,
  input: PeriodOverviewInput,
): Promise<PeriodOverview> {
  await authorizeRead(db, ctx, can(ctx.actor, "report.approve"), {
    action: "report.overview",
    entityType: "ReportingPeriod",
    entityId: input.period,
  });
  const parsed = filterSchema.safeParse(input.filter ?? {});
  const filter = parsed.success ? parsed.data : filterSchema.parse({});
  const key = parsePeriodKey(input.period);
  const period = key && (await db.reportingPeriod.findUnique({ where: { fiscalYear_term: key } }));
  if (!period) throw new ServiceError("not_found");

  // Every item with its latest revision for the period, in one read; the filter runs on the rows so
  // that the choices list every bureau and section whatever is chosen.
  const rows = await db.planItem.findMany({
    select: {
      number: true,
      title: true,
      bureau: { select: { code: true, name: true, sortOrder: true } },
      section: { select: { name: true, sortOrder: true } },
      reports: {
        where: { periodId: period.id },
        orderBy: { revision: "desc" },
        take: 1,
        select: {
          revision: true,
          state: true,
          status: true,
          evaluation: true,
          progressPercent: true,
          achievements: true,
          issues: true,
          nextSteps: true,
          reviewComment: true,
          updatedAt: true,
        },
      },
    },
    orderBy: { number: "asc" },
  });

  const items = rows.map((row): OverviewItem => {
    const latest = row.reports[0];
    return {
      number: row.number,
      title: row.title,
      bureau: row.bureau.code,
      section: row.section?.name ?? null,
      state: latest?.state ?? "none",
      report: latest ? { ...latest, updatedAt: latest.updatedAt.toISOString() } : null,
    };
  });
  const keep = (item: OverviewItem) =>
    (!filter.bureau || item.bureau === filter.bureau) &&
    (!filter.section || item.section === filter.section) &&
    (!filter.state || item.state === filter.state) &&
    (!filter.evaluation || (item.report?.evaluation ?? "none") === filter.evaluation);

  return {
    period: {
      key: periodKey(period),
      fiscalYear: period.fiscalYear,
      term: period.term,
      status: period.status,
      dueOn: period.dueOn.toISOString().slice(0, 10),
    },
    filter,
    bureaus: organization(rows),
    items: items.filter(keep),
    total: items.length,
  };
}

type Row = {
  bureau: { code: string; name: string; sortOrder: number };
  section: { name: string; sortOrder: number } | null;
};

/** The bureaus and sections that own items, in the plan's order. */
function organization(rows: readonly Row[]): PeriodOverview["bureaus"] {
  const bureaus = new Map<string, { name: string; order: number; sections: Map<string, number> }>();
  for (const { bureau, section } of rows) {
    const entry = bureaus.get(bureau.code) ?? { name: bureau.name, order: bureau.sortOrder, sections: new Map() };
    bureaus.set(bureau.code, entry);
    if (section) entry.sections.set(section.name, section.sortOrder);
  }
  return [...bureaus.entries()]
    .sort(([, a], [, b]) => a.order - b.order)
    .map(([code, { name, sections }]) => ({
      code,
      name,
      sections: [...sections.entries()].sort(([, a], [, b]) => a - b).map(([section]) => section),
    }));
}
