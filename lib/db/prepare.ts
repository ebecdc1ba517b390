import { importSource } from "../importer/import-source.ts";
import { backfillKpiProposals } from "../indicators/backfill-proposals.ts";
import { loadedFromPlanFile, loadPlanFileOnStart } from "../plan/load-plan.ts";
import { demoUsersRequested, seedDemo } from "../users/seed-demo.ts";
import type { Db } from "./create-client.ts";
import { migrate } from "./migrate.ts";
import { withoutStatementTimeout } from "./tx.ts";

// Arbitrary constant shared by every instance that prepares the same database.
const PREPARE_LOCK_ID = 402053;

// The holder waits for another instance's whole preparation, then runs its own (a first import included).
const PREPARE_LOCK_TX = { timeout: 1_800_000, maxWait: 60_000 } as const;

/**
 * Runs `steps` while this instance alone prepares the database. Each step is idempotent, but
 * each checks and then writes in a transaction of its own (the demo seed's accounts, the plan
 * file into an empty database), so two instances starting at once on one PostgreSQL would both
 * write. A session lock would need the steps' own connection, which Prisma's pool does not
 * give; and a lock in each step's transaction would leave the gaps between steps open. So one
 * transaction holds a transaction lock on a connection of its own while the steps run on the
 * pool's others; it is released when that transaction ends, also when the process dies.
 * An embedded PGlite is opened by one process and has one connection: the steps run as they are.
 */
async function whilePreparing(db: Db, steps: () => Promise<void>): Promise<void> {
  const [{ embedded }] = await db.$queryRaw<{ embedded: boolean }[]>`SELECT version() LIKE '%wasm32%' AS embedded`;
  if (embedded) return steps();
  await db.$transaction(async (tx) => {
    await withoutStatementTimeout(tx);
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${PREPARE_LOCK_ID})`);
    await steps();
  }, PREPARE_LOCK_TX);
}

/**
 * Brings a database to the current schema and loads the plan (both idempotent): the plan file named
 * by PLAN_FILE into an empty database, else the built-in source — which is never added to a
 * database that holds a plan loaded from a file.
 */
export async function prepareDatabase(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await whilePreparing(db, () => prepareSteps(db, env));
}

async function prepareSteps(db: Db, env: NodeJS.ProcessEnv): Promise<void> {
  await migrate(db);
  if (env.PLAN_FILE) await loadPlanFileOnStart(db, env.PLAN_FILE);
  if (!(await loadedFromPlanFile(db))) await importSource(db);
  await backfillKpiProposals(db);
  if (demoUsersRequested(env)) await seedDemo(db);
}
