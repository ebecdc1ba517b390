import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { runChange } from "../audit/run-audited.ts";
import type { Actor } from "../auth/actor.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { Tx } from "../db/tx.ts";
import { updateItemSchema } from "../items/update-item.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import { validInput } from "../validation/valid-input.ts";
import { readBlockText, writeBlockText } from "./block-text.ts";
import { CHECKED_ITEM_FIELDS, type CheckedItemField, type TextFindingDetail } from "./import-text-findings.ts";
import { isTextIssueKind, markPieces, TEXT_ISSUE_KINDS, type TextIssueKind } from "./text-checks.ts";

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });

/** The longest corrected text of a category name or of a vision paragraph (item texts: the item edit's own limits). */
export const CATEGORY_NAME_MAX = 200;
export const BLOCK_TEXT_MAX = 4000;

export const correctFindingSchema = z.object({
  findingId: idSchema,
  /** sha256 of the text the form showed, so that a text changed since is not overwritten unseen */
  textDigest: z.string().regex(/^[0-9a-f]{64}$/),
  correctedText: text(BLOCK_TEXT_MAX).min(1, { error: "required" }),
  reason: text(500).min(1, { error: "reasonRequired" }),
});

export type CorrectFindingInput = Untrusted<z.input<typeof correctFindingSchema>>;

/** The digest the form sends back with the text it showed. */
export function textDigest(value: string): string {
  return crypto.createHash("sha256").update(value).digest("hex");
}

/** The limit of the corrected text where it goes: the item edit's own for an item's text. */
function correctedTextSchema(field: CheckedItemField | null) {
  if (field === null) return text(BLOCK_TEXT_MAX).min(1, { error: "required" });
  if (field === "classification") return text(CATEGORY_NAME_MAX).min(1, { error: "required" });
  return updateItemSchema.shape[field].pipe(z.string().min(1, { error: "required" }));
}

const isCheckedItemField = (value: string | null): value is CheckedItemField =>
  (CHECKED_ITEM_FIELDS as readonly (string | null)[]).includes(value);

export interface CorrectedFinding {
  findingId: number;
  /** the items whose text changed (several when they share the corrected category) */
  itemNumbers: number[];
  /** the content block whose text changed */
  block: string | null;
  /** findings resolved, this one and those the corrected text cleared at the same place */
  resolved: number;
}

interface Place {
  itemIds: number[];
  field: string;
  block: string | null;
}

/**
 * Resolves, besides the corrected finding, the other open text findings at the same place whose
 * flagged text the corrected text no longer has (a paragraph with two garbles is corrected once).
 */
async function resolveCleared(tx: Tx, place: Place, exceptId: number, resolution: Resolution): Promise<number> {
  const open = await tx.dataQualityFinding.findMany({
    where: {
      id: { not: exceptId },
      status: "open",
      kind: { in: [...TEXT_ISSUE_KINDS] },
      field: place.field,
      ...(place.block === null
        ? { itemId: { in: place.itemIds } }
        : { itemId: null, detail: { path: ["block"], equals: place.block } }),
    },
  });
  const cleared = open.filter((f) => {
    const detail = f.detail as unknown as TextFindingDetail;
    const flagged = detail.spans.map((s) => ({ kind: f.kind as TextIssueKind, text: s.text }));
    return markPieces(resolution.correctedText, flagged).every((p) => p.issue === null);
  });
  if (cleared.length === 0) return 0;
  const updated = await tx.dataQualityFinding.updateMany({
    where: { id: { in: cleared.map((f) => f.id) }, status: "open" },
    data: resolution.data,
  });
  return updated.count;
}

interface Resolution {
  correctedText: string;
  data: { status: "resolved"; correctedText: string; resolution: string; resolvedById: number; resolvedAt: Date };
}

/** An item's own text: one field of one item, as the item edit changes it (version, 目標・内容の変更 with the reason). */
async function correctItemText(
  tx: Tx,
  itemId: number,
  field: Exclude<CheckedItemField, "classification">,
  current: string,
  corrected: string,
  reason: string,
  actor: Actor,
): Promise<number[]> {
  const item = await tx.planItem.findUniqueOrThrow({ where: { id: itemId } });
  const updated = await tx.planItem.updateMany({
    where: { id: item.id, version: item.version, [field]: current },
    data: { [field]: corrected, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new ServiceError("conflict");
  await tx.itemChange.create({
    data: { itemId: item.id, field, before: current, after: corrected, reason, changedById: actor.id },
  });
  return [item.number];
}

/**
 * A category's name is shared by its items: the correction renames it (or, when the corrected name
 * is another category's, moves its items there), and each item records the change as the item edit does;
 * the source's name stays in the items' variants.
 */
async function correctClassification(
  tx: Tx,
  classificationId: number,
  corrected: string,
  reason: string,
  actor: Actor,
): Promise<{ itemIds: number[]; itemNumbers: number[] }> {
  const category = await tx.classification.findUniqueOrThrow({ where: { id: classificationId } });
  const items = await tx.planItem.findMany({ where: { classificationId }, orderBy: { number: "asc" } });
  const target = await tx.classification.findUnique({ where: { name: corrected } });
  if (target && target.id !== category.id) {
    // The garbled name was a second spelling of an existing category: its items join that one, and
    // the emptied row goes, or the filters would offer a category without items.
    await tx.planItem.updateMany({ where: { classificationId }, data: { classificationId: target.id } });
    await tx.classification.delete({ where: { id: category.id } });
  } else {
    await tx.classification.update({ where: { id: category.id }, data: { name: corrected } });
  }
  await tx.planItem.updateMany({
    where: { id: { in: items.map((i) => i.id) } },
    data: { version: { increment: 1 } },
  });
  await tx.itemChange.createMany({
    data: items.map((i) => ({
      itemId: i.id,
      field: "classification",
      before: category.name,
      after: corrected,
      reason,
      changedById: actor.id,
    })),
  });
  return { itemIds: items.map((i) => i.id), itemNumbers: items.map((i) => i.number) };
}

/**
 * The secretariat's correction of a garbled text: the finding is resolved with the corrected text
 * and the reason, and the text is corrected where the portal shows it, in one audited transaction.
 * The source's text is kept: an item's in its source variants (ItemSourceVariant, never changed
 * here) and its public 目標・内容の変更 entry; a vision text in the finding's detail. A vision block
 * is updated in place rather than overlaid when read, so that every reader of the block (the page,
 * editions, future exports) shows the same corrected text without knowing about findings.
 */
export async function correctFinding(
  db: Db,
  ctx: RequestContext,
  input: CorrectFindingInput,
): Promise<CorrectedFinding> {
  const meta = { action: "finding.resolve", entityType: "DataQualityFinding", entityId: String(input.findingId ?? "") };
  const parsed = correctFindingSchema.safeParse(input);
  return runChange(db, ctx, meta, can(ctx.actor, "finding.resolve"), parsed, async (tx, v, { actor, record }) => {
    const finding = await tx.dataQualityFinding.findUnique({
      where: { id: v.findingId },
      include: { item: { include: { classification: true } } },
    });
    if (!finding || !isTextIssueKind(finding.kind)) throw new ServiceError("not_found");
    if (finding.status !== "open") throw new ServiceError("conflict");
    const detail = finding.detail as unknown as TextFindingDetail;
    // null for a content block's text
    const field = finding.item ? (isCheckedItemField(finding.field) ? finding.field : undefined) : null;
    if (field === undefined) throw new ServiceError("not_found");
    const corrected = validInput(correctedTextSchema(field).safeParse(v.correctedText), "correctedText");

    let current: string;
    let itemIds: number[] = [];
    let itemNumbers: number[] = [];
    let block: string | null = null;
    if (finding.item && field === "classification") {
      const category = finding.item.classification;
      if (!category) throw new ServiceError("conflict");
      current = category.name;
      if (textDigest(current) !== v.textDigest) throw new ServiceError("conflict");
      ({ itemIds, itemNumbers } = await correctClassification(tx, category.id, corrected, v.reason, actor));
    } else if (finding.item && field !== null && field !== "classification") {
      current = finding.item[field];
      if (textDigest(current) !== v.textDigest) throw new ServiceError("conflict");
      itemIds = [finding.item.id];
      itemNumbers = await correctItemText(tx, finding.item.id, field, current, corrected, v.reason, actor);
    } else {
      const found = detail.block ? await tx.contentBlock.findUnique({ where: { key: detail.block } }) : null;
      const value = found && finding.field ? readBlockText(found, finding.field) : null;
      if (!found || !finding.field || value === null) throw new ServiceError("not_found");
      current = value;
      if (textDigest(current) !== v.textDigest) throw new ServiceError("conflict");
      const written = writeBlockText(found, finding.field, corrected);
      await tx.contentBlock.update({
        where: { id: found.id },
        data: { heading: written.heading, body: written.body as object },
      });
      block = found.key;
    }

    const resolution: Resolution = {
      correctedText: corrected,
      data: {
        status: "resolved",
        correctedText: corrected,
        resolution: v.reason,
        resolvedById: actor.id,
        resolvedAt: new Date(),
      },
    };
    const resolved = await tx.dataQualityFinding.updateMany({
      where: { id: finding.id, status: "open" },
      data: resolution.data,
    });
    if (resolved.count !== 1) throw new ServiceError("conflict");
    const others = await resolveCleared(tx, { itemIds, field: finding.field ?? "", block }, finding.id, resolution);
    await record({
      entityId: finding.id,
      before: { text: current },
      after: {
        correctedText: corrected,
        reason: v.reason,
        ...(itemNumbers.length === 1 ? { itemNumber: itemNumbers[0] } : {}),
        ...(itemNumbers.length > 1 ? { itemNumbers } : {}),
        ...(block ? { block, field: finding.field } : {}),
        alsoResolved: others,
      },
    });
    return { findingId: finding.id, itemNumbers, block, resolved: 1 + others };
  });
}
