import { createTranslator } from "next-intl";
import messages from "../../messages/notifications.ja.json";
import type { NotificationKind, PeriodTerm } from "../generated/prisma/enums.ts";
import { periodKey, periodLabel } from "../periods/period-key.ts";
import { formatJapaneseDate } from "../wareki.ts";

// Mails and in-app notifications are written in Japanese, the language of the city's staff.
const t = createTranslator({ locale: "ja", messages, namespace: "notifications.mail" });

/** Kinds a user may opt out of mailing: news that asks nothing of them. Reminders and returns always go. */
export const OPTIONAL_KINDS: ReadonlySet<NotificationKind> = new Set([
  "period_opened",
  "report_submitted",
  "report_published",
  "period_closed",
]);

export interface Composed {
  subject: string;
  body: string;
  /** a path inside the portal */
  link: string;
}

export interface PeriodRef {
  fiscalYear: number;
  term: PeriodTerm;
  dueOn: Date;
}

export interface ItemRef {
  number: number;
  title: string;
}

/** Paths of the pages notifications point to. */
export const links = {
  home: "/staff",
  review: "/staff/review",
  reportForm: (number: number) => `/staff/items/${number}/report`,
  publicItem: (number: number) => `/items/${number}`,
  councilReport: (period: PeriodRef) => `/council/report/${periodKey(period)}`,
  settings: "/staff/notifications",
  voices: (number: number) => `/staff/voices?item=${number}`,
};

const absolute = (baseUrl: string, path: string) => `${baseUrl}${path}`;
const itemLine = (baseUrl: string, item: ItemRef) =>
  `・No.${item.number} ${item.title}\n  ${absolute(baseUrl, links.reportForm(item.number))}`;

export function dueReminder(baseUrl: string, period: PeriodRef, daysLeft: number, items: readonly ItemRef[]): Composed {
  const args = { period: periodLabel(period), due: formatJapaneseDate(period.dueOn) };
  return {
    subject: t("due_reminder.subject", args),
    body: t("due_reminder.body", {
      ...args,
      daysLeft: t("daysLeft", { days: daysLeft }),
      items: items.map((item) => itemLine(baseUrl, item)).join("\n"),
      tracker: absolute(baseUrl, links.home),
    }),
    link: links.home,
  };
}

export function overdueDigest(
  baseUrl: string,
  period: PeriodRef,
  today: Date,
  sections: readonly { name: string; items: readonly ItemRef[] }[],
): Composed {
  const count = sections.reduce((n, s) => n + s.items.length, 0);
  const args = {
    period: periodLabel(period),
    due: formatJapaneseDate(period.dueOn),
    date: formatJapaneseDate(today),
    count,
  };
  return {
    subject: t("overdue_digest.subject", args),
    body: t("overdue_digest.body", {
      ...args,
      sections: sections
        .map((s) => `■ ${s.name}（${s.items.length}件）\n${s.items.map((item) => itemLine(baseUrl, item)).join("\n")}`)
        .join("\n\n"),
      tracker: absolute(baseUrl, links.home),
    }),
    link: links.home,
  };
}

export function periodOpened(baseUrl: string, period: PeriodRef): Composed {
  const args = { period: periodLabel(period), due: formatJapaneseDate(period.dueOn) };
  return {
    subject: t("period_opened.subject", args),
    body: t("period_opened.body", { ...args, link: absolute(baseUrl, links.home) }),
    link: links.home,
  };
}

export function periodClosed(baseUrl: string, period: PeriodRef): Composed {
  const link = links.councilReport(period);
  return {
    subject: t("period_closed.subject", { period: periodLabel(period) }),
    body: t("period_closed.body", { period: periodLabel(period), link: absolute(baseUrl, link) }),
    link,
  };
}

export function reportSubmitted(baseUrl: string, period: PeriodRef, item: ItemRef, section: string): Composed {
  const args = { number: item.number, title: item.title, period: periodLabel(period), section };
  return {
    subject: t("report_submitted.subject", args),
    body: t("report_submitted.body", { ...args, link: absolute(baseUrl, links.review) }),
    link: links.review,
  };
}

export function reportReturned(baseUrl: string, period: PeriodRef, item: ItemRef, comment: string): Composed {
  const link = links.reportForm(item.number);
  const args = { number: item.number, title: item.title, period: periodLabel(period) };
  return {
    subject: t("report_returned.subject", args),
    body: t("report_returned.body", { ...args, comment, link: absolute(baseUrl, link) }),
    link,
  };
}

export function reportPublished(baseUrl: string, period: PeriodRef, item: ItemRef): Composed {
  const link = links.publicItem(item.number);
  const args = { number: item.number, title: item.title, period: periodLabel(period) };
  return {
    subject: t("report_published.subject", args),
    body: t("report_published.body", { ...args, link: absolute(baseUrl, link) }),
    link,
  };
}

export function voiceForwarded(baseUrl: string, item: ItemRef, reference: string): Composed {
  const link = links.voices(item.number);
  const args = { number: item.number, title: item.title, reference };
  return {
    subject: t("voice_forwarded.subject", args),
    body: t("voice_forwarded.body", { ...args, link: absolute(baseUrl, link) }),
    link,
  };
}

/** The whole mail text: greeting, the notification, and where to change the settings. */
export function mailText(baseUrl: string, name: string, body: string): string {
  return `${t("greeting", { name })}\n\n${body}\n\n--\n${t("footer", { settings: absolute(baseUrl, links.settings) })}\n`;
}
