import "server-only";
import { z } from "zod";
import { authorizeRead } from "../audit/authorize-read.ts";
import { assertAllowed, runAudited } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import { fileHashOf, importReason } from "./load-plan.ts";
import { type PlanFile, PlanFileError, readPlanFile } from "./read-plan-file.ts";
import { type PlanCounts, type PlanPreview, planChangesSomething, planFromFile, writePlan } from "./write-plan.ts";

export type { PlanCounts, PlanPreview };

export interface PlanImportPreview extends PlanPreview {
  fileName: string;
  /** the file's SHA-256: 取り込む applies only the file that was previewed */
  fileHash: string;
  /** whether applying would write anything */
  changesSomething: boolean;
}

export interface PlanImportResult {
  fileName: string;
  counts: PlanCounts;
  /** the items created or changed, for the caches */
  itemNumbers: number[];
}

export const planFileSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  bytes: z.instanceof(Uint8Array),
});

export const applyPlanSchema = planFileSchema.extend({
  fileHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** the preview's digest: what the person confirmed */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});

const META = { action: "plan.import", entityType: "Municipality", entityId: 1 } as const;

async function readFile(bytes: Uint8Array, fileName: string): Promise<PlanFile> {
  try {
    return await readPlanFile(bytes, fileName);
  } catch (error) {
    if (error instanceof PlanFileError)
      throw new ServiceError("invalid_file", { reason: error.code, params: error.params });
    throw error;
  }
}

/**
 * 内容を確認: what importing the plan file would do — the municipality's changed fields, new
 * items, changed fields of existing items (old → new), items the file leaves out, new categories
 * and every problem naming sheet, row and column. Nothing is written.
 */
export async function previewPlanImport(
  db: Db,
  ctx: RequestContext,
  input: Untrusted<z.input<typeof planFileSchema>>,
): Promise<PlanImportPreview> {
  await authorizeRead(db, ctx, can(ctx.actor, "plan.manage"), META);
  const parsed = planFileSchema.safeParse(input);
  if (!parsed.success) throw new ServiceError("invalid", { zod: parsed.error, field: "file" });
  const { fileName, bytes } = parsed.data;
  const plan = await planFromFile(db, await readFile(bytes, fileName));
  return {
    ...plan.preview,
    fileName,
    fileHash: fileHashOf(bytes),
    changesSomething: planChangesSomething(plan.preview),
  };
}

/**
 * 取り込む: writes the previewed file in one audited transaction — item changes as an item edit
 * records them (one ItemChange per field, with 「計画ファイルの取り込み（<file>）」 as the reason, and a
 * new version). A file with any problem, or one whose preview no longer holds (another file, data
 * changed meanwhile), writes nothing. Nothing is ever deleted.
 */
export async function applyPlanImport(
  db: Db,
  ctx: RequestContext,
  input: Untrusted<z.input<typeof applyPlanSchema>>,
): Promise<PlanImportResult> {
  const parsed = applyPlanSchema.safeParse(input);
  return runAudited(db, ctx, META, async (tx, record) => {
    assertAllowed(can(ctx.actor, "plan.manage"), ctx);
    if (!parsed.success) throw new ServiceError("invalid", { zod: parsed.error, field: "file" });
    const { fileName, bytes, fileHash, digest } = parsed.data;
    if (fileHashOf(bytes) !== fileHash) throw new ServiceError("conflict", { reason: "other_file" });
    const plan = await planFromFile(tx, await readFile(bytes, fileName));
    if (plan.preview.digest !== digest) throw new ServiceError("conflict", { reason: "changed_since_preview" });
    if (plan.preview.problems.length > 0)
      throw new ServiceError("invalid_file", {
        reason: "has_problems",
        params: { count: plan.preview.problems.length },
      });
    const counts = await writePlan(tx, plan, { actorId: ctx.actor.id, reason: importReason(fileName), fileHash });
    await record({
      entityId: 1,
      before: plan.preview.municipality?.changes.length
        ? Object.fromEntries(plan.preview.municipality.changes.map((c) => [c.field, c.before]))
        : undefined,
      after: {
        fileName,
        fileHash,
        ...counts,
        changedItems: plan.preview.changedItems.map((item) => item.number),
        newItems: plan.preview.newItems.map((item) => item.number),
      },
    });
    return {
      fileName,
      counts,
      itemNumbers: [...plan.preview.newItems, ...plan.preview.changedItems].map((item) => item.number),
    };
  });
}
