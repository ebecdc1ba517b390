"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { LiveFormStatus } from "@/components/ui/form-status";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_STATE } from "@/lib/actions/action-state";
import { mailPreferenceAction, markReadAction } from "@/lib/actions/notifications/inbox-actions";

/** 既読にする for one notification (named for screen readers by its subject), or for all when no id is given. */
export function MarkReadForm({ notificationId, subject }: { notificationId?: number; subject?: string }) {
  const t = useTranslations("notifications.inbox");
  const text = useOutcomeText("notifications.inbox.messages");
  const [state, formAction, pending] = useActionState(markReadAction, INITIAL_STATE);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <LiveFormStatus state={state} pending={pending} text={text.message(state.message)} />
      {notificationId === undefined ? (
        <input type="hidden" name="all" value="1" />
      ) : (
        <input type="hidden" name="notificationId" value={notificationId} />
      )}
      <div>
        <SubmitButton variant="secondary">
          {notificationId === undefined ? t("markAllRead") : t("markRead")}
          {subject && <span className="sr-only">{t("targetSuffix", { subject })}</span>}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Whether the optional mails (news that asks nothing of the user) are sent; reminders and returns always are. */
export function MailPreferenceForm({ optionalMail }: { optionalMail: boolean }) {
  const t = useTranslations("notifications.inbox");
  const text = useOutcomeText("notifications.inbox.messages");
  const [state, formAction, pending] = useActionState(mailPreferenceAction, INITIAL_STATE);
  const checked = state.ok ? state.values?.optionalMail === "on" : optionalMail;
  return (
    <form
      action={formAction}
      className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
    >
      <LiveFormStatus state={state} pending={pending} text={text.message(state.message)} />
      <label className="flex items-start gap-2 text-std-16N-170">
        <input
          key={String(checked)}
          type="checkbox"
          name="optionalMail"
          defaultChecked={checked}
          aria-describedby="mail-preference-hint"
          className="mt-1 size-6 shrink-0"
        />
        {t("optionalMail")}
      </label>
      <p id="mail-preference-hint" className="text-std-16N-170 text-solid-gray-800">
        {t("optionalMailHint")}
      </p>
      <div>
        <SubmitButton>{t("savePreference")}</SubmitButton>
      </div>
    </form>
  );
}
