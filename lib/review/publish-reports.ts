import "server-only";
import { z } from "zod";
import { runChange } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { lockForPublication } from "../editions/edition-lock.ts";
import { notifyReport } from "../notifications/events.ts";
import { reportSnapshot } from "../reports/snapshot.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";

export const publishInputSchema = z.union([
  z.object({ all: z.literal(true) }),
  z.object({ reportIds: z.array(idSchema).min(1) }),
]);

export type PublishInput = Untrusted<z.input<typeof publishInputSchema>>;

/**
 * 公開 of approved reports (some, or all approved ones). Returns the item
 * numbers whose public pages the caller must revalidate.
 */
export async function publishReports(
  db: Db,
  ctx: RequestContext,
  input: PublishInput,
): Promise<{ published: number; itemNumbers: number[] }> {
  const meta = { action: "report.publish", entityType: "ProgressReport" };
  const parsed = publishInputSchema.safeParse(input);
  return runChange(db, ctx, meta, can(ctx.actor, "report.publish"), parsed, async (tx, request, { actor, record }) => {
    await lockForPublication(tx);
    const where =
      "all" in request ? { state: "approved" as const } : { state: "approved" as const, id: { in: request.reportIds } };
    const reports = await tx.progressReport.findMany({ where, include: { item: { select: { number: true } } } });
    if ("reportIds" in request && reports.length !== request.reportIds.length) throw new ServiceError("invalid_state");
    const now = new Date();
    for (const report of reports) {
      const updated = await tx.progressReport.updateMany({
        where: { id: report.id, version: report.version, state: "approved" },
        data: { state: "published", publishedById: actor.id, publishedAt: now, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new ServiceError("conflict", { current: reportSnapshot(report) });
      await record({
        entityId: report.id,
        before: { state: report.state },
        after: { state: "published", publishedAt: now.toISOString(), itemNumber: report.item.number },
      });
      await notifyReport(tx, "report_published", report.id);
    }
    return { published: reports.length, itemNumbers: [...new Set(reports.map((r) => r.item.number))] };
  });
}
