import { z } from "zod";

/** How the portal notifies, read from the environment once at start. */
export interface NotifyConfig {
  /** null: notifications stay in the app */
  smtpUrl: string | null;
  mailFrom: string;
  /** how often `npm start` runs the reminders and the sender */
  intervalSeconds: number;
  /** days before the due date on which editors are reminded, most distant first */
  reminderDays: number[];
  /** the portal's address, for links in mails */
  baseUrl: string;
}

const reminderDays = z
  .string()
  .trim()
  .regex(/^\d{1,2}(\s*,\s*\d{1,2})*$/, {
    error: "REMINDER_DAYS は 0〜60 の日数をカンマで区切って指定してください（例: 7,1,0）",
  })
  .transform((v) => [...new Set(v.split(",").map((d) => Number(d.trim())))].sort((a, b) => b - a))
  .refine((days) => days.every((d) => d <= 60), { error: "REMINDER_DAYS の日数は 60 以下にしてください" });

const envSchema = z.object({
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^smtps?:\/\/[^/\s]+/.test(v), {
      error: "SMTP_URL は smtp://host:port または smtps://host:port の形式で指定してください",
    }),
  MAIL_FROM: z.string().trim().optional(),
  NOTIFY_INTERVAL_S: z.coerce
    .number({ error: "NOTIFY_INTERVAL_S は秒数（10〜86400 の整数）で指定してください" })
    .int({ error: "NOTIFY_INTERVAL_S は秒数（10〜86400 の整数）で指定してください" })
    .min(10, { error: "NOTIFY_INTERVAL_S は秒数（10〜86400 の整数）で指定してください" })
    .max(86_400, { error: "NOTIFY_INTERVAL_S は秒数（10〜86400 の整数）で指定してください" })
    .default(300),
  REMINDER_DAYS: reminderDays.default([7, 1, 0]),
  NEXTAUTH_URL: z
    .url({ error: "NEXTAUTH_URL はポータルの URL（例: https://portal.city.example.jp）で指定してください" })
    .optional(),
  PORT: z.string().optional(),
});

/** A setting that does not parse stops the start with this error, never a silent default. */
export class NotifyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotifyConfigError";
  }
}

export function readNotifyConfig(env: Record<string, string | undefined> = process.env): NotifyConfig {
  // An empty variable counts as unset, as a shell's `VAR= npm start` means.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    throw new NotifyConfigError(`通知の設定が正しくありません / invalid notification settings\n${lines.join("\n")}`);
  }
  const v = parsed.data;
  const baseUrl = (v.NEXTAUTH_URL ?? `http://localhost:${v.PORT ?? "3000"}`).replace(/\/+$/, "");
  return {
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM ?? `行政経営戦略推進 進捗ポータル <noreply@${new URL(baseUrl).hostname}>`,
    intervalSeconds: v.NOTIFY_INTERVAL_S,
    reminderDays: v.REMINDER_DAYS,
    baseUrl,
  };
}
