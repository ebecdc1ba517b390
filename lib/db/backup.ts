// Backup and restore of either database, for `npm run backup` / `npm run restore` (scripts/) and
// their tests. The embedded database is saved as PGlite's own data-directory archive (tar.gz);
// PostgreSQL with pg_dump's custom format, restored by pg_restore. Both restore only into an empty
// target, so a restore never mixes two databases.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export type BackupFormat = "pglite" | "pg_dump";

/** A refusal the command line prints in Japanese. */
export class BackupError extends Error {}

/** Which kind of backup a file holds, from its first bytes (gzip for PGlite, "PGDMP" for pg_dump). */
export function backupFormatOf(head: Uint8Array): BackupFormat | null {
  if (head[0] === 0x1f && head[1] === 0x8b) return "pglite";
  if (new TextDecoder().decode(head.subarray(0, 5)) === "PGDMP") return "pg_dump";
  return null;
}

function readHead(file: string): Uint8Array {
  const fd = fs.openSync(file, "r");
  try {
    const head = new Uint8Array(8);
    fs.readSync(fd, head, 0, 8, 0);
    return head;
  } finally {
    fs.closeSync(fd);
  }
}

/** Checks that `file` is a backup of the kind the target takes, with a message naming both. */
export function expectBackupFormat(file: string, format: BackupFormat): void {
  if (!fs.existsSync(file)) throw new BackupError(`バックアップファイル「${file}」がありません。`);
  const found = backupFormatOf(readHead(file));
  if (found === format) return;
  const names: Record<BackupFormat, string> = { pglite: "組み込みデータベース", pg_dump: "PostgreSQL" };
  throw new BackupError(
    found
      ? `「${file}」は${names[found]}のバックアップです。${names[format]}には復元できません。`
      : `「${file}」はこのポータルのバックアップではありません。`,
  );
}

function isEmptyDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

/** Saves the embedded database in `dir` (the server must be stopped: PGlite allows one process). */
export async function backupPglite(dir: string, file: string): Promise<void> {
  if (isEmptyDir(dir)) throw new BackupError(`データベースのディレクトリ「${dir}」がないか、空です。`);
  const db = new PGlite(dir);
  try {
    const archive = await db.dumpDataDir("gzip");
    fs.writeFileSync(file, new Uint8Array(await archive.arrayBuffer()));
  } finally {
    await db.close();
  }
}

/** Restores an embedded-database backup into `dir`, which must not exist yet or be empty. */
export async function restorePglite(file: string, dir: string): Promise<void> {
  expectBackupFormat(file, "pglite");
  if (!isEmptyDir(dir))
    throw new BackupError(
      `復元先「${dir}」にはすでにデータがあります。空のディレクトリを指定するか、今のディレクトリを移動してから復元してください。`,
    );
  fs.mkdirSync(dir, { recursive: true });
  const db = new PGlite(dir, { loadDataDir: new Blob([new Uint8Array(fs.readFileSync(file))]) });
  try {
    await db.query("SELECT 1");
  } finally {
    await db.close();
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", (error) =>
      reject(
        new BackupError(`${command} を実行できません（${error.message}）。PostgreSQL のクライアントを入れてください。`),
      ),
    );
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${command} が失敗しました（終了コード ${code}）。\n${stderr.trim()}`)),
    );
  });
}

/** Saves a PostgreSQL database with pg_dump (custom format; owners and grants left to the target). */
export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  await run("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    `--file=${file}`,
    `--dbname=${databaseUrl}`,
  ]);
}

async function tableCount(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

/** Restores a pg_dump backup into an empty PostgreSQL database, in one transaction. */
export async function restorePostgres(file: string, databaseUrl: string): Promise<void> {
  expectBackupFormat(file, "pg_dump");
  if ((await tableCount(databaseUrl)) > 0)
    throw new BackupError(
      "復元先のデータベースにはすでにテーブルがあります。空のデータベースを作ってから復元してください。",
    );
  await run("pg_restore", [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    "--single-transaction",
    `--dbname=${databaseUrl}`,
    file,
  ]);
}
