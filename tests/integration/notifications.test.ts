// Notifications against a real SMTP server started here (smtp-server), reading
// what arrives with mailparser: the outbox sends each mail exactly once, also with
// two senders at the same time, keeps mails while the server refuses or is down,
// and due-date reminders go out once per stage and editor whatever the interval.
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { createDb } from "../../lib/db/create-client.ts";
import { type NotifyConfig, readNotifyConfig } from "../../lib/notifications/config.ts";
import { notify } from "../../lib/notifications/notify.ts";
import { scheduleReminders } from "../../lib/notifications/reminders.ts";
import { backoffMs, deliverPending } from "../../lib/notifications/send-mail.ts";
import { createMailTransport } from "../../lib/notifications/transport.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import { makeUser, openPeriod } from "../support/fixtures.ts";

/** An SMTP server on a free loopback port that keeps what it accepts. */
async function startSmtp() {
  const received: ParsedMail[] = [];
  const smtp = {
    received,
    mode: "accept" as "accept" | "busy" | "reject",
    port: 0,
    server: null as unknown as SMTPServer,
  };
  smtp.server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (smtp.mode === "busy")
        return callback(Object.assign(new Error("mailbox busy, try later"), { responseCode: 451 }));
      if (smtp.mode === "reject") return callback(Object.assign(new Error("no such user"), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.server.listen(0, "127.0.0.1", resolve));
  smtp.port = (smtp.server.server.address() as AddressInfo).port;
  return smtp;
}

type Smtp = Awaited<ReturnType<typeof startSmtp>>;

const configFor = (port: number): NotifyConfig =>
  readNotifyConfig({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: "dx@city.example.jp",
    NEXTAUTH_URL: "https://portal.city.example.jp",
  });

describeOnDatabases("notifications", "imported", (suite) => {
  let db: Db;
  let smtp: Smtp;
  let config: NotifyConfig;
  let admin: Actor;
  let editor: Actor;

  beforeAll(async () => {
    db = suite.db;
    smtp = await startSmtp();
    config = configFor(smtp.port);
    admin = await makeUser(db, { role: "admin", name: "事務局 太郎" });
    editor = await makeUser(db, { role: "editor", section: "税務課", name: "税務 花子" });
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
  });

  beforeEach(async () => {
    smtp.received.length = 0;
    smtp.mode = "accept";
    await db.notification.deleteMany();
  });

  /** One round of the outbox against the test server, at `now` (the real time when omitted). */
  const deliver = (now?: Date) => deliverPending(db, createMailTransport(config)!, config, { now });

  const news = (userId: number, n: number) => ({
    userId,
    kind: "report_returned" as const,
    dedupeKey: `test:${userId}:${n}`,
    subject: `件名 ${n}`,
    body: `本文 ${n}`,
    link: "/staff",
  });

  it("sends each mail exactly once with two senders working the outbox at the same time", async () => {
    const count = 30;
    expect(
      await notify(
        db,
        Array.from({ length: count }, (_, n) => news(editor.id, n)),
        config,
      ),
    ).toBe(count);
    // A second instance: its own client (its own connections on PostgreSQL).
    const other = suite.databaseUrl ? createDb({ databaseUrl: suite.databaseUrl }) : db;
    try {
      const [a, b] = await Promise.all([
        deliverPending(db, createMailTransport(config)!, config, { batch: 4 }),
        deliverPending(other, createMailTransport(config)!, config, { batch: 4 }),
      ]);
      expect(a.sent + b.sent).toBe(count);
      if (suite.databaseUrl) expect(Math.min(a.sent, b.sent)).toBeGreaterThan(0);
    } finally {
      if (other !== db) await other.$disconnect();
    }
    const subjects = smtp.received.map((m) => m.subject).sort();
    expect(subjects).toEqual(Array.from({ length: count }, (_, n) => `件名 ${n}`).sort());
    expect(await db.notification.count({ where: { mailStatus: "sent" } })).toBe(count);
    // Nothing is left to send: a third round sends nothing.
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(count);
  });

  it("keeps a mail while the server is down or busy and sends it once it answers", async () => {
    await notify(db, [news(editor.id, 1)], config);
    const now = new Date(Date.now() + 60_000);

    // Nothing listens on this port: the connection is refused.
    const down = configFor(1);
    expect(await deliverPending(db, createMailTransport(down)!, down, { now })).toEqual({
      sent: 0,
      retried: 1,
      failed: 0,
    });
    let row = await db.notification.findFirstOrThrow();
    expect(row).toMatchObject({ mailStatus: "pending", mailAttempts: 1 });
    expect(row.mailError).toMatch(/ECONNREFUSED/);
    expect(row.mailNextAt.getTime()).toBe(now.getTime() + backoffMs(1));

    // Before its next try nothing is sent, even with the server back.
    expect(await deliver(now)).toEqual({ sent: 0, retried: 0, failed: 0 });

    smtp.mode = "busy";
    const later = new Date(now.getTime() + backoffMs(1));
    expect(await deliver(later)).toEqual({ sent: 0, retried: 1, failed: 0 });
    row = await db.notification.findFirstOrThrow();
    expect(row).toMatchObject({ mailStatus: "pending", mailAttempts: 2 });
    expect(row.mailError).toMatch(/451/);

    smtp.mode = "accept";
    const muchLater = new Date(later.getTime() + backoffMs(2));
    expect(await deliver(muchLater)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received.map((m) => m.subject)).toEqual(["件名 1"]);
    expect(await db.notification.findFirstOrThrow()).toMatchObject({
      mailStatus: "sent",
      mailAttempts: 3,
      mailError: null,
    });
  });

  it("stops mailing an address the server refuses for good, and keeps the notification in the app", async () => {
    await notify(db, [news(editor.id, 2)], config);
    smtp.mode = "reject";
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await db.notification.findFirstOrThrow()).toMatchObject({ mailStatus: "failed", readAt: null });
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("keeps notifications in the app only without an SMTP server, and honours the opt-out of optional mails", async () => {
    const inApp = readNotifyConfig({});
    await notify(db, [news(editor.id, 3)], inApp);
    expect(await db.notification.findFirstOrThrow()).toMatchObject({ mailStatus: "none" });

    await db.user.update({ where: { id: editor.id }, data: { optionalMail: false } });
    try {
      await notify(db, [{ ...news(editor.id, 4), kind: "report_published" }, news(editor.id, 5)], config);
      const rows = await db.notification.findMany({
        where: { dedupeKey: { in: [`test:${editor.id}:4`, `test:${editor.id}:5`] } },
        orderBy: { id: "asc" },
      });
      // A publication asks nothing of the section: optional. A return always goes.
      expect(rows.map((r) => [r.kind, r.mailStatus])).toEqual([
        ["report_published", "none"],
        ["report_returned", "pending"],
      ]);
    } finally {
      await db.user.update({ where: { id: editor.id }, data: { optionalMail: true } });
    }
  });

  describe("due-date reminders", () => {
    let other: Actor;

    beforeAll(async () => {
      other = await makeUser(db, { role: "editor", section: "税務課", name: "税務 次郎" });
      await openPeriod(db, { admin, dueOn: "2025-10-31" });
      // 税務課 has items 42, 43, 44 and 56; one of them is already submitted.
      const item = await db.planItem.findUniqueOrThrow({ where: { number: 42 } });
      const period = await db.reportingPeriod.findFirstOrThrow({ where: { status: "open" } });
      await db.progressReport.create({
        data: {
          itemId: item.id,
          periodId: period.id,
          state: "submitted",
          createdById: editor.id,
          updatedById: editor.id,
        },
      });
    });

    /** Noon in Japan on a day of October 2025. */
    const day = (d: number) => new Date(Date.UTC(2025, 9, d, 3));

    it("sends each stage once per editor, lists only unsubmitted items with links, and survives restarts", async () => {
      expect(await scheduleReminders(db, config, day(20))).toBe(0);
      // 7 days before: one reminder per editor of 税務課 (and every other section's editors have none here).
      const first = await scheduleReminders(db, config, day(24));
      const sent = await db.notification.findMany({ where: { kind: "due_reminder" }, orderBy: { userId: "asc" } });
      expect(sent.map((n) => n.userId)).toEqual([editor.id, other.id]);
      expect(first).toBe(sent.length);
      // The same day again, the next day, after a restart: nothing new until the next stage.
      expect(await scheduleReminders(db, config, day(24))).toBe(0);
      expect(await scheduleReminders(db, config, day(25))).toBe(0);
      expect(await scheduleReminders(db, config, day(29))).toBe(0);
      expect(await scheduleReminders(db, config, day(30))).toBe(2);
      expect(await scheduleReminders(db, config, day(30))).toBe(0);
      expect(await scheduleReminders(db, config, day(31))).toBe(2);
      expect(await db.notification.count({ where: { kind: "due_reminder" } })).toBe(6);

      await deliver();
      const mails = smtp.received.filter((m) => (m.to && "text" in m.to ? m.to.text : "") === editor.email);
      expect(mails.map((m) => m.subject)).toEqual([
        "【提出のお願い】令和7年度 上半期の進捗報告（締切 令和7年10月31日）",
        "【提出のお願い】令和7年度 上半期の進捗報告（締切 令和7年10月31日）",
        "【提出のお願い】令和7年度 上半期の進捗報告（締切 令和7年10月31日）",
      ]);
      const text = mails[0].text ?? "";
      expect(text).toContain("税務 花子 様");
      expect(text).toContain("締切まであと7日です");
      expect(text).toContain(
        "No.44 WEB口座振替受付サービスの推進\n  https://portal.city.example.jp/staff/items/44/report",
      );
      expect(text).toContain("https://portal.city.example.jp/staff/items/43/report");
      expect(text).toContain("https://portal.city.example.jp/staff/items/56/report");
      expect(text).not.toContain("No.42 ");
      expect(mails[2].text).toContain("本日が締切です");
    });

    it("sends the secretariat one overdue digest a day once the due date has passed", async () => {
      expect(await scheduleReminders(db, config, day(1 + 31))).toBe(1);
      expect(await scheduleReminders(db, config, day(1 + 31))).toBe(0);
      const digest = await db.notification.findFirstOrThrow({ where: { kind: "overdue_digest" } });
      expect(digest.userId).toBe(admin.id);
      expect(digest.subject).toMatch(/^【締切超過】令和7年度 上半期の未提出 \d+件（令和7年11月1日時点）$/);
      expect(digest.body).toContain("■ 税務課（3件）");
      expect(await scheduleReminders(db, config, day(2 + 31))).toBe(1);
      expect(
        await db.notification.count({ where: { kind: "due_reminder", createdAt: { gt: digest.createdAt } } }),
      ).toBe(0);
    });
  });
});
