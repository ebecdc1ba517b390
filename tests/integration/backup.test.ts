// Backup and restore (`npm run backup` / `npm run restore`): a backup restored into a fresh database
// holds every item, report, audit record and user; a restore never goes into a database that holds
// data, and a backup of one kind is refused by the other.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, describe, expect, it } from "vitest";
import {
  BackupError,
  backupPglite,
  backupPostgres,
  expectBackupFormat,
  restorePglite,
  restorePostgres,
} from "../../lib/db/backup.ts";
import { createDb } from "../../lib/db/create-client.ts";
import { migrate } from "../../lib/db/migrate.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { importSource } from "../../lib/importer/import-source.ts";
import { type Db, openImportedDb, openTestDb, type TestDb } from "../support/db.ts";
import { COMPLETE_REPORT, ctxOf, digest, makeUser, openPeriod } from "../support/fixtures.ts";
import { firstReport } from "../support/reports.ts";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A database in use: users, an open period, a draft and a submitted report, and their audit records. */
async function fill(db: Db): Promise<void> {
  const admin = await makeUser(db, { role: "admin" });
  await openPeriod(db, { admin });
  const editor = await makeUser(db, { role: "editor", section: "税務課" });
  await firstReport(db, ctxOf(editor), 44, "submit", COMPLETE_REPORT);
  await firstReport(db, ctxOf(editor), 43, "draft", { ...COMPLETE_REPORT, achievements: "下書きの実績。" });
}

/** Everything a restore must bring back, rows as they were. */
async function snapshot(db: Db) {
  const [audit, counts] = await Promise.all([
    db.auditLog.findMany({ orderBy: { id: "asc" } }),
    Promise.all([db.planItem.count(), db.progressReport.count(), db.user.count(), db.auditLog.count()]),
  ]);
  return { digest: await digest(db), audit: JSON.stringify(audit), counts };
}

describe("backup and restore on pglite", () => {
  const source = path.join(work, "pglite-source");
  const restored = path.join(work, "pglite-restored");
  const file = path.join(work, "pglite.tar.gz");

  it("restores every item, report, audit record and user into a fresh directory", async () => {
    // Filled in memory (a file-based import is slow), then placed in a directory the way a restore does.
    const memory = new PGlite("memory://");
    const db = new PrismaClient({ adapter: new PrismaPGlite(memory) });
    await migrate(db);
    await importSource(db);
    await fill(db);
    const before = await snapshot(db);
    expect(before.counts).toEqual([118, 2, 2, expect.any(Number)]);
    const seed = path.join(work, "seed.tar.gz");
    fs.writeFileSync(seed, new Uint8Array(await (await memory.dumpDataDir("gzip")).arrayBuffer()));
    await db.$disconnect();
    await memory.close();
    await restorePglite(seed, source);

    await backupPglite(source, file);
    expectBackupFormat(file, "pglite");
    await restorePglite(file, restored);

    const back = createDb({ pgliteDir: restored });
    try {
      expect(await snapshot(back)).toEqual(before);
    } finally {
      await back.$disconnect();
    }
    // Three copies of a whole database through gzip and the file system.
  }, 300_000);

  it("refuses a directory that holds data, and a PostgreSQL backup", async () => {
    await expect(restorePglite(file, source)).rejects.toThrow(/すでにデータがあります/);
    const fake = path.join(work, "fake.dump");
    fs.writeFileSync(fake, "PGDMP\u0001\u000e\u0000");
    await expect(restorePglite(fake, path.join(work, "unused"))).rejects.toThrow(
      /PostgreSQLのバックアップです。組み込みデータベースには復元できません/,
    );
    const text = path.join(work, "notes.txt");
    fs.writeFileSync(text, "not a backup");
    await expect(restorePglite(text, path.join(work, "unused"))).rejects.toBeInstanceOf(BackupError);
    expect(fs.existsSync(path.join(work, "unused"))).toBe(false);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("backup and restore on postgresql", () => {
  const target = { name: "postgresql" as const, adminUrl: process.env.TEST_DATABASE_URL };
  const file = path.join(work, "postgres.dump");
  const opened: TestDb[] = [];
  afterAll(async () => {
    for (const testDb of opened) await testDb.close();
  });

  it("restores every item, report, audit record and user into a fresh database", async () => {
    const source = await openImportedDb(target);
    opened.push(source);
    await fill(source.db);
    const before = await snapshot(source.db);

    await backupPostgres(source.databaseUrl!, file);
    expectBackupFormat(file, "pg_dump");
    const fresh = await openTestDb(target);
    opened.push(fresh);
    await restorePostgres(file, fresh.databaseUrl!);

    const back = createDb({ databaseUrl: fresh.databaseUrl! });
    try {
      expect(await snapshot(back)).toEqual(before);
      // The restored database carries on: its sequences continue after the restored rows.
      await makeUser(back, { role: "council" });
      expect(await back.user.count()).toBe(before.counts[2] + 1);
    } finally {
      await back.$disconnect();
    }
  });

  it("refuses a database that holds tables, and changes nothing in it", async () => {
    const busy = await openImportedDb(target);
    opened.push(busy);
    const before = await digest(busy.db);
    await expect(restorePostgres(file, busy.databaseUrl!)).rejects.toThrow(/すでにテーブルがあります/);
    expect(await digest(busy.db)).toBe(before);
  });
});
