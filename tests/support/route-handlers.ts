// Route handlers run without a Next server: Next's data cache calls through to the suite's database
// (keeping each entry's tags to check), and every published report is made by the real services.
// vi.mock is hoisted, so each test file keeps its own vi.mock calls and hands them these factories
// through a dynamic import:
//   vi.mock("next/cache", async () => (await import("../support/route-handlers.ts")).dataCache());

import type { Actor } from "../../lib/auth/actor.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { approveReports } from "../../lib/review/approve-reports.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import type { Db } from "./db.ts";
import { COMPLETE_REPORT, ctxOf } from "./fixtures.ts";

/** What the mocks share with the test: the database to read, and each cache entry's tags by its first two key parts. */
export const routes = { db: null as unknown, tags: new Map<string, string[]>() };

/** next/cache: no data cache, each read goes to the database. */
export function dataCache() {
  return {
    unstable_cache:
      <A extends unknown[], R>(load: (...args: A) => Promise<R>, keyParts: string[], options: { tags: string[] }) =>
      (...args: A) => {
        routes.tags.set(keyParts.slice(0, 2).join(" "), options.tags);
        return load(...args);
      },
  };
}

/** lib/db/runtime.ts: the suite's database, under an instance name of the test's own. */
export function runtimeDb(instance: string) {
  return { getDb: async () => routes.db, getDatabaseInstance: async () => instance };
}

/**
 * Submits (as `editor`), approves and publishes (as `admin`) the open period's report of each item,
 * in one publication; the ids of the published reports.
 */
export async function publishItems(
  db: Db,
  { editor, admin }: { editor: Actor; admin: Actor },
  numbers: number[],
  fields: Record<string, string> = COMPLETE_REPORT,
): Promise<number[]> {
  const approved = [];
  for (const number of numbers) {
    const current = await db.progressReport.findFirst({
      where: { item: { number }, period: { status: "open" } },
      orderBy: { revision: "desc" },
    });
    const saved = await saveReport(db, ctxOf(editor), {
      itemNumber: number,
      baseReportId: current?.id ?? 0,
      baseVersion: current?.version ?? 0,
      intent: "submit",
      fields,
    });
    approved.push({ reportId: saved.reportId, version: saved.version });
  }
  await approveReports(db, ctxOf(admin), { reports: approved });
  const reportIds = approved.map((r) => r.reportId);
  await publishReports(db, ctxOf(admin), { reportIds });
  return reportIds;
}
