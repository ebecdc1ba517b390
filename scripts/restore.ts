// npm run restore -- FILE
// Restores FILE into an empty database: the one DATABASE_URL names (create it first), else the
// embedded database directory (PGLITE_DIR or .data/pglite), which must not exist yet or be empty.
import { restorePglite, restorePostgres } from "../lib/db/backup.ts";
import { targetFromEnv } from "../lib/db/create-client.ts";
import { runBackupCommand } from "./backup-command.ts";

await runBackupCommand("restore", async (file) => {
  const target = targetFromEnv();
  if (target.databaseUrl) await restorePostgres(file, target.databaseUrl);
  else await restorePglite(file, target.pgliteDir!);
  return `「${file}」から復元しました。サーバーを起動すると、このデータで動きます。`;
});
