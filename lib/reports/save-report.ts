import "server-only";
import { z } from "zod";
import { assertAllowed, runAudited } from "../audit/run-audited.ts";
import { writeAudit } from "../audit/write-audit.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { Tx } from "../db/tx.ts";
import { Prisma, type ProgressReport } from "../generated/prisma/client.ts";
import { notifyReport } from "../notifications/events.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import {
  type KpiActualsResult,
  parseKpiActuals,
  type ReportFields,
  reportFieldsSchema,
  saveReportInputSchema,
  submittedReportSchema,
} from "./report-schema.ts";
import { REPORT_FIELD_NAMES, type ReportSnapshot, reportSnapshot } from "./snapshot.ts";

/** The form as sent: which report version it was based on, the button pressed, and the fields. */
export type SaveReportOptions = Untrusted<z.input<typeof saveReportInputSchema>> & { fields: Record<string, unknown> };

type SaveReportMeta = z.output<typeof saveReportInputSchema>;

/** A report with the KPI actuals it carries (indicator id → value), as conflicts and audit records show it. */
export type ReportWithActuals = ReportSnapshot & { kpiActuals: Record<string, number> };

export interface SavedReport {
  reportId: number;
  version: number;
  state: ReportSnapshot["state"];
  revision: number;
}

/** States in which the section may still change its report. */
const EDITABLE = new Set(["draft", "returned"]);

/** Loads the item and the open period, and checks the actor may report on the item. */
export async function loadReportingTarget(
  tx: Tx,
  ctx: RequestContext,
  itemNumber: number,
  action: "report.save_draft" | "report.submit",
) {
  const item = await tx.planItem.findUnique({
    where: { number: itemNumber },
    select: { id: true, number: true, sectionId: true, bureauId: true },
  });
  if (!item) {
    assertAllowed(ctx.actor !== null, ctx);
    throw new ServiceError("not_found");
  }
  assertAllowed(can(ctx.actor, action, item), ctx);
  const period = await tx.reportingPeriod.findFirst({ where: { status: "open" }, orderBy: { id: "desc" } });
  if (!period) throw new ServiceError("no_open_period");
  return { item, period, actor: ctx.actor };
}

/**
 * Saves a draft or submits the report of an item for the open period, with the
 * actuals of the item's confirmed KPIs (stored for the period's fiscal year in
 * the same transaction, public only once the report is published).
 * The save must be based on the report's current version; otherwise nothing is
 * written and the conflict carries the other person's version to show.
 * A published report is never changed: saving starts a new revision.
 */
export async function saveReport(db: Db, ctx: RequestContext, untrusted: SaveReportOptions): Promise<SavedReport> {
  // Which report and version the form was based on are not field errors a person can fix.
  const meta = saveReportInputSchema.safeParse(untrusted);
  if (!meta.success) throw new ServiceError("invalid");
  const { itemNumber, intent } = meta.data;
  const action = intent === "submit" ? "report.submit" : "report.save_draft";
  try {
    return await runAudited(db, ctx, { action, entityType: "ProgressReport", entityId: `item:${itemNumber}` }, (tx) =>
      saveReportIn(tx, ctx, untrusted),
    );
  } catch (error) {
    // Read what the other person committed after our transaction ended: inside it
    // the row may still have been locked, or PostgreSQL aborted the transaction.
    if (error instanceof ServiceError && error.code === "conflict")
      throw new ServiceError("conflict", { current: await currentReport(db, itemNumber) });
    throw error;
  }
}

/** `saveReport` inside a transaction the caller runs (the survey import saves many reports in one). */
export async function saveReportIn(tx: Tx, ctx: RequestContext, untrusted: SaveReportOptions): Promise<SavedReport> {
  const meta = saveReportInputSchema.safeParse(untrusted);
  if (!meta.success) throw new ServiceError("invalid");
  const options = meta.data;
  const action = options.intent === "submit" ? "report.submit" : "report.save_draft";
  const parsed = (options.intent === "submit" ? submittedReportSchema : reportFieldsSchema).safeParse(untrusted.fields);
  return writeReport(tx, ctx, options, action, parsed, parseKpiActuals(untrusted.fields));
}

async function currentReport(db: Db, itemNumber: number): Promise<ReportWithActuals | null> {
  const report = await db.progressReport.findFirst({
    where: { item: { number: itemNumber }, period: { status: "open" } },
    orderBy: [{ periodId: "desc" }, { revision: "desc" }],
  });
  return report ? { ...reportSnapshot(report), kpiActuals: await actualsOf(db, report.id) } : null;
}

export async function actualsOf(db: Db | Tx, reportId: number): Promise<Record<string, number>> {
  const values = await db.indicatorValue.findMany({ where: { reportId }, orderBy: { indicatorId: "asc" } });
  return Object.fromEntries(values.map((v) => [String(v.indicatorId), v.value]));
}

/**
 * Writes the report's KPI actuals: a value per confirmed KPI of the item that
 * the form sent ("" removes this report's value). Values for other indicators
 * (another item's, or one no longer confirmed) are ignored; KPIs the form did
 * not show keep what the report had.
 */
async function writeKpiActuals(
  tx: Tx,
  args: {
    itemId: number;
    reportId: number;
    period: { id: number; fiscalYear: number };
    actorId: number;
    actuals: Map<number, number | null>;
  },
): Promise<void> {
  if (args.actuals.size === 0) return;
  const confirmed = await tx.indicator.findMany({
    where: { itemId: args.itemId, scope: "item", status: "confirmed" },
    select: { id: true },
  });
  const existing = await tx.indicatorValue.findMany({ where: { reportId: args.reportId } });
  const allowed = new Set(confirmed.map((c) => c.id));
  for (const [indicatorId, value] of args.actuals) {
    if (!allowed.has(indicatorId)) continue;
    const row = existing.find((e) => e.indicatorId === indicatorId);
    if (value === null) {
      if (row) await tx.indicatorValue.delete({ where: { id: row.id } });
    } else if (row) {
      if (row.value !== value)
        await tx.indicatorValue.update({ where: { id: row.id }, data: { value, enteredById: args.actorId } });
    } else {
      await tx.indicatorValue.create({
        data: {
          indicatorId,
          reportId: args.reportId,
          periodId: args.period.id,
          fiscalYear: args.period.fiscalYear,
          value,
          enteredById: args.actorId,
        },
      });
    }
  }
}

async function writeReport(
  tx: Tx,
  ctx: RequestContext,
  options: SaveReportMeta,
  action: "report.save_draft" | "report.submit",
  parsed: z.ZodSafeParseResult<ReportFields>,
  actuals: KpiActualsResult,
): Promise<SavedReport> {
  const { item, period, actor } = await loadReportingTarget(tx, ctx, options.itemNumber, action);
  if (!parsed.success || !actuals.success) {
    // Report fields and KPI actuals are refused together, so the form shows every error at once.
    throw new ServiceError("invalid", {
      zod: new z.ZodError([...(parsed.error?.issues ?? []), ...(actuals.error?.issues ?? [])]),
    });
  }
  const fields: ReportFields = parsed.data;
  const actorId = actor.id;

  const current = await tx.progressReport.findFirst({
    where: { itemId: item.id, periodId: period.id },
    orderBy: { revision: "desc" },
  });
  if ((current?.id ?? 0) !== options.baseReportId || (current?.version ?? 0) !== options.baseVersion) {
    throw new ServiceError("conflict");
  }
  const stateAfter = options.intent === "submit" ? ("submitted" as const) : ("draft" as const);
  const data = {
    status: fields.status ?? null,
    evaluation: fields.evaluation ?? null,
    progressPercent: fields.progressPercent ?? null,
    achievements: fields.achievements,
    issues: fields.issues,
    nextSteps: fields.nextSteps,
    state: stateAfter,
    updatedById: actorId,
    ...(stateAfter === "submitted" ? { submittedById: actorId, submittedAt: new Date() } : {}),
  };

  let saved: ProgressReport;
  if (current && EDITABLE.has(current.state)) {
    // The version in the WHERE clause makes concurrent saves of one version exclusive.
    const updated = await tx.progressReport.updateMany({
      where: { id: current.id, version: current.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ServiceError("conflict");
    saved = await tx.progressReport.findUniqueOrThrow({ where: { id: current.id } });
  } else if (!current || current.state === "published") {
    saved = await createRevision(tx, {
      itemId: item.id,
      periodId: period.id,
      revision: (current?.revision ?? 0) + 1,
      createdById: actorId,
      data,
    });
  } else {
    throw new ServiceError("invalid_state", { state: current.state });
  }

  const before = current ? { ...reportSnapshot(current), kpiActuals: await actualsOf(tx, current.id) } : null;
  await writeKpiActuals(tx, { itemId: item.id, reportId: saved.id, period, actorId, actuals: actuals.data });
  await writeAudit(tx, {
    actor: ctx.actor,
    action,
    entityType: "ProgressReport",
    entityId: saved.id,
    before,
    after: { ...reportSnapshot(saved), kpiActuals: await actualsOf(tx, saved.id), itemNumber: item.number },
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
  if (saved.state === "submitted") await notifyReport(tx, "report_submitted", saved.id);
  return { reportId: saved.id, version: saved.version, state: saved.state, revision: saved.revision };
}

async function createRevision(
  tx: Tx,
  args: {
    itemId: number;
    periodId: number;
    revision: number;
    createdById: number;
    data: Prisma.ProgressReportUncheckedCreateInput extends infer T ? Partial<T> : never;
  },
) {
  try {
    return await tx.progressReport.create({
      data: {
        ...args.data,
        itemId: args.itemId,
        periodId: args.periodId,
        revision: args.revision,
        createdById: args.createdById,
        updatedById: args.createdById,
      },
    });
  } catch (error) {
    // Two first saves raced: the unique (item, period, revision) lets exactly one win.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ServiceError("conflict");
    throw error;
  }
}

export type { ReportSnapshot };
export { REPORT_FIELD_NAMES };
