import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { PeriodTerm, ReportState } from "../generated/prisma/enums.ts";

/** The state of an item's report in the open period, as the staff home shows it. */
export type ReportStateKey = ReportState | "none";

export interface MyItem {
  number: number;
  title: string;
  section: string | null;
  state: ReportStateKey;
  reviewComment: string | null;
  updatedAt: string | null;
}

export interface OpenPeriodView {
  id: number;
  fiscalYear: number;
  term: PeriodTerm;
  dueOn: string;
  /** whole days from today (Asia/Tokyo) to the due date; negative when overdue */
  daysLeft: number;
}

const STATE_ORDER: Record<ReportStateKey, number> = {
  returned: 0,
  none: 1,
  draft: 2,
  submitted: 3,
  approved: 4,
  published: 5,
};

/** Days between two calendar dates in Asia/Tokyo. */
export function daysUntil(dueOn: Date, now = new Date()): number {
  const tokyoToday = new Date(now.toLocaleString("en-US", { timeZone: "Asia/Tokyo" }));
  const today = Date.UTC(tokyoToday.getFullYear(), tokyoToday.getMonth(), tokyoToday.getDate());
  return Math.round((dueOn.getTime() - today) / 86_400_000);
}

export async function getOpenPeriod(db: Db): Promise<OpenPeriodView | null> {
  const period = await db.reportingPeriod.findFirst({ where: { status: "open" }, orderBy: { id: "desc" } });
  if (!period) return null;
  return {
    id: period.id,
    fiscalYear: period.fiscalYear,
    term: period.term,
    dueOn: period.dueOn.toISOString().slice(0, 10),
    daysLeft: daysUntil(period.dueOn),
  };
}

/**
 * "My items": the items the actor may report on (their section, or bureau; all
 * for the secretariat), with the state of each report in the open period,
 * returned reports first. Anyone signed in may ask; the policy picks the items.
 */
export async function listMyItems(
  db: Db,
  ctx: RequestContext,
): Promise<{ period: OpenPeriodView | null; items: MyItem[] }> {
  const actor = await authorizeRead(db, ctx, ctx.actor !== null, {
    action: "report.list_mine",
    entityType: "PlanItem",
  });
  const period = await getOpenPeriod(db);
  const scope =
    actor.role === "admin"
      ? {}
      : actor.role === "editor"
        ? actor.bureauId !== null
          ? { bureauId: actor.bureauId }
          : { sectionId: actor.sectionId ?? -1 }
        : { id: -1 };
  const items = await db.planItem.findMany({
    where: scope,
    orderBy: { number: "asc" },
    include: {
      section: true,
      reports: period ? { where: { periodId: period.id }, orderBy: { revision: "desc" }, take: 1 } : false,
    },
  });
  const rows = items
    .filter((item) => can(actor, "report.save_draft", item))
    .map((item): MyItem => {
      const report = period ? item.reports[0] : undefined;
      return {
        number: item.number,
        title: item.title,
        section: item.section?.name ?? null,
        state: report ? report.state : "none",
        reviewComment: report?.state === "returned" ? report.reviewComment : null,
        updatedAt: report?.updatedAt.toISOString() ?? null,
      };
    });
  rows.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.number - b.number);
  return { period, items: rows };
}
