import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { PeriodStatus, PeriodTerm } from "../generated/prisma/enums.ts";

export interface PeriodRow {
  id: number;
  fiscalYear: number;
  term: PeriodTerm;
  dueOn: string;
  status: PeriodStatus;
  /** reports written for the period (any state) */
  reports: number;
}

/** Every reporting period, newest first, for the secretariat's period administration. */
export async function listPeriods(db: Db, ctx: RequestContext): Promise<PeriodRow[]> {
  await authorizeRead(db, ctx, can(ctx.actor, "period.manage"), {
    action: "period.list",
    entityType: "ReportingPeriod",
  });
  const periods = await db.reportingPeriod.findMany({
    orderBy: [{ fiscalYear: "desc" }, { term: "desc" }],
    include: { _count: { select: { reports: true } } },
  });
  return periods.map((p) => ({
    id: p.id,
    fiscalYear: p.fiscalYear,
    term: p.term,
    dueOn: p.dueOn.toISOString().slice(0, 10),
    status: p.status,
    reports: p._count.reports,
  }));
}
