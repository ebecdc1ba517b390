import "server-only";
import { z } from "zod";
import { runChange } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { Untrusted } from "../validation/untrusted.ts";

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });

export const updateItemSchema = z.object({
  itemNumber: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  title: text(200).min(1, { error: "required" }),
  purpose: text(2000),
  content: text(2000),
  target: text(2000),
  sectionId: z.preprocess((v) => (v === "" ? null : v), z.coerce.number().int().positive().nullable()),
  classificationId: z.preprocess((v) => (v === "" ? null : v), z.coerce.number().int().positive().nullable()),
  reason: text(500).min(1, { error: "reasonRequired" }),
});

export type UpdateItemInput = Untrusted<z.input<typeof updateItemSchema>>;

const TEXT_FIELDS = ["title", "purpose", "content", "target"] as const;

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

    const section = v.sectionId === null ? null : await tx.section.findUnique({ where: { id: v.sectionId } });
    const classification =
      v.classificationId === null ? null : await tx.classification.findUnique({ where: { id: v.classificationId } });
    if ((v.sectionId !== null && !section) || (v.classificationId !== null && !classification))
      throw new ServiceError("invalid");

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
