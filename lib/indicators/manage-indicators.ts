import "server-only";
import { z } from "zod";
import { runChange } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { type Indicator, Prisma } from "../generated/prisma/client.ts";
import { fiscalYearInput } from "../validation/fiscal-year.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import { validInput } from "../validation/valid-input.ts";
import { formatFiscalYear } from "../wareki.ts";
import { formatFigure, parseFigure } from "./figure.ts";

export const KPI_DIRECTIONS = ["increase", "decrease", "maintain"] as const;
export const MEASURABILITIES = ["measurable", "partial", "none"] as const;
export const KPI_LIMITS = { name: 200, unit: 20, note: 500 } as const;
/** Fiscal years a baseline, target or actual may name. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

const figure = (error: string) =>
  z.preprocess(
    parseFigure,
    z.number({ error }).finite({ error }).min(-1e12, { error }).max(1e12, { error }).nullable(),
  );
const year = z.preprocess(
  fiscalYearInput,
  z
    .number({ error: "year" })
    .int({ error: "year" })
    .min(YEAR_RANGE.min, { error: "year" })
    .max(YEAR_RANGE.max, { error: "year" })
    .nullable(),
);
const id = idSchema;

/** What the secretariat sets on an item's KPI; error messages are keys of the "indicatorErrors.fields" catalog. */
export const kpiFieldsSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(KPI_LIMITS.name, { error: "tooLong" }),
  unit: z.string().trim().min(1, { error: "required" }).max(KPI_LIMITS.unit, { error: "tooLong" }),
  baselineValue: figure("number").default(null),
  baselineYear: year.default(null),
  targetValue: figure("number").default(null),
  targetYear: year.default(null),
  direction: z.enum(KPI_DIRECTIONS, { error: "direction" }),
});

export type KpiFields = z.output<typeof kpiFieldsSchema>;

/** A confirmed KPI is a target someone will be measured against: it needs its target figure. */
const confirmedKpiSchema = kpiFieldsSchema.refine((v) => v.targetValue !== null, {
  path: ["targetValue"],
  message: "targetRequired",
});

/** The reason a confirmed KPI's target changes (目標の変更履歴); keys of "indicatorErrors.fields". */
const ledgerReasonSchema = z.object({
  reason: z
    .string({ error: "reasonRequired" })
    .trim()
    .min(1, { error: "reasonRequired" })
    .max(500, { error: "tooLong" }),
});

type KpiTarget = Pick<Indicator, "name" | "targetValue" | "targetYear" | "unit">;

const KPI_WITHDRAWN = "（KPIを取り下げ）";

/** A KPI's target as the ledger writes it: 「電子申請の利用率」60%（令和9年度（2027年度））. */
function kpiTargetText(kpi: KpiTarget): string {
  const value = kpi.targetValue === null ? "目標値なし" : `${formatFigure(kpi.targetValue)}${kpi.unit}`;
  return `「${kpi.name}」${value}${kpi.targetYear === null ? "" : `（${formatFiscalYear(kpi.targetYear)}）`}`;
}

export const reviewIndicatorSchema = z.object({
  indicatorId: id,
  /** updatedAt the form was based on, so that two secretariat members do not overwrite each other */
  baseUpdatedAt: z.string().min(1),
  decision: z.enum(["save", "confirm", "reject"]),
});

/** The decision and, for save/confirm, the KPI fields (parsed with kpiFieldsSchema). */
export type ReviewIndicatorInput = Untrusted<
  z.input<typeof reviewIndicatorSchema> & z.input<typeof kpiFieldsSchema> & { reason?: string }
>;

export const addIndicatorSchema = z.object({ itemNumber: id });
export type AddIndicatorInput = Untrusted<z.input<typeof addIndicatorSchema> & z.input<typeof kpiFieldsSchema>>;

export const measurabilitySchema = z.object({
  itemNumber: id,
  measurability: z.enum(MEASURABILITIES, { error: "measurability" }),
});
export type MeasurabilityInput = Untrusted<z.input<typeof measurabilitySchema>>;

export const visionValueSchema = z.object({
  indicatorId: id,
  fiscalYear: year.refine((v) => v !== null, { message: "year" }),
  value: figure("number").refine((v) => v !== null, { message: "required" }),
  note: z.string().trim().max(KPI_LIMITS.note, { error: "tooLong" }).default(""),
});
export type VisionValueInput = Untrusted<z.input<typeof visionValueSchema>>;

export interface IndicatorChange {
  indicatorId: number;
  /** the item whose public page shows the KPI (null for a vision indicator) */
  itemNumber: number | null;
  status: string;
  updatedAt: string;
}

function snapshotOf(i: Indicator) {
  return {
    id: i.id,
    scope: i.scope,
    status: i.status,
    name: i.name,
    unit: i.unit,
    baselineValue: i.baselineValue,
    baselineYear: i.baselineYear,
    targetValue: i.targetValue,
    targetYear: i.targetYear,
    direction: i.direction,
  };
}

/** A field error the form shows under one field, raised as the same kind of failure as a zod error. */
function fieldError(field: string, message: string): ServiceError {
  return new ServiceError("invalid", {
    zod: new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]),
  });
}

/** The unique (scope, item, name) turned into the name field's error. */
async function guardName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw fieldError("name", "nameTaken");
    throw error;
  }
}

/**
 * The secretariat's decision on an item KPI: save edits, confirm (with edits)
 * or reject. Confirmed KPIs are what editors report actuals for and what the
 * public item page shows; a rejected proposal stays on record.
 */
export async function reviewItemIndicator(
  db: Db,
  ctx: RequestContext,
  input: ReviewIndicatorInput,
): Promise<IndicatorChange> {
  const meta = reviewIndicatorSchema.safeParse(input);
  const action = meta.success
    ? `indicator.${meta.data.decision === "save" ? "edit" : meta.data.decision}`
    : "indicator.edit";
  const audit = { action, entityType: "Indicator", entityId: meta.data?.indicatorId ?? null };
  return runChange(db, ctx, audit, can(ctx.actor, "indicator.manage"), meta, async (tx, v, { actor, record }) => {
    const { indicatorId, baseUpdatedAt, decision } = v;
    const indicator = await tx.indicator.findUnique({
      where: { id: indicatorId },
      include: { item: { select: { number: true } } },
    });
    if (indicator?.scope !== "item") throw new ServiceError("not_found");
    if (indicator.updatedAt.toISOString() !== baseUpdatedAt) throw new ServiceError("conflict");

    let data: Prisma.IndicatorUpdateManyMutationInput;
    let target: KpiTarget | null = null;
    if (decision === "reject") {
      data = { status: "rejected" };
    } else {
      const fields = validInput((decision === "confirm" ? confirmedKpiSchema : kpiFieldsSchema).safeParse(input));
      data = { ...fields, ...(decision === "confirm" ? { status: "confirmed" as const } : {}) };
      target = fields;
    }
    // A confirmed KPI's target is a public commitment: changing or withdrawing it needs a reason,
    // kept in the item's ledger of changes (目標の変更履歴) with the change itself.
    const changed =
      target === null || target.targetValue !== indicator.targetValue || target.targetYear !== indicator.targetYear;
    if (indicator.status === "confirmed" && indicator.itemId !== null && changed) {
      const { reason } = validInput(ledgerReasonSchema.safeParse(input));
      await tx.itemChange.create({
        data: {
          itemId: indicator.itemId,
          field: "kpi",
          before: kpiTargetText(indicator),
          after: target === null ? KPI_WITHDRAWN : kpiTargetText(target),
          reason,
          changedById: actor.id,
        },
      });
    }
    const updated = await guardName(() =>
      tx.indicator.updateMany({ where: { id: indicator.id, updatedAt: indicator.updatedAt }, data }),
    );
    if (updated.count !== 1) throw new ServiceError("conflict");
    const after = await tx.indicator.findUniqueOrThrow({ where: { id: indicator.id } });
    await record({
      entityId: indicator.id,
      before: snapshotOf(indicator),
      after: { ...snapshotOf(after), itemNumber: indicator.item?.number ?? null },
    });
    return {
      indicatorId: after.id,
      itemNumber: indicator.item?.number ?? null,
      status: after.status,
      updatedAt: after.updatedAt.toISOString(),
    };
  });
}

/** A KPI the secretariat adds to an item itself: confirmed at once. */
export async function addItemIndicator(
  db: Db,
  ctx: RequestContext,
  input: AddIndicatorInput,
): Promise<IndicatorChange> {
  const audit = { action: "indicator.add", entityType: "Indicator", entityId: null };
  const parsed = addIndicatorSchema.safeParse(input);
  const fields = confirmedKpiSchema.safeParse(input);
  return runChange(db, ctx, audit, can(ctx.actor, "indicator.manage"), parsed, async (tx, v, { record }) => {
    const { itemNumber } = v;
    const kpi = validInput(fields);
    const item = await tx.planItem.findUnique({
      where: { number: itemNumber },
      select: { id: true, number: true, target: true },
    });
    if (!item) throw fieldError("itemNumber", "itemNotFound");
    const last = await tx.indicator.aggregate({ where: { itemId: item.id }, _max: { sortOrder: true } });
    const created = await guardName(() =>
      tx.indicator.create({
        data: {
          ...kpi,
          scope: "item",
          itemId: item.id,
          description: "",
          targetText: item.target,
          status: "confirmed",
          sortOrder: (last._max.sortOrder ?? 0) + 1,
        },
      }),
    );
    await record({ entityId: created.id, before: null, after: { ...snapshotOf(created), itemNumber: item.number } });
    return {
      indicatorId: created.id,
      itemNumber: item.number,
      status: created.status,
      updatedAt: created.updatedAt.toISOString(),
    };
  });
}

export interface MeasurabilityChange {
  itemNumber: number;
  measurability: string;
  /** false when the item already had that judgement */
  changed: boolean;
}

/** The secretariat's own judgement of how measurable an item's target is, overriding the proposal. */
export async function setItemMeasurability(
  db: Db,
  ctx: RequestContext,
  input: MeasurabilityInput,
): Promise<MeasurabilityChange> {
  const parsed = measurabilitySchema.safeParse(input);
  const audit = { action: "item.measurability", entityType: "PlanItem", entityId: parsed.data?.itemNumber ?? null };
  return runChange(db, ctx, audit, can(ctx.actor, "indicator.manage"), parsed, async (tx, v, { record }) => {
    const { itemNumber, measurability } = v;
    const item = await tx.planItem.findUnique({
      where: { number: itemNumber },
      select: { id: true, number: true, targetMeasurability: true },
    });
    if (!item) throw new ServiceError("not_found");
    if (item.targetMeasurability === measurability) return { itemNumber: item.number, measurability, changed: false };
    await tx.planItem.update({ where: { id: item.id }, data: { targetMeasurability: measurability } });
    await record({
      entityId: item.number,
      before: { targetMeasurability: item.targetMeasurability },
      after: { targetMeasurability: measurability },
    });
    return { itemNumber: item.number, measurability, changed: true };
  });
}

/**
 * A vision indicator's actual for a fiscal year (from the 市民意識調査 or the
 * staff survey). One value per year: entering a year again replaces it, with
 * the old value kept in the audit record. Public at once — the secretariat is
 * the source, no review step applies.
 */
export async function recordVisionValue(
  db: Db,
  ctx: RequestContext,
  input: VisionValueInput,
): Promise<{ indicatorId: number; fiscalYear: number; value: number; replaced: boolean }> {
  const parsed = visionValueSchema.safeParse(input);
  const audit = { action: "indicator.value", entityType: "Indicator", entityId: parsed.data?.indicatorId ?? null };
  return runChange(db, ctx, audit, can(ctx.actor, "indicator.manage"), parsed, async (tx, v, { actor, record }) => {
    const { indicatorId, note } = v;
    const fiscalYear = v.fiscalYear!;
    const value = v.value!;
    const indicator = await tx.indicator.findUnique({ where: { id: indicatorId } });
    if (indicator?.scope !== "vision") throw new ServiceError("not_found");
    const data = { value, note: note || null, enteredById: actor.id };
    // The partial unique index (one yearly actual per indicator and year) decides between concurrent
    // entries: an insert that meets a row, or waits for a concurrent one to commit, inserts nothing;
    // that row is then locked and replaced, so every entry succeeds and the last one stays.
    const inserted = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "IndicatorValue" ("indicatorId", "fiscalYear", "value", "note", "enteredById")
      VALUES (${indicatorId}, ${fiscalYear}, ${value}, ${data.note}, ${actor.id})
      ON CONFLICT ("indicatorId", "fiscalYear") WHERE "reportId" IS NULL DO NOTHING
      RETURNING "id"`;
    const existing =
      inserted.length > 0
        ? null
        : ((
            await tx.$queryRaw<{ id: number; value: number; note: string | null }[]>`
              SELECT "id", "value", "note" FROM "IndicatorValue"
              WHERE "indicatorId" = ${indicatorId} AND "fiscalYear" = ${fiscalYear} AND "reportId" IS NULL
              FOR UPDATE`
          )[0] ?? null);
    // Only a row removed between the two statements (its indicator deleted) leaves neither.
    if (inserted.length === 0 && !existing) throw new ServiceError("conflict");
    const saved = existing
      ? await tx.indicatorValue.update({ where: { id: existing.id }, data })
      : await tx.indicatorValue.findUniqueOrThrow({ where: { id: inserted[0].id } });
    await record({
      entityId: indicatorId,
      before: existing ? { fiscalYear, value: existing.value, note: existing.note } : null,
      after: { fiscalYear, value: saved.value, note: saved.note, valueId: saved.id },
    });
    return { indicatorId, fiscalYear, value: saved.value, replaced: existing !== null };
  });
}
