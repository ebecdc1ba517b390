import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;

export interface DbTarget {
  /** PostgreSQL connection string; when absent, an embedded PGlite database is used. */
  databaseUrl?: string;
  /** PGlite data directory; "memory://" for a throwaway in-memory database. */
  pgliteDir?: string;
}

/** The default PGlite directory when DATABASE_URL is unset. */
export const DEFAULT_PGLITE_DIR = path.resolve(process.cwd(), ".data", "pglite");

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/**
 * The PostgreSQL pool's limits, so that no request hangs on a database that is down or stuck:
 * getting a connection gives up after DB_CONNECT_TIMEOUT_MS, a statement after
 * DB_STATEMENT_TIMEOUT_MS, and a session idle inside a transaction is ended by the server.
 * A connection the database dropped (a restart) is discarded and the next request opens a new one.
 */
export function poolConfig(databaseUrl: string, env: NodeJS.ProcessEnv = process.env): pg.PoolConfig {
  return {
    connectionString: databaseUrl,
    max: positiveInteger(env.DB_POOL_MAX, 10),
    connectionTimeoutMillis: positiveInteger(env.DB_CONNECT_TIMEOUT_MS, 10_000),
    idleTimeoutMillis: 30_000,
    statement_timeout: positiveInteger(env.DB_STATEMENT_TIMEOUT_MS, 30_000),
    idle_in_transaction_session_timeout: 60_000,
    keepAlive: true,
  };
}

/**
 * Opens a Prisma client on PostgreSQL (DATABASE_URL) or on PGlite.
 * PGlite allows one process per data directory: callers keep one client per process.
 */
export function createDb(target: DbTarget = {}): Db {
  if (target.databaseUrl) {
    return new PrismaClient({ adapter: new PrismaPg(poolConfig(target.databaseUrl)) });
  }
  const dir = target.pgliteDir ?? DEFAULT_PGLITE_DIR;
  if (!dir.startsWith("memory://")) fs.mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir);
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  embedded.set(db, pglite);
  return db;
}

// The PGlite under a client: its adapter has no close, and an embedded database must be closed to
// end cleanly (checkpointed), as on SIGTERM.
const embedded = new WeakMap<Db, PGlite>();

/** Disconnects a client and, for the embedded database, closes it. */
export async function closeDb(db: Db): Promise<void> {
  await db.$disconnect();
  const pglite = embedded.get(db);
  if (pglite && !pglite.closed) await pglite.close();
}

/** Reads the target from the environment the way the app and scripts do. */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DbTarget {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { pgliteDir: env.PGLITE_DIR ? path.resolve(env.PGLITE_DIR) : DEFAULT_PGLITE_DIR };
}
