import "server-only";
import { z } from "zod";
import { runChange } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { fiscalYearInput } from "../validation/fiscal-year.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import { formatFiscalRange } from "../wareki.ts";

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });
const optionalId = z.preprocess((v) => (v === "" ? null : v), idSchema.nullable());
/** The years a plan period may span (the vision runs 令和6–10; later plans stay within this). */
export const PLAN_YEAR_RANGE = { min: 2000, max: 2100 } as const;
const planYear = z.preprocess(
  fiscalYearInput,
  z
    .number({ error: "planYear" })
    .int({ error: "planYear" })
    .min(PLAN_YEAR_RANGE.min, { error: "planYear" })
    .max(PLAN_YEAR_RANGE.max, { error: "planYear" }),
);

export const updateItemSchema = z.object({
  itemNumber: idSchema,
  version: idSchema,
  title: text(200).min(1, { error: "required" }),
  purpose: text(2000),
  content: text(2000),
  target: text(2000),
  sectionId: optionalId,
  classificationId: optionalId,
  // 大分類, 小分類 and 計画期間: a caller that does not send them leaves them as they are ("" clears a category).
  areaId: optionalId.optional(),
  directionId: optionalId.optional(),
  startFiscalYear: planYear.optional(),
  endFiscalYear: planYear.optional(),
  reason: text(500).min(1, { error: "reasonRequired" }),
});

export type UpdateItemInput = Untrusted<z.input<typeof updateItemSchema>>;

const TEXT_FIELDS = ["title", "purpose", "content", "target"] as const;

/** A field error the form shows under one field, raised as the same kind of failure as a zod error. */
function fieldError(field: string, message: string): ServiceError {
  return new ServiceError("invalid", {
    zod: new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]),
  });
}

/**
 * Master-data edit by the secretariat. Each changed field becomes a dated,
 * public 目標・内容の変更 entry with the reason; the item's version guards against lost updates.
 */
export async function updateItem(db: Db, ctx: RequestContext, input: UpdateItemInput) {
  const meta = { action: "item.edit", entityType: "PlanItem", entityId: String(input.itemNumber) };
  const parsed = updateItemSchema.safeParse(input);
  return runChange(db, ctx, meta, can(ctx.actor, "item.edit"), parsed, async (tx, v, { actor, record }) => {
    const item = await tx.planItem.findUnique({
      where: { number: v.itemNumber },
      include: { section: true, classification: true },
    });
    if (!item) throw new ServiceError("not_found");
    if (item.version !== v.version) throw new ServiceError("conflict");

    const areaId = v.areaId === undefined ? item.areaId : v.areaId;
    const directionId = v.directionId === undefined ? item.directionId : v.directionId;
    const startFiscalYear = v.startFiscalYear ?? item.startFiscalYear;
    const endFiscalYear = v.endFiscalYear ?? item.endFiscalYear;
    const [section, classification, area, direction] = await Promise.all([
      v.sectionId === null ? null : tx.section.findUnique({ where: { id: v.sectionId } }),
      v.classificationId === null ? null : tx.classification.findUnique({ where: { id: v.classificationId } }),
      areaId === null ? null : tx.reformArea.findUnique({ where: { id: areaId } }),
      directionId === null ? null : tx.direction.findUnique({ where: { id: directionId } }),
    ]);
    if (
      (v.sectionId !== null && !section) ||
      (v.classificationId !== null && !classification) ||
      (areaId !== null && !area) ||
      (directionId !== null && !direction)
    )
      throw new ServiceError("invalid");
    // A 小分類 is one of the directions of its 大分類; the two never disagree once set here.
    if (direction && direction.areaId !== areaId) throw fieldError("directionId", "directionOutsideArea");
    if (startFiscalYear > endFiscalYear) throw fieldError("endFiscalYear", "planPeriodOrder");

    const changes: { field: string; before: string; after: string }[] = [];
    for (const field of TEXT_FIELDS)
      if (item[field] !== v[field]) changes.push({ field, before: item[field], after: v[field] });
    if (item.sectionId !== v.sectionId)
      changes.push({ field: "section", before: item.section?.name ?? "", after: section?.name ?? "" });
    if (item.classificationId !== v.classificationId)
      changes.push({
        field: "classification",
        before: item.classification?.name ?? "",
        after: classification?.name ?? "",
      });
    // The labels are what the public pages show (the source's wording until the secretariat picks a category).
    const areaChanged = item.areaId !== areaId;
    const directionChanged = item.directionId !== directionId;
    if (areaChanged) changes.push({ field: "area", before: item.areaLabel, after: area?.name ?? "" });
    if (directionChanged)
      changes.push({ field: "direction", before: item.directionLabel, after: direction?.name ?? "" });
    if (item.startFiscalYear !== startFiscalYear || item.endFiscalYear !== endFiscalYear)
      changes.push({
        field: "period",
        before: formatFiscalRange(item.startFiscalYear, item.endFiscalYear),
        after: formatFiscalRange(startFiscalYear, endFiscalYear),
      });
    if (changes.length === 0) return { itemNumber: item.number, version: item.version, changed: 0 };

    const updated = await tx.planItem.updateMany({
      where: { id: item.id, version: item.version },
      data: {
        title: v.title,
        purpose: v.purpose,
        content: v.content,
        target: v.target,
        sectionId: v.sectionId,
        classificationId: v.classificationId,
        // Moving an item to a section of another bureau moves its bureau too.
        ...(section ? { bureauId: section.bureauId } : {}),
        ...(areaChanged ? { areaId, areaLabel: area?.name ?? "" } : {}),
        ...(directionChanged ? { directionId, directionLabel: direction?.name ?? "" } : {}),
        startFiscalYear,
        endFiscalYear,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new ServiceError("conflict");
    await tx.itemChange.createMany({
      data: changes.map((c) => ({ ...c, itemId: item.id, reason: v.reason, changedById: actor.id })),
    });
    await record({
      entityId: item.number,
      before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
      after: { ...Object.fromEntries(changes.map((c) => [c.field, c.after])), reason: v.reason },
    });
    return { itemNumber: item.number, version: item.version + 1, changed: changes.length };
  });
}
