import "server-only";
import { z } from "zod";
import { runChange } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { notifyReport } from "../notifications/events.ts";
import { leaveSubmitted } from "../reports/leave-submitted.ts";
import { reportSnapshot } from "../reports/snapshot.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";

export const reviewInputSchema = z
  .object({
    reportId: idSchema,
    version: idSchema,
    decision: z.enum(["approve", "return"]),
    comment: z.string().trim().max(1000, { error: "tooLong" }).default(""),
  })
  .refine((v) => v.decision === "approve" || v.comment.length > 0, { path: ["comment"], message: "commentRequired" });

export type ReviewInput = Untrusted<z.input<typeof reviewInputSchema>>;

/** 承認 or 差戻し of a submitted report; a return needs a comment the section will see. */
export async function reviewReport(db: Db, ctx: RequestContext, input: ReviewInput) {
  const parsed = reviewInputSchema.safeParse(input);
  const action = input.decision === "return" ? "report.return" : "report.approve";
  const meta = { action, entityType: "ProgressReport", entityId: parsed.success ? parsed.data.reportId : null };
  return runChange(db, ctx, meta, can(ctx.actor, action), parsed, async (tx, v, { actor, record }) => {
    const { reportId, version, decision, comment } = v;
    const report = await tx.progressReport.findUnique({
      where: { id: reportId },
      include: { item: { select: { number: true } } },
    });
    if (!report) throw new ServiceError("not_found");
    if (report.version !== version) throw new ServiceError("conflict", { current: reportSnapshot(report) });
    if (report.state !== "submitted") throw new ServiceError("invalid_state", { state: report.state });
    const after = await leaveSubmitted(
      tx,
      report,
      {
        state: decision === "approve" ? "approved" : "returned",
        reviewComment: comment || null,
        reviewedById: actor.id,
        reviewedAt: new Date(),
      },
      record,
    );
    if (after.state === "returned") await notifyReport(tx, "report_returned", after.id);
    return { reportId: after.id, version: after.version, state: after.state };
  });
}
