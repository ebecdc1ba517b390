import { describe, expect, it } from "vitest";
import { NotifyConfigError, readNotifyConfig } from "../../lib/notifications/config.ts";

describe("notification settings", () => {
  it("defaults to in-app only, reminders 7, 1 and 0 days before, every 300 s", () => {
    expect(readNotifyConfig({})).toEqual({
      smtpUrl: null,
      mailFrom: "行政経営戦略推進 進捗ポータル <noreply@localhost>",
      intervalSeconds: 300,
      reminderDays: [7, 1, 0],
      baseUrl: "http://localhost:3000",
    });
  });

  it("reads the SMTP server, sender, interval, reminder days and the portal's URL", () => {
    const config = readNotifyConfig({
      SMTP_URL: "smtp://127.0.0.1:2525",
      MAIL_FROM: "dx@city.example.jp",
      NOTIFY_INTERVAL_S: "60",
      REMINDER_DAYS: "0, 3,14,3",
      NEXTAUTH_URL: "https://portal.city.example.jp/",
    });
    expect(config).toEqual({
      smtpUrl: "smtp://127.0.0.1:2525",
      mailFrom: "dx@city.example.jp",
      intervalSeconds: 60,
      reminderDays: [14, 3, 0],
      baseUrl: "https://portal.city.example.jp",
    });
  });

  it.each([
    [{ REMINDER_DAYS: "7;1" }, "REMINDER_DAYS"],
    [{ REMINDER_DAYS: "一週間前" }, "REMINDER_DAYS"],
    [{ REMINDER_DAYS: "90" }, "REMINDER_DAYS"],
    [{ REMINDER_DAYS: "-1" }, "REMINDER_DAYS"],
    [{ NOTIFY_INTERVAL_S: "5m" }, "NOTIFY_INTERVAL_S"],
    [{ NOTIFY_INTERVAL_S: "1" }, "NOTIFY_INTERVAL_S"],
    [{ SMTP_URL: "mail.example.jp" }, "SMTP_URL"],
    [{ NEXTAUTH_URL: "portal" }, "NEXTAUTH_URL"],
  ])("refuses %o with a message naming %s", (env, name) => {
    expect(() => readNotifyConfig(env)).toThrow(NotifyConfigError);
    expect(() => readNotifyConfig(env)).toThrow(new RegExp(`${name}: `));
  });
});
