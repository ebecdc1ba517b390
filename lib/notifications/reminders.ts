import { editorCovers } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { dueReminder, type ItemRef, overdueDigest } from "./compose.ts";
import type { NotifyConfig } from "./config.ts";
import { notify, usersWithRole } from "./notify.ts";

const tokyoDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from today (in Japan) to the due date: 0 on the day, negative once it has passed. */
export function daysUntil(dueOn: Date, now: Date): number {
  return Math.round((Date.parse(dueOn.toISOString().slice(0, 10)) - Date.parse(tokyoDay.format(now))) / DAY_MS);
}

/**
 * The reminder stage in force: the nearest configured day the due date is
 * within (7 → 1 → 0 by default), or null before the first. A server that was
 * down for a stage sends the current one, not the missed ones.
 */
export function reminderStage(daysLeft: number, reminderDays: readonly number[]): number | null {
  const due = reminderDays.filter((d) => daysLeft >= 0 && daysLeft <= d);
  return due.length === 0 ? null : Math.min(...due);
}

/** Items of the open period whose report is not submitted yet (none, a draft, or returned). */
async function unsubmittedItems(db: Db, periodId: number) {
  const items = await db.planItem.findMany({
    select: {
      id: true,
      number: true,
      title: true,
      sectionId: true,
      bureauId: true,
      section: { select: { name: true, sortOrder: true } },
      reports: { where: { periodId }, orderBy: { revision: "desc" }, take: 1, select: { state: true } },
    },
    orderBy: { number: "asc" },
  });
  return items.filter((item) => {
    const state = item.reports[0]?.state;
    return state === undefined || state === "draft" || state === "returned";
  });
}

/**
 * Writes the due-date reminders of the open period: each editor with
 * unsubmitted items gets one per stage, listing those items; once the due date
 * has passed, each secretariat member gets one overdue digest a day. The once-only
 * keys make this safe to run at any interval and after any restart.
 */
export async function scheduleReminders(db: Db, config: NotifyConfig, now = new Date()): Promise<number> {
  const period = await db.reportingPeriod.findFirst({ where: { status: "open" }, orderBy: { id: "desc" } });
  if (!period) return 0;
  const daysLeft = daysUntil(period.dueOn, now);
  const pending = await unsubmittedItems(db, period.id);
  if (pending.length === 0) return 0;
  const ref = (item: (typeof pending)[number]): ItemRef => ({ number: item.number, title: item.title });

  if (daysLeft < 0) {
    const today = tokyoDay.format(now);
    const bySection = new Map<string, { name: string; order: number; items: ItemRef[] }>();
    for (const item of pending) {
      const name = item.section?.name ?? "所管部署未設定";
      const entry = bySection.get(name) ?? {
        name,
        order: item.section?.sortOrder ?? Number.MAX_SAFE_INTEGER,
        items: [],
      };
      entry.items.push(ref(item));
      bySection.set(name, entry);
    }
    const digest = overdueDigest(
      config.baseUrl,
      period,
      now,
      [...bySection.values()].sort((a, b) => a.order - b.order),
    );
    const admins = await usersWithRole(db, "admin");
    return notify(
      db,
      admins.map((admin) => ({
        ...digest,
        userId: admin.id,
        kind: "overdue_digest" as const,
        dedupeKey: `overdue_digest:${period.id}:${today}:${admin.id}`,
      })),
      config,
    );
  }

  const stage = reminderStage(daysLeft, config.reminderDays);
  if (stage === null) return 0;
  const editors = await usersWithRole(db, "editor");
  const reminders = editors.flatMap((editor) => {
    const mine = pending.filter((item) => editorCovers(editor, item));
    if (mine.length === 0) return [];
    return [
      {
        ...dueReminder(config.baseUrl, period, daysLeft, mine.map(ref)),
        userId: editor.id,
        kind: "due_reminder" as const,
        dedupeKey: `due_reminder:${period.id}:${stage}:${editor.id}`,
      },
    ];
  });
  return notify(db, reminders, config);
}
