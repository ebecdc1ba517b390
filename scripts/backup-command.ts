import { BackupError } from "../lib/db/backup.ts";

/**
 * The shared frame of `npm run backup` and `npm run restore`: one FILE argument, a Japanese message,
 * exit 0 done, 1 refused (the message says why), 2 wrong arguments, 3 anything else.
 */
export async function runBackupCommand(name: "backup" | "restore", work: (file: string) => Promise<string>) {
  const [file, ...rest] = process.argv.slice(2).filter((a) => a !== "--");
  if (!file || rest.length > 0) {
    console.error(`使い方: npm run ${name} -- ファイル名`);
    process.exit(2);
  }
  try {
    console.log(await work(file));
  } catch (error) {
    console.error(error instanceof BackupError ? error.message : error);
    process.exit(error instanceof BackupError ? 1 : 3);
  }
}
