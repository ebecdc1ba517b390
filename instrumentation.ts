// Opens the database when the server starts, so migrations and the first import
// run before the first visitor arrives (not while `next build` prerenders), and
// starts the notifier (reminders and the mail outbox).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { NotifyConfigError, readNotifyConfig } = await import("./lib/notifications/config.ts");
  const { DemoUsersRefusedError, demoUsersRequested } = await import("./lib/users/seed-demo.ts");
  let config: ReturnType<typeof readNotifyConfig>;
  try {
    config = readNotifyConfig();
    demoUsersRequested();
  } catch (error) {
    // A setting that does not parse stops the start: a silent default could mail the wrong day or never.
    // So do demo accounts on a production server, before the database is prepared (and they are created).
    if (error instanceof NotifyConfigError || error instanceof DemoUsersRefusedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { getDb } = await import("./lib/db/runtime.ts");
  await getDb();
  const { startNotifier } = await import("./lib/notifications/run-notifier.ts");
  const { createMailTransport } = await import("./lib/notifications/transport.ts");
  startNotifier(getDb, config, createMailTransport(config));
}
