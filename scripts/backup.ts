// npm run backup -- FILE
// Saves the database the server uses (DATABASE_URL, else the embedded database in PGLITE_DIR or
// .data/pglite) to FILE. With the embedded database, stop the server first: PGlite allows one process.
import { backupPglite, backupPostgres } from "../lib/db/backup.ts";
import { targetFromEnv } from "../lib/db/create-client.ts";
import { runBackupCommand } from "./backup-command.ts";

await runBackupCommand("backup", async (file) => {
  const target = targetFromEnv();
  if (target.databaseUrl) await backupPostgres(target.databaseUrl, file);
  else await backupPglite(target.pgliteDir!, file);
  return `バックアップを「${file}」に保存しました。`;
});
