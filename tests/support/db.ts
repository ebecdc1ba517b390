// Databases for integration tests: every test runs against an in-memory PGlite
// and, when TEST_DATABASE_URL is set (CI), against a real PostgreSQL as well.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { createDb, type Db } from "../../lib/db/create-client.ts";
import { migrate } from "../../lib/db/migrate.ts";
import { importSource } from "../../lib/importer/import-source.ts";

export type { Db };

export interface TestTarget {
  name: "pglite" | "postgresql";
  /** Server the per-test databases are created on (postgresql only). */
  adminUrl?: string;
}

export interface TestDb {
  db: Db;
  /** Connection string of this test's own database (postgresql only), for opening more clients. */
  databaseUrl?: string;
  /** Disconnects and, on PostgreSQL, drops the database. */
  close(): Promise<void>;
}

export function dbTargets(env: NodeJS.ProcessEnv = process.env): TestTarget[] {
  const targets: TestTarget[] = [{ name: "pglite" }];
  if (env.TEST_DATABASE_URL) targets.push({ name: "postgresql", adminUrl: env.TEST_DATABASE_URL });
  return targets;
}

/** The targets of this run: PGlite, and PostgreSQL when TEST_DATABASE_URL is set. */
export const targets = dbTargets();

async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** An empty, isolated database: a fresh in-memory PGlite or a new PostgreSQL database. */
export async function openTestDb(target: TestTarget): Promise<TestDb> {
  if (target.name === "pglite") {
    // The in-memory database goes away with the client (the adapter has no close).
    const db = createDb({ pgliteDir: "memory://" });
    return { db, close: () => db.$disconnect() };
  }
  const adminUrl = target.adminUrl;
  if (!adminUrl) throw new Error("postgresql target without adminUrl");
  // Random names keep concurrent runs (and leftovers of aborted ones) apart.
  const name = `portal_test_${crypto.randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const db = createDb({ databaseUrl });
  return {
    db,
    databaseUrl,
    async close() {
      try {
        await db.$disconnect();
      } finally {
        // FORCE also ends connections a test left open (e.g. extra clients).
        await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      }
    },
  };
}

/** An empty database filled by `prepare`; closed again when that fails, so no failed setup leaves one open. */
async function openPrepared(target: TestTarget, prepare: (db: Db) => Promise<unknown>): Promise<TestDb> {
  const testDb = await openTestDb(target);
  try {
    await prepare(testDb.db);
  } catch (error) {
    await testDb.close();
    throw error;
  }
  return testDb;
}

export function openMigratedDb(target: TestTarget): Promise<TestDb> {
  return openPrepared(target, migrate);
}

export function openImportedDb(target: TestTarget): Promise<TestDb> {
  return openPrepared(target, async (db) => {
    await migrate(db);
    await importSource(db);
  });
}

/** What a suite's database holds when its own hooks start. */
export type SuiteContent = "empty" | "migrated" | "imported";

const OPENERS: Record<SuiteContent, (target: TestTarget) => Promise<TestDb>> = {
  empty: openTestDb,
  migrated: openMigratedDb,
  imported: openImportedDb,
};

/** A suite's view of its database; `db` and `databaseUrl` are there from the suite's first `beforeAll` on. */
export interface DatabaseSuite {
  readonly target: TestTarget;
  readonly db: Db;
  /** Connection string of the suite's database (postgresql only), for opening more clients. */
  readonly databaseUrl: string | undefined;
}

/**
 * A `describe` per database target ("<name> on pglite", "<name> on postgresql"), each with a database of
 * its own: opened before the suite's hooks run and closed after them (hooks run in stack order).
 */
export function describeOnDatabases(name: string, content: SuiteContent, body: (suite: DatabaseSuite) => void): void {
  describe.each(targets)(`${name} on $name`, (target) => {
    let testDb: TestDb | undefined;
    const opened = (): TestDb => {
      if (!testDb) throw new Error(`${name}: the database is open only inside hooks and tests`);
      return testDb;
    };
    beforeAll(async () => {
      testDb = await OPENERS[content](target);
    });
    afterAll(async () => {
      await testDb?.close();
    });
    body({
      target,
      get db() {
        return opened().db;
      },
      get databaseUrl() {
        return opened().databaseUrl;
      },
    });
  });
}
