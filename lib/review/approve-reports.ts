import "server-only";
import { z } from "zod";
import { runChange } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { reportSnapshot } from "../reports/snapshot.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";

/** At most every report of a period (118 items) several times over; more is not a selection a person made. */
const MAX_SELECTED = 500;

export const approveReportsInputSchema = z.object({
  reports: z
    .array(
      z.object({
        reportId: idSchema,
        // The version the reviewer read: a report changed since then is not approved unseen.
        version: idSchema,
      }),
    )
    .min(1, { error: "noneSelected" })
    .max(MAX_SELECTED)
    .refine((reports) => new Set(reports.map((r) => r.reportId)).size === reports.length, { error: "duplicate" }),
});

export type ApproveReportsInput = Untrusted<z.input<typeof approveReportsInputSchema>>;

/** Why a selected report was left as it was. */
export type SkipReason = "not_found" | "conflict" | "invalid_state";

export interface ApproveReportsResult {
  approved: { reportId: number; itemNumber: number; version: number }[];
  skipped: { reportId: number; itemNumber: number | null; reason: SkipReason }[];
}

/**
 * 承認 of several submitted reports at once, each checked against the version the reviewer read.
 * Outcomes are per report, in one transaction: a report withdrawn, changed or already reviewed
 * since the page was loaded is skipped and named in the result, the others are approved — one
 * stale card must not make the secretariat reselect twenty. Each approval writes its own audit
 * record, as a single 承認 does; an approval notifies no one, as a single 承認 does not.
 */
export async function approveReports(
  db: Db,
  ctx: RequestContext,
  input: ApproveReportsInput,
): Promise<ApproveReportsResult> {
  const parsed = approveReportsInputSchema.safeParse(input);
  const meta = { action: "report.approve", entityType: "ProgressReport" };
  return runChange(db, ctx, meta, can(ctx.actor, "report.approve"), parsed, async (tx, request, { actor, record }) => {
    const found = await tx.progressReport.findMany({
      where: { id: { in: request.reports.map((r) => r.reportId) } },
      include: { item: { select: { number: true } } },
    });
    const byId = new Map(found.map((r) => [r.id, r]));
    const result: ApproveReportsResult = { approved: [], skipped: [] };
    const now = new Date();
    for (const { reportId, version } of request.reports) {
      const report = byId.get(reportId);
      const skip = (reason: SkipReason) =>
        result.skipped.push({ reportId, itemNumber: report?.item.number ?? null, reason });
      if (!report) {
        skip("not_found");
        continue;
      }
      if (report.state !== "submitted") {
        skip("invalid_state");
        continue;
      }
      if (report.version !== version) {
        skip("conflict");
        continue;
      }
      // The version and state in the WHERE clause lose cleanly to a concurrent review or withdrawal.
      const updated = await tx.progressReport.updateMany({
        where: { id: report.id, version: report.version, state: "submitted" },
        data: {
          state: "approved",
          reviewComment: null,
          reviewedById: actor.id,
          reviewedAt: now,
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) {
        skip("conflict");
        continue;
      }
      const after = await tx.progressReport.findUniqueOrThrow({ where: { id: report.id } });
      await record({
        entityId: report.id,
        before: reportSnapshot(report),
        after: { ...reportSnapshot(after), itemNumber: report.item.number },
      });
      result.approved.push({ reportId: report.id, itemNumber: report.item.number, version: after.version });
    }
    const byNumber = (a: { itemNumber: number | null }, b: { itemNumber: number | null }) =>
      (a.itemNumber ?? 0) - (b.itemNumber ?? 0);
    result.approved.sort(byNumber);
    result.skipped.sort(byNumber);
    return result;
  });
}
