"use server";

import { markNotificationsRead, setMailPreference } from "@/lib/notifications/inbox";
import { serviceAction } from "../form-action";

/** 既読にする: one notification (`notificationId`) or all of the user's (`all=1`). */
export const markReadAction = serviceAction("notification.read", markNotificationsRead, {
  changes: () => [{ kind: "notifications.updated" }],
  message: () => "markedRead",
});

/** The optional mails on or off (`optionalMail=on` when checked). */
export const mailPreferenceAction = serviceAction("notification.mail_preference", setMailPreference, {
  changes: () => [{ kind: "notifications.updated" }],
  message: (result) => (result.optionalMail ? "mailOn" : "mailOff"),
  echo: (result) => ({ optionalMail: result.optionalMail ? "on" : "" }),
});
