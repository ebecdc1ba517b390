import { importSource } from "../importer/import-source.ts";
import { backfillKpiProposals } from "../indicators/backfill-proposals.ts";
import { loadedFromPlanFile, loadPlanFileOnStart } from "../plan/load-plan.ts";
import { seedDemo } from "../users/seed-demo.ts";
import type { Db } from "./create-client.ts";
import { migrate } from "./migrate.ts";

/**
 * Brings a database to the current schema and loads the plan (both idempotent): the plan file named
 * by PLAN_FILE into an empty database, else the built-in source — which is never added to a
 * database that holds a plan loaded from a file.
 */
export async function prepareDatabase(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await migrate(db);
  if (env.PLAN_FILE) await loadPlanFileOnStart(db, env.PLAN_FILE);
  if (!(await loadedFromPlanFile(db))) await importSource(db);
  await backfillKpiProposals(db);
  if (env.SEED_DEMO_USERS === "1") await seedDemo(db);
}
