import nodemailer from "nodemailer";
import type { NotifyConfig } from "./config.ts";
import type { MailTransport } from "./send-mail.ts";

/** An SMTP transport for the configured server, or null when mails are off. */
export function createMailTransport(config: NotifyConfig): MailTransport | null {
  if (!config.smtpUrl) return null;
  // Short timeouts: an unreachable server must not hold the sender; the mail is retried later.
  return nodemailer.createTransport(config.smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}
