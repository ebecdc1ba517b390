import "server-only";
import { z } from "zod";
import { assertAllowed, runChange } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { NotificationKind } from "../generated/prisma/enums.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import { OPTIONAL_KINDS } from "./compose.ts";

/** How many notifications the inbox shows; older ones stay in the database. */
export const INBOX_SIZE = 100;

export interface InboxEntry {
  id: number;
  kind: NotificationKind;
  subject: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
  /** whether this kind may be turned off by mail (reminders and returns always go) */
  optional: boolean;
}

export interface Inbox {
  entries: InboxEntry[];
  unread: number;
  /** whether the optional mails are on */
  optionalMail: boolean;
}

/** The signed-in user's own notifications, newest first, with the unread count and the mail setting. */
export async function getInbox(db: Db, ctx: RequestContext): Promise<Inbox> {
  assertAllowed(can(ctx.actor, "notification.own"), ctx);
  const userId = ctx.actor.id;
  const [rows, unread, user] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: INBOX_SIZE,
      select: { id: true, kind: true, subject: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    countUnread(db, userId),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { optionalMail: true } }),
  ]);
  return {
    entries: rows.map((row) => ({ ...row, optional: OPTIONAL_KINDS.has(row.kind) })),
    unread,
    optionalMail: user.optionalMail,
  };
}

/** How many of a user's notifications are unread. */
export function countUnread(db: Db, userId: number): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** The header's badge for the signed-in user (0 for anyone else: the header shows nothing then). */
export async function getUnreadCount(db: Db, ctx: RequestContext): Promise<number> {
  return can(ctx.actor, "notification.own") && ctx.actor ? countUnread(db, ctx.actor.id) : 0;
}

export const markReadSchema = z.union([z.object({ all: z.literal("1") }), z.object({ notificationId: idSchema })]);

export type MarkReadInput = Untrusted<z.input<typeof markReadSchema>>;

/** Marks one notification, or all of the user's, as read. Only the user's own rows are touched. */
export async function markNotificationsRead(db: Db, ctx: RequestContext, input: MarkReadInput) {
  const parsed = markReadSchema.safeParse(input);
  const meta = { action: "notification.read", entityType: "Notification" };
  return runChange(db, ctx, meta, can(ctx.actor, "notification.own"), parsed, async (tx, v, { actor, record }) => {
    const one = "notificationId" in v ? v.notificationId : null;
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, ...(one === null ? {} : { id: one }) },
      data: { readAt: new Date() },
    });
    await record({ entityId: one ?? "all", after: { count } });
    return { count };
  });
}

export const mailPreferenceSchema = z.object({
  // A checkbox: present when on.
  optionalMail: z.literal("on").optional(),
});

export type MailPreferenceInput = Untrusted<z.input<typeof mailPreferenceSchema>>;

/**
 * Turns the optional mails (news that asks nothing of the user) on or off. Mails already queued
 * keep their state; the sender checks the setting again before it sends an optional one.
 */
export async function setMailPreference(db: Db, ctx: RequestContext, input: MailPreferenceInput) {
  const parsed = mailPreferenceSchema.safeParse(input);
  const meta = { action: "notification.mail_preference", entityType: "User" };
  return runChange(db, ctx, meta, can(ctx.actor, "notification.own"), parsed, async (tx, v, { actor, record }) => {
    const optionalMail = v.optionalMail === "on";
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { optionalMail: true } });
    await tx.user.update({ where: { id: actor.id }, data: { optionalMail } });
    await record({ entityId: actor.id, before, after: { optionalMail } });
    return { optionalMail };
  });
}
