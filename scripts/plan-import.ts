// npm run plan:import -- FILE [--dry-run] [--as admin@city.example.jp]
// Loads a plan file (xlsx, or a CSV of the 「取組項目」 sheet) from the command line and prints what it
// does in Japanese. An empty database gets the plan as PLAN_FILE on start would; a database that
// holds a plan is updated through the same preview and audited apply as /staff/plan/import, in the
// name of the secretariat account given with --as. With --dry-run nothing is written.
// Exit codes: 0 done (or, with --dry-run, the file can be loaded); 1 the file is refused or has
// problems; 2 wrong arguments, unknown file or account; 3 anything unexpected.
// With the embedded database, stop the server first: PGlite allows one process.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Actor } from "../lib/auth/actor.ts";
import { ServiceError } from "../lib/auth/errors.ts";
import { createDb, targetFromEnv } from "../lib/db/create-client.ts";
import { migrate } from "../lib/db/migrate.ts";
import { applyPlanImport, previewPlanImport } from "../lib/plan/import-plan.ts";
import { holdsPlan, loadPlanIntoEmpty, PlanLoadError, readPlanOrExplain } from "../lib/plan/load-plan.ts";
import { MUNICIPALITY_SHEET } from "../lib/plan/plan-format.ts";
import { formatText, previewLines, refusalText } from "../lib/plan/plan-text.ts";
import { planChangesSomething, planFromFile } from "../lib/plan/write-plan.ts";
import catalog from "../messages/plan.ja.json";

class UsageError extends Error {}

const texts = catalog.planImport;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "dry-run": { type: "boolean", default: false }, as: { type: "string" } },
  });
  if (positionals.length !== 1)
    throw new UsageError("使い方: npm run plan:import -- ファイル [--dry-run] [--as 事務局のメールアドレス]");
  const filePath = path.resolve(positionals[0]);
  if (!fs.existsSync(filePath)) throw new UsageError(`ファイル「${positionals[0]}」がありません。`);
  const fileName = path.basename(filePath);
  const bytes = new Uint8Array(fs.readFileSync(filePath));
  const dryRun = values["dry-run"];

  const db = createDb(targetFromEnv());
  try {
    await migrate(db);
    if (!(await holdsPlan(db))) {
      const file = await readPlanOrExplain(bytes, fileName);
      if (!file.municipality) throw new PlanLoadError(refusalText("missing_sheet", { sheet: MUNICIPALITY_SHEET }));
      const plan = await planFromFile(db, file);
      for (const line of previewLines(plan.preview)) console.log(line);
      if (plan.preview.problems.length > 0) {
        console.error(refusalText("has_problems", { count: plan.preview.problems.length }));
        return 1;
      }
      if (dryRun) return 0;
      const counts = await loadPlanIntoEmpty(db, bytes, fileName);
      console.log(formatText(texts.done, { ...counts }));
      return 0;
    }

    const actor = values.as ? await secretariat(db, values.as) : null;
    if (!actor && !dryRun) throw new UsageError(refusalText("not_empty"));
    // A dry run without an account previews as the database's data says, with no one to audit.
    const preview = actor
      ? await previewPlanImport(db, { actor }, { fileName, bytes })
      : (await planFromFile(db, await readPlanOrExplain(bytes, fileName))).preview;
    for (const line of previewLines(preview)) console.log(line);
    if (preview.problems.length > 0) {
      console.error(refusalText("has_problems", { count: preview.problems.length }));
      return 1;
    }
    if (dryRun || !actor) return 0;
    if (!planChangesSomething(preview)) {
      console.log(texts.nothing);
      return 0;
    }
    const result = await applyPlanImport(
      db,
      { actor },
      { fileName, bytes, fileHash: "fileHash" in preview ? preview.fileHash : "", digest: preview.digest },
    );
    console.log(formatText(texts.done, { ...result.counts }));
    return 0;
  } finally {
    await db.$disconnect();
  }
}

/** The active secretariat account named by --as. */
async function secretariat(db: ReturnType<typeof createDb>, email: string): Promise<Actor> {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user || user.disabledAt || user.role !== "admin")
    throw new UsageError(`事務局（admin）のアカウント「${email}」がありません。`);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sectionId: user.sectionId,
    bureauId: user.bureauId,
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    if (error instanceof PlanLoadError) {
      console.error(error.message);
      process.exit(1);
    }
    if (error instanceof ServiceError && error.code === "invalid_file") {
      const details = error.details as { reason?: string; params?: Record<string, string | number> } | undefined;
      console.error(refusalText((details?.reason ?? "unknown") as never, details?.params));
      process.exit(1);
    }
    if (error instanceof ServiceError && error.code === "conflict") {
      console.error(refusalText("changed_since_preview"));
      process.exit(1);
    }
    console.error(error);
    process.exit(3);
  },
);
