import "server-only";
import { z } from "zod";
import { assertAllowed, runAudited } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import { validInput } from "../validation/valid-input.ts";
import { leaveSubmitted } from "./leave-submitted.ts";
import { reportSnapshot } from "./snapshot.ts";

export const withdrawReportInputSchema = z.object({
  reportId: idSchema,
  // The version the editor saw: a report reviewed or changed since then is not withdrawn.
  version: idSchema,
});

export type WithdrawReportInput = Untrusted<z.input<typeof withdrawReportInputSchema>>;

/**
 * 提出を取り消す: a submitted report nobody has reviewed yet goes back to 下書き, so the section can
 * correct it and submit again. Whoever may submit on the item may withdraw; once the secretariat
 * has approved or returned it, the state is no longer "submitted" and the withdrawal is refused.
 */
export async function withdrawReport(db: Db, ctx: RequestContext, input: WithdrawReportInput) {
  const parsed = withdrawReportInputSchema.safeParse(input);
  const meta = { action: "report.withdraw", entityType: "ProgressReport", entityId: parsed.data?.reportId ?? null };
  return runAudited(db, ctx, meta, async (tx, record) => {
    // The policy is about the report's item, so the report is read before the item's check.
    assertAllowed(ctx.actor !== null, ctx);
    const { reportId, version } = validInput(parsed);
    const report = await tx.progressReport.findUnique({
      where: { id: reportId },
      include: {
        item: { select: { number: true, sectionId: true, bureauId: true } },
        period: { select: { status: true } },
      },
    });
    if (!report) throw new ServiceError("not_found");
    assertAllowed(can(ctx.actor, "report.submit", report.item), ctx);
    if (report.state !== "submitted") throw new ServiceError("invalid_state", { state: report.state });
    if (report.version !== version) throw new ServiceError("conflict", { current: reportSnapshot(report) });
    // A draft of a closed period could never be submitted again.
    if (report.period.status !== "open") throw new ServiceError("no_open_period");
    const after = await leaveSubmitted(
      tx,
      report,
      {
        state: "draft",
        submittedById: null,
        submittedAt: null,
        updatedById: ctx.actor.id,
      },
      record,
    );
    return { reportId: after.id, version: after.version, state: after.state, itemNumber: report.item.number };
  });
}
