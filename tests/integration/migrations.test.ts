import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb } from "../../lib/db/create-client.ts";
import { MIGRATIONS_DIR, migrate, readMigrations } from "../../lib/db/migrate.ts";
import { type Db, describeOnDatabases, openTestDb } from "../support/db.ts";

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

function migrationRows(db: Db): Promise<MigrationRow[]> {
  return db.$queryRawUnsafe<MigrationRow[]>(
    `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at", "applied_steps_count" FROM "_prisma_migrations" ORDER BY "migration_name"`,
  );
}

/** The migrations on disk, checksummed independently of readMigrations. */
const onDisk = fs
  .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((name) => ({
    name,
    checksum: crypto
      .createHash("sha256")
      .update(fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql")))
      .digest("hex"),
  }));
const names = onDisk.map((m) => m.name);

describeOnDatabases("migrate", "empty", (suite) => {
  // One database per target (a fresh PGlite costs seconds); the tests build on
  // each other in order: fresh → migrated → one more migration.
  let db: Db;
  const tmpDirs: string[] = [];

  /** A copy of prisma/migrations to alter without touching the project. */
  function copyMigrations(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-migrations-"));
    tmpDirs.push(dir);
    fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    return dir;
  }

  beforeAll(() => {
    db = suite.db;
  });

  afterAll(async () => {
    for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("applies every migration once and records it like Prisma Migrate", async () => {
    expect(names).toContain("20261125000000_init");

    expect(await migrate(db)).toEqual(names);
    expect(await migrate(db)).toEqual([]);

    const rows = await migrationRows(db);
    expect(rows.map((r) => ({ name: r.migration_name, checksum: r.checksum }))).toEqual(onDisk);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    // The schema really exists, not just the bookkeeping.
    expect(await db.planItem.count()).toBe(0);
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const dir = copyMigrations();
    const [first] = onDisk;
    fs.appendFileSync(path.join(dir, first.name, "migration.sql"), "\n-- edited afterwards\n");

    await expect(migrate(db, readMigrations(dir))).rejects.toThrow(
      `Migration ${first.name} was changed after it was applied`,
    );
    // The record keeps the original checksum.
    expect((await migrationRows(db)).find((r) => r.migration_name === first.name)?.checksum).toBe(first.checksum);
  });

  it("applies only a migration added later", async () => {
    const dir = copyMigrations();
    const added = "29991231000000_probe";
    fs.mkdirSync(path.join(dir, added));
    fs.writeFileSync(
      path.join(dir, added, "migration.sql"),
      `-- CreateTable\nCREATE TABLE "Probe" ("id" INTEGER NOT NULL);\n`,
    );

    expect(await migrate(db, readMigrations(dir))).toEqual([added]);
    expect(await migrate(db, readMigrations(dir))).toEqual([]);
    expect((await migrationRows(db)).map((r) => r.migration_name)).toEqual([...names, added]);
    expect(await db.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "Probe"`)).toEqual([{ n: 0 }]);
  });

  it.runIf(suite.target.name === "postgresql")(
    "lets concurrent starts on one database apply each migration once",
    async () => {
      const fresh = await openTestDb(suite.target);
      const databaseUrl = fresh.databaseUrl;
      if (!databaseUrl) throw new Error("postgresql test database without a URL");
      // Each client has its own connection pool, as separate app instances would;
      // more than two make a race show up more reliably.
      const others = Array.from({ length: 3 }, () => createDb({ databaseUrl }));
      try {
        const applied = await Promise.all([fresh.db, ...others].map((client) => migrate(client)));
        expect(applied.flat().sort()).toEqual(names);
        expect((await migrationRows(fresh.db)).map((r) => r.migration_name)).toEqual(names);
      } finally {
        await Promise.all(others.map((client) => client.$disconnect()));
        await fresh.close();
      }
    },
  );
});
