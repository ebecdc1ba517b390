import "server-only";
import { z } from "zod";
import { assertAllowed, runAudited } from "../audit/run-audited.ts";
import { writeAudit } from "../audit/write-audit.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { notifyReport } from "../notifications/events.ts";
import { reportSnapshot } from "../reports/snapshot.ts";
import type { Untrusted } from "../validation/untrusted.ts";

export const publishInputSchema = z.union([
  z.object({ all: z.literal(true) }),
  z.object({ reportIds: z.array(z.coerce.number().int().positive()).min(1) }),
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
  const parsed = publishInputSchema.safeParse(input);
  return runAudited(db, ctx, { action: "report.publish", entityType: "ProgressReport" }, async (tx) => {
    assertAllowed(can(ctx.actor, "report.publish"), ctx);
    if (!parsed.success) throw new ServiceError("invalid", { zod: parsed.error });
    const where =
      "all" in parsed.data
        ? { state: "approved" as const }
        : { state: "approved" as const, id: { in: parsed.data.reportIds } };
    const reports = await tx.progressReport.findMany({ where, include: { item: { select: { number: true } } } });
    if ("reportIds" in parsed.data && reports.length !== parsed.data.reportIds.length)
      throw new ServiceError("invalid_state");
    const now = new Date();
    for (const report of reports) {
      const updated = await tx.progressReport.updateMany({
        where: { id: report.id, version: report.version, state: "approved" },
        data: { state: "published", publishedById: ctx.actor.id, publishedAt: now, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new ServiceError("conflict", { current: reportSnapshot(report) });
      await writeAudit(tx, {
        actor: ctx.actor,
        action: "report.publish",
        entityType: "ProgressReport",
        entityId: report.id,
        before: { state: report.state },
        after: { state: "published", publishedAt: now.toISOString(), itemNumber: report.item.number },
        requestId: ctx.requestId,
        ip: ctx.ip,
      });
      await notifyReport(tx, "report_published", report.id);
    }
    return { published: reports.length, itemNumbers: [...new Set(reports.map((r) => r.item.number))] };
  });
}
