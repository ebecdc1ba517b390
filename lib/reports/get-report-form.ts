import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import { assertAllowed } from "../audit/run-audited.ts";
import { writeAudit } from "../audit/write-audit.ts";
import type { Db } from "../db/create-client.ts";
import { latestPublishedReportArgs } from "./latest-published.ts";
import { getOpenPeriod, type OpenPeriodView } from "./list-my-items.ts";
import { reportSnapshot, type ReportSnapshot } from "./snapshot.ts";

export interface ReportForm {
  item: { number: number; title: string; target: string; section: string | null; bureau: string };
  period: OpenPeriodView | null;
  /** the report of the open period the form edits (latest revision), or null */
  report: ReportSnapshot | null;
  /** the latest published report of any period, shown beside the form */
  lastPublished: (ReportSnapshot & { fiscalYear: number; term: string }) | null;
  /** whether the current report can still be changed by the section */
  editable: boolean;
}

/** Everything the report form shows, after checking the actor may report on the item. */
export async function getReportForm(db: Db, ctx: RequestContext, itemNumber: number): Promise<ReportForm> {
  const item = await db.planItem.findUnique({
    where: { number: itemNumber },
    include: { section: true, bureau: true, reports: { ...latestPublishedReportArgs, include: { period: true } } },
  });
  if (!item) throw new ServiceError("not_found");
  try {
    assertAllowed(can(ctx.actor, "report.save_draft", item), ctx);
  } catch (error) {
    await writeAudit(db, { actor: ctx.actor, action: "report.open_form", entityType: "PlanItem", entityId: itemNumber, outcome: "denied", requestId: ctx.requestId, ip: ctx.ip });
    throw error;
  }
  const period = await getOpenPeriod(db);
  const current = period
    ? await db.progressReport.findFirst({ where: { itemId: item.id, periodId: period.id }, orderBy: { revision: "desc" } })
    : null;
  const published = item.reports[0];
  return {
    item: { number: item.number, title: item.title, target: item.target, section: item.section?.name ?? null, bureau: item.bureau.sourceName },
    period,
    report: current ? reportSnapshot(current) : null,
    lastPublished: published ? { ...reportSnapshot(published), fiscalYear: published.period.fiscalYear, term: published.period.term } : null,
    editable: period !== null && (!current || ["draft", "returned", "published"].includes(current.state)),
  };
}
