// Opens the database when the server starts, so migrations and the first import
// run before the first visitor arrives (not while `next build` prerenders), and
// starts the notifier (reminders and the mail outbox).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { NotifyConfigError, readNotifyConfig } = await import("./lib/notifications/config.ts");
  let config: ReturnType<typeof readNotifyConfig>;
  try {
    config = readNotifyConfig();
  } catch (error) {
    // A setting that does not parse stops the start: a silent default could mail the wrong day or never.
    if (error instanceof NotifyConfigError) {
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
