import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "./create-client.ts";
import { withoutStatementTimeout } from "./tx.ts";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Same table Prisma Migrate keeps, so `prisma migrate deploy` can take over where
// the native schema engine is available.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Arbitrary constant shared by every process that migrates the same database.
const MIGRATION_LOCK_ID = 402052;

// Opening PGlite (Wasm start-up) can hold the first transaction back for seconds on a busy machine.
const MIGRATION_TX = { timeout: 120_000, maxWait: 60_000 } as const;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

/** Splits a migration into statements; our migrations contain no procedural bodies. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\r?\n|$)/)
    .map((statement) =>
      statement
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith("--"))
        .join("\n")
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}

/**
 * Applies pending migrations in order, each in its own transaction, under an
 * advisory lock so concurrent starts on one PostgreSQL database do not race.
 * Returns the names of the migrations it applied.
 */
export async function migrate(db: Db, migrations = readMigrations()): Promise<string[]> {
  // Even CREATE TABLE IF NOT EXISTS races between concurrent starts: take the lock first.
  await db.$transaction(async (tx) => {
    await withoutStatementTimeout(tx);
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`);
    await tx.$executeRawUnsafe(MIGRATIONS_TABLE);
  }, MIGRATION_TX);
  const applied: string[] = [];
  for (const migration of migrations) {
    const didApply = await db.$transaction(async (tx) => {
      await withoutStatementTimeout(tx);
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`);
      const done = await tx.$queryRawUnsafe<{ checksum: string }[]>(
        `SELECT "checksum" FROM "_prisma_migrations" WHERE "migration_name" = $1 AND "rolled_back_at" IS NULL AND "finished_at" IS NOT NULL`,
        migration.name,
      );
      if (done.length > 0) {
        if (done[0].checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied`);
        }
        return false;
      }
      const statements = splitStatements(migration.sql);
      for (const statement of statements) await tx.$executeRawUnsafe(statement);
      await tx.$executeRawUnsafe(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES ($1, $2, now(), $3, $4)`,
        crypto.randomUUID(),
        migration.checksum,
        migration.name,
        statements.length > 0 ? 1 : 0,
      );
      return true;
    }, MIGRATION_TX);
    if (didApply) applied.push(migration.name);
  }
  return applied;
}
