import { importSource } from "../importer/import-source.ts";
import { backfillKpiProposals } from "../indicators/backfill-proposals.ts";
import { seedDemo } from "../users/seed-demo.ts";
import type { Db } from "./create-client.ts";
import { migrate } from "./migrate.ts";

/** Brings a database to the current schema and loads the source document (both idempotent). */
export async function prepareDatabase(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await migrate(db);
  await importSource(db);
  await backfillKpiProposals(db);
  if (env.SEED_DEMO_USERS === "1") await seedDemo(db);
}
