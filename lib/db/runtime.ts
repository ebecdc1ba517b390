// The process-wide client. Not marked server-only so that instrumentation.ts can
// open it at server start; app code imports it through lib/db/client.ts. The same
// exception holds for what preparing a database loads (prepare, migrate, the
// importer, a plan file's loader and writer (lib/plan, lib/xlsx), the KPI backfill, the demo
// seed and the user/audit helpers they use)
// and for the notifier that instrumentation.ts starts (lib/notifications except
// events.ts): the CLI scripts run them under plain tsx too. Every other module that touches
// the database imports "server-only".
import { closeDb, createDb, type Db, type DbTarget, targetFromEnv } from "./create-client.ts";
import { prepareDatabase } from "./prepare.ts";

const globalForDb = globalThis as unknown as {
  portalDb?: Promise<Db>;
  portalDbInstance?: Promise<string>;
  /** Called by server.mjs when it stops (SIGTERM), after the last request has finished. */
  portalDbClose?: () => Promise<void>;
};

globalForDb.portalDbClose = async () => {
  const db = await globalForDb.portalDb?.catch(() => undefined);
  if (db) await closeDb(db);
};

/** Whether this process is `next build` prerendering pages. */
function isBuilding(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

/**
 * While `next build` prerenders, several worker processes may run at once and an
 * embedded PGlite directory allows only one: without DATABASE_URL each build
 * worker works on its own in-memory copy of the imported source instead.
 */
function runtimeTarget(): DbTarget {
  if (isBuilding() && !process.env.DATABASE_URL) return { pgliteDir: "memory://" };
  return targetFromEnv();
}

/** The process-wide client, migrated and filled with the city's data on first use. */
export function getDb(): Promise<Db> {
  globalForDb.portalDb ??= (async () => {
    const db = createDb(runtimeTarget());
    await prepareDatabase(db);
    return db;
  })().catch((error: unknown) => {
    // Never cache a failed start: the next request tries again.
    globalForDb.portalDb = undefined;
    throw error;
  });
  return globalForDb.portalDb;
}

/**
 * An id of this database, as opposed to any other the same build may be served
 * against (a new PGlite directory, PostgreSQL instead of PGlite, the build's own
 * copy): the random id the runner gave the first migration applied to it.
 */
export function getDatabaseInstance(): Promise<string> {
  globalForDb.portalDbInstance ??= (async () => {
    const db = await getDb();
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT "id" FROM "_prisma_migrations" ORDER BY "started_at" ASC, "id" ASC LIMIT 1`,
    );
    return rows[0]?.id ?? "none";
  })().catch((error: unknown) => {
    globalForDb.portalDbInstance = undefined;
    throw error;
  });
  return globalForDb.portalDbInstance;
}
