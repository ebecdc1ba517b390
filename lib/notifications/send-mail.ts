import type { Db } from "../db/create-client.ts";
import { logger } from "../log/logger.ts";
import { mailText, OPTIONAL_KINDS } from "./compose.ts";
import type { NotifyConfig } from "./config.ts";

/** The part of a nodemailer transport the sender uses (a real SMTP transport in production and tests). */
export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

export interface DeliveryOptions {
  now?: Date;
  /** rows one sender claims at a time */
  batch?: number;
  /** how long a claim holds; a sender that died mid-batch is taken over after it */
  leaseMs?: number;
}

export interface DeliveryResult {
  sent: number;
  /** the server could not be reached or refused for now: tried again later */
  retried: number;
  /** the server refused for good (5xx): kept in the app, not mailed */
  failed: number;
}

const MAX_BACKOFF_MS = 60 * 60 * 1000;

/** 30 s, 1 min, 2 min … at most an hour between tries of one mail. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

function permanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** Timestamps as the columns store them (UTC), whatever the session's time zone. */
const at = (date: Date) => date.toISOString();

/**
 * Claims due mails — pending ones whose time has come, and ones another sender
 * claimed but left past its lease — in one statement. `FOR UPDATE SKIP LOCKED`
 * lets several senders on one database take disjoint rows, so none is sent twice.
 */
async function claim(db: Db, now: Date, batch: number, leaseMs: number): Promise<number[]> {
  const rows = await db.$queryRawUnsafe<{ id: number }[]>(
    `UPDATE "Notification"
        SET "mailStatus" = 'sending', "mailLockedUntil" = ($1::timestamptz AT TIME ZONE 'UTC'), "mailAttempts" = "mailAttempts" + 1
      WHERE "id" IN (
        SELECT "id" FROM "Notification"
         WHERE ("mailStatus" = 'pending' AND "mailNextAt" <= ($2::timestamptz AT TIME ZONE 'UTC'))
            OR ("mailStatus" = 'sending' AND "mailLockedUntil" < ($2::timestamptz AT TIME ZONE 'UTC'))
         ORDER BY "id"
         LIMIT $3
         FOR UPDATE SKIP LOCKED)
      RETURNING "id"`,
    at(new Date(now.getTime() + leaseMs)),
    at(now),
    batch,
  );
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/**
 * Sends the due mails of the outbox until none is left. A mail is marked sent
 * only after the SMTP server accepted it; a refused or unreachable server leaves
 * it for a later try with backoff. (A sender that dies between the server's
 * acceptance and the mark sends that one mail again after the lease: the only
 * case of a duplicate, never a loss.)
 */
export async function deliverPending(
  db: Db,
  transport: MailTransport,
  config: NotifyConfig,
  options: DeliveryOptions = {},
): Promise<DeliveryResult> {
  const now = options.now ?? new Date();
  const batch = options.batch ?? 20;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  // A retried mail is due only after its backoff, so the loop ends when nothing due is left.
  for (;;) {
    const ids = await claim(db, now, batch, leaseMs);
    if (ids.length === 0) return result;
    const rows = await db.notification.findMany({
      where: { id: { in: ids } },
      include: { user: { select: { email: true, name: true, disabledAt: true, optionalMail: true } } },
      orderBy: { id: "asc" },
    });
    for (const row of rows) {
      const mine = { id: row.id, mailStatus: "sending" as const, mailAttempts: row.mailAttempts };
      // The user may have been disabled or opted out since the notification was written.
      if (row.user.disabledAt || (OPTIONAL_KINDS.has(row.kind) && !row.user.optionalMail)) {
        await db.notification.updateMany({ where: mine, data: { mailStatus: "none", mailLockedUntil: null } });
        continue;
      }
      try {
        await transport.sendMail({
          from: config.mailFrom,
          to: row.user.email,
          subject: row.subject,
          text: mailText(config.baseUrl, row.user.name, row.body),
        });
        await db.notification.updateMany({
          where: mine,
          data: { mailStatus: "sent", mailSentAt: new Date(), mailLockedUntil: null, mailError: null },
        });
        result.sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (permanent(error)) {
          await db.notification.updateMany({
            where: mine,
            data: { mailStatus: "failed", mailLockedUntil: null, mailError: message },
          });
          result.failed += 1;
          logger.warn({ notificationId: row.id, err: message }, "mail refused for good");
        } else {
          const next = new Date(now.getTime() + backoffMs(row.mailAttempts));
          await db.notification.updateMany({
            where: mine,
            data: { mailStatus: "pending", mailNextAt: next, mailLockedUntil: null, mailError: message },
          });
          result.retried += 1;
        }
      }
    }
  }
}
