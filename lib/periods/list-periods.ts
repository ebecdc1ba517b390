import type { Db } from "../db/create-client.ts";

export async function listPeriods(db: Db) {
  const periods = await db.reportingPeriod.findMany({ orderBy: [{ fiscalYear: "desc" }, { term: "desc" }], include: { _count: { select: { reports: true } } } });
  return periods.map((p) => ({
    id: p.id,
    fiscalYear: p.fiscalYear,
    term: p.term,
    dueOn: p.dueOn.toISOString().slice(0, 10),
    status: p.status,
    reports: p._count.reports,
  }));
}
