import "server-only";
import { z } from "zod";
import { runChange } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { freezeEdition } from "../editions/freeze-edition.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { notifyPeriod } from "../notifications/events.ts";
import { fiscalYearInput } from "../validation/fiscal-year.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";

export const createPeriodSchema = z.object({
  fiscalYear: z.preprocess(
    fiscalYearInput,
    z
      .number({ error: "fiscalYear" })
      .int({ error: "fiscalYear" })
      .min(2024, { error: "fiscalYear" })
      .max(2040, { error: "fiscalYear" }),
  ),
  term: z.enum(["first_half", "year_end"], { error: "term" }),
  dueOn: z.iso.date({ error: "dueOn" }),
});

export type CreatePeriodInput = Untrusted<z.input<typeof createPeriodSchema>>;

export const periodStatusSchema = z.object({
  periodId: idSchema,
  status: z.enum(["open", "closed"]),
});

export type PeriodStatusInput = Untrusted<z.input<typeof periodStatusSchema>>;

const periodView = (p: { id: number; fiscalYear: number; term: string; dueOn: Date; status: string }) => ({
  id: p.id,
  fiscalYear: p.fiscalYear,
  term: p.term,
  dueOn: p.dueOn.toISOString().slice(0, 10),
  status: p.status,
});

/** 報告期間 are created as drafts; opening makes them the period sections report on. */
export async function createPeriod(db: Db, ctx: RequestContext, input: CreatePeriodInput) {
  const meta = { action: "period.create", entityType: "ReportingPeriod" };
  const parsed = createPeriodSchema.safeParse(input);
  return runChange(db, ctx, meta, can(ctx.actor, "period.manage"), parsed, async (tx, v, { record }) => {
    try {
      const period = await tx.reportingPeriod.create({
        data: { fiscalYear: v.fiscalYear, term: v.term, dueOn: new Date(`${v.dueOn}T00:00:00Z`) },
      });
      await record({ entityId: period.id, after: periodView(period) });
      return periodView(period);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw new ServiceError("period_conflict");
      throw error;
    }
  });
}

/** Arbitrary key of the transaction lock taken while opening a period. */
const PERIOD_OPEN_LOCK_ID = 7_204_118;

/**
 * Opens or closes a period. Only one period is open at a time. Closing freezes
 * the period's edition (版) in the same transaction (audited as edition.freeze).
 */
export async function setPeriodStatus(db: Db, ctx: RequestContext, untrusted: PeriodStatusInput) {
  const parsed = periodStatusSchema.safeParse(untrusted);
  const action = untrusted.status === "open" ? "period.open" : "period.close";
  const meta = { action, entityType: "ReportingPeriod", entityId: parsed.data?.periodId ?? null };
  return runChange(db, ctx, meta, can(ctx.actor, "period.manage"), parsed, async (tx, input, { record }) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: input.periodId } });
    if (!period) throw new ServiceError("not_found");
    if (input.status === "open") {
      if (period.status !== "draft") throw new ServiceError("invalid_state", { state: period.status });
      // Serialises openings: without it two admins opening different periods both see none open.
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${PERIOD_OPEN_LOCK_ID})`);
      const open = await tx.reportingPeriod.count({ where: { status: "open" } });
      if (open > 0) throw new ServiceError("period_conflict");
    } else if (period.status !== "open") {
      throw new ServiceError("invalid_state", { state: period.status });
    }
    const now = new Date();
    const updated = await tx.reportingPeriod.update({
      where: { id: period.id },
      data: input.status === "open" ? { status: "open", openedAt: now } : { status: "closed", closedAt: now },
    });
    await record({ entityId: period.id, before: periodView(period), after: periodView(updated) });
    if (updated.status === "closed") await freezeEdition(tx, ctx, { period: { ...updated, closedAt: now } });
    await notifyPeriod(tx, updated.status === "open" ? "period_opened" : "period_closed", updated.id);
    return periodView(updated);
  });
}
