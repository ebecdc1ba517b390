import type { Db } from "../db/create-client.ts";
import { logger } from "../log/logger.ts";
import type { NotifyConfig } from "./config.ts";
import { scheduleReminders } from "./reminders.ts";
import { type DeliveryResult, deliverPending, type MailTransport } from "./send-mail.ts";

export interface NotifierRun {
  reminders: number;
  delivery: DeliveryResult | null;
}

/** One round: write the reminders that are due, then send the outbox (when mails are on). */
export async function runNotifierOnce(
  db: Db,
  config: NotifyConfig,
  transport: MailTransport | null,
  now = new Date(),
): Promise<NotifierRun> {
  const reminders = await scheduleReminders(db, config, now);
  const delivery = transport ? await deliverPending(db, transport, config, { now }) : null;
  return { reminders, delivery };
}

/**
 * Runs a round now and then every `intervalSeconds`, one at a time (a slow round
 * delays the next rather than overlapping it). Returns a function that stops it.
 */
export function startNotifier(
  getDb: () => Promise<Db>,
  config: NotifyConfig,
  transport: MailTransport | null,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const round = async () => {
    try {
      const run = await runNotifierOnce(await getDb(), config, transport);
      if (run.reminders > 0 || (run.delivery && run.delivery.sent + run.delivery.retried + run.delivery.failed > 0))
        logger.info({ ...run }, "notifier round");
    } catch (error) {
      logger.error({ err: error }, "notifier round failed");
    } finally {
      if (!stopped) timer = setTimeout(round, config.intervalSeconds * 1000).unref();
    }
  };
  void round();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
