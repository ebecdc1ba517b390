// Each signed-in user's own notifications: the inbox, marking them read, and
// turning the optional mails off — never another user's rows.
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { readNotifyConfig } from "../../lib/notifications/config.ts";
import { countUnread, getInbox, markNotificationsRead, setMailPreference } from "../../lib/notifications/inbox.ts";
import { notify } from "../../lib/notifications/notify.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import { auditSince, ctxOf, failureOf, lastAuditId, makeUser } from "../support/fixtures.ts";

describeOnDatabases("the notification inbox", "migrated", (suite) => {
  let db: Db;
  let editor: Actor;
  let other: Actor;

  const send = (user: Actor, key: string, kind: "period_opened" | "due_reminder") =>
    notify(
      db,
      [{ userId: user.id, kind, dedupeKey: key, subject: `件名 ${key}`, body: "本文", link: "/staff" }],
      readNotifyConfig({ SMTP_URL: "smtp://127.0.0.1:2525" }),
    );

  beforeAll(async () => {
    db = suite.db;
    editor = await makeUser(db, { role: "council" });
    other = await makeUser(db, { role: "council" });
    await send(editor, "a", "period_opened");
    await send(editor, "b", "due_reminder");
    await send(other, "c", "period_opened");
  });

  it("lists only the user's own notifications, newest first, with the unread count", async () => {
    const inbox = await getInbox(db, ctxOf(editor));
    expect(inbox.entries.map((e) => [e.subject, e.optional])).toEqual([
      ["件名 b", false],
      ["件名 a", true],
    ]);
    expect(inbox.unread).toBe(2);
    expect(inbox.optionalMail).toBe(true);
    expect(await countUnread(db, other.id)).toBe(1);
  });

  it("marks one as read, and never another user's", async () => {
    const [theirs] = (await getInbox(db, ctxOf(other))).entries;
    expect(await markNotificationsRead(db, ctxOf(editor), { notificationId: String(theirs.id) })).toEqual({ count: 0 });
    expect(await countUnread(db, other.id)).toBe(1);

    const [newest] = (await getInbox(db, ctxOf(editor))).entries;
    const before = await lastAuditId(db);
    expect(await markNotificationsRead(db, ctxOf(editor), { notificationId: String(newest.id) })).toEqual({ count: 1 });
    expect(await countUnread(db, editor.id)).toBe(1);
    expect((await auditSince(db, before)).map((a) => [a.action, a.outcome])).toEqual([["notification.read", "ok"]]);

    expect(await markNotificationsRead(db, ctxOf(editor), { all: "1" })).toEqual({ count: 1 });
    expect(await countUnread(db, editor.id)).toBe(0);
    expect(await countUnread(db, other.id)).toBe(1);
  });

  it("turns the optional mails off: the next optional notification stays in the app, a reminder still goes", async () => {
    expect(await setMailPreference(db, ctxOf(editor), {})).toEqual({ optionalMail: false });
    expect((await getInbox(db, ctxOf(editor))).optionalMail).toBe(false);
    await send(editor, "d", "period_opened");
    await send(editor, "e", "due_reminder");
    const rows = await db.notification.findMany({ where: { dedupeKey: { in: ["d", "e"] } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.mailStatus)).toEqual(["none", "pending"]);
    expect(await setMailPreference(db, ctxOf(editor), { optionalMail: "on" })).toEqual({ optionalMail: true });
  });

  it("refuses the public and bad input, and changes nothing", async () => {
    expect((await failureOf(getInbox(db, ctxOf(null)))).code).toBe("unauthenticated");
    expect((await failureOf(markNotificationsRead(db, ctxOf(null), { all: "1" }))).code).toBe("unauthenticated");
    expect((await failureOf(markNotificationsRead(db, ctxOf(editor), { notificationId: "x" }))).code).toBe("invalid");
    expect((await failureOf(setMailPreference(db, ctxOf(editor), { optionalMail: "yes" }))).code).toBe("invalid");
    expect(await countUnread(db, other.id)).toBe(1);
  });
});
