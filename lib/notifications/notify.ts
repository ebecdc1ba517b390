import type { Db } from "../db/create-client.ts";
import type { Tx } from "../db/tx.ts";
import type { NotificationKind } from "../generated/prisma/enums.ts";
import { type Composed, OPTIONAL_KINDS } from "./compose.ts";
import { type NotifyConfig, readNotifyConfig } from "./config.ts";

let cachedConfig: NotifyConfig | undefined;

/** The process's settings (parsed once; the server checks them at start). */
export function notifyConfig(): NotifyConfig {
  cachedConfig ??= readNotifyConfig();
  return cachedConfig;
}

export interface NewNotification extends Composed {
  userId: number;
  kind: NotificationKind;
  /** once-only key: a second notification with the same key is dropped */
  dedupeKey: string;
}

/**
 * Writes notifications — inside the caller's transaction, so a change and the
 * news of it commit together (the outbox). A mail is queued when an SMTP server
 * is configured and the user wants this kind by mail; disabled users get nothing.
 * Returns how many were new.
 */
export async function notify(
  db: Db | Tx,
  notifications: readonly NewNotification[],
  config: NotifyConfig = notifyConfig(),
): Promise<number> {
  if (notifications.length === 0) return 0;
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(notifications.map((n) => n.userId))] }, disabledAt: null },
    select: { id: true, optionalMail: true },
  });
  const wantsMail = new Map(users.map((u) => [u.id, u.optionalMail]));
  const rows = notifications
    .filter((n) => wantsMail.has(n.userId))
    .map((n) => ({
      ...n,
      mailStatus:
        config.smtpUrl && (!OPTIONAL_KINDS.has(n.kind) || wantsMail.get(n.userId))
          ? ("pending" as const)
          : ("none" as const),
    }));
  if (rows.length === 0) return 0;
  const { count } = await db.notification.createMany({ data: rows, skipDuplicates: true });
  return count;
}

/** Active users of a role. */
export function usersWithRole(db: Db | Tx, role: "admin" | "council" | "editor") {
  return db.user.findMany({
    where: { role, disabledAt: null },
    select: { id: true, sectionId: true, bureauId: true },
    orderBy: { id: "asc" },
  });
}

/** Active editors who report on an item: bound to its section, or to its whole bureau. */
export function editorsOf(db: Db | Tx, item: { sectionId: number | null; bureauId: number }) {
  return db.user.findMany({
    where: {
      role: "editor",
      disabledAt: null,
      OR: [
        { bureauId: item.bureauId },
        ...(item.sectionId === null ? [] : [{ sectionId: item.sectionId, bureauId: null }]),
      ],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
}
