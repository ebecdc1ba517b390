// npm run notify: one round of the notifier — write the due-date reminders that
// are due, then send the outbox over SMTP_URL — for cron or a one-off run.
// With the embedded database, stop the server first: PGlite allows one process.
import { createDb, targetFromEnv } from "../lib/db/create-client.ts";
import { migrate } from "../lib/db/migrate.ts";
import { NotifyConfigError, readNotifyConfig } from "../lib/notifications/config.ts";
import { runNotifierOnce } from "../lib/notifications/run-notifier.ts";
import { createMailTransport } from "../lib/notifications/transport.ts";

async function main() {
  const config = readNotifyConfig();
  const db = createDb(targetFromEnv());
  try {
    await migrate(db);
    const run = await runNotifierOnce(db, config, createMailTransport(config));
    console.log(JSON.stringify({ reminders: run.reminders, mail: run.delivery ?? "off (SMTP_URL is not set)" }));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof NotifyConfigError ? error.message : error);
  process.exit(1);
});
