// Loading a plan file without a signed-in person: PLAN_FILE on start and `npm run plan:import` on an
// empty database. Not server-only, for the same reason as the importer (see lib/db/runtime.ts).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { writeAudit } from "../audit/write-audit.ts";
import type { Db } from "../db/create-client.ts";
import { TX_OPTIONS } from "../db/tx.ts";
import { MUNICIPALITY_SHEET } from "./plan-format.ts";
import { problemText, refusalText } from "./plan-text.ts";
import { PlanFileError, readPlanFile } from "./read-plan-file.ts";
import { PLAN_RUN_PREFIX, type PlanCounts, planFromFile, writePlan } from "./write-plan.ts";

/** A plan file that cannot be loaded; `message` is Japanese, one problem a line. */
export class PlanLoadError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super([message, ...problems].join("\n"));
    this.name = "PlanLoadError";
  }
}

/** The reason an import records on every changed item. */
export function importReason(fileName: string): string {
  return `計画ファイルの取り込み（${fileName}）`;
}

export function fileHashOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads a plan file, turning a refusal into its Japanese message. */
export async function readPlanOrExplain(bytes: Uint8Array, fileName: string) {
  try {
    return await readPlanFile(bytes, fileName);
  } catch (error) {
    if (error instanceof PlanFileError) throw new PlanLoadError(refusalText(error.code, error.params));
    throw error;
  }
}

/** Whether the database holds a plan (any item), from the built-in source or a file. */
export async function holdsPlan(db: Db): Promise<boolean> {
  return (await db.planItem.count()) > 0;
}

/** Whether a plan file was ever loaded here: then the built-in source (Iizuka's) must not be added to it. */
export async function loadedFromPlanFile(db: Db): Promise<boolean> {
  return (await db.importRun.count({ where: { sourceHash: { startsWith: PLAN_RUN_PREFIX } } })) > 0;
}

/**
 * Loads a plan file into a database that holds no plan yet, in one transaction with its audit
 * record (the operator's: no one is signed in). Refused with every problem when the file has any.
 */
export async function loadPlanIntoEmpty(db: Db, bytes: Uint8Array, fileName: string): Promise<PlanCounts> {
  const file = await readPlanOrExplain(bytes, fileName);
  // A CSV carries the items alone: a new portal needs the municipality from 「団体」 too.
  if (!file.municipality) throw new PlanLoadError(refusalText("missing_sheet", { sheet: MUNICIPALITY_SHEET }));
  const fileHash = fileHashOf(bytes);
  return db.$transaction(
    async (tx) => {
      if ((await tx.planItem.count()) > 0) throw new PlanLoadError(refusalText("not_empty"));
      const plan = await planFromFile(tx, file);
      const { problems } = plan.preview;
      if (problems.length > 0)
        throw new PlanLoadError(refusalText("has_problems", { count: problems.length }), problems.map(problemText));
      const counts = await writePlan(tx, plan, { actorId: null, reason: importReason(fileName), fileHash });
      await writeAudit(tx, {
        actor: null,
        action: "plan.load",
        entityType: "Municipality",
        entityId: 1,
        after: { fileName, fileHash, ...counts },
      });
      return counts;
    },
    { ...TX_OPTIONS, timeout: 300_000 },
  );
}

/**
 * PLAN_FILE on start: an empty database gets that plan instead of the built-in source; a database
 * that already holds a plan is left as it is (a revised plan goes through /staff/plan/import).
 */
export async function loadPlanFileOnStart(db: Db, planFile: string): Promise<void> {
  if (await holdsPlan(db)) return;
  const resolved = path.resolve(planFile);
  const bytes = new Uint8Array(fs.readFileSync(/*turbopackIgnore: true*/ resolved));
  await loadPlanIntoEmpty(db, bytes, path.basename(resolved));
}
