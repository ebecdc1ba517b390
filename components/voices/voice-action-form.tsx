"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import { TargetedWorkspace, useWorkspace } from "@/components/forms/action-workspace";
import { TextAreaField } from "@/components/forms/form-fields";
import { WorkspaceForm } from "@/components/forms/workspace-form";
import { useOutcomeText } from "@/components/ui/outcome-text";
import {
  answerVoiceAction,
  forwardVoiceAction,
  publishVoiceAction,
  rejectVoiceAction,
} from "@/lib/actions/voices/moderate-voice-actions";
import { messageOr } from "@/lib/i18n/runtime-key";
import { VOICE_ANSWER_LIMIT, VOICE_REASON_LIMIT } from "@/lib/voices/rules";

const ACTIONS = {
  forward: forwardVoiceAction,
  reject: rejectVoiceAction,
  answer: answerVoiceAction,
  publish: publishVoiceAction,
};

export type VoiceActionKind = keyof typeof ACTIONS;

/** The outcome and field errors of the voice forms, in the catalog's words. */
function useVoiceText() {
  const t = useTranslations("voiceStaff");
  const text = useOutcomeText("voiceStaff.messages");
  return {
    message: text.message,
    field: (key: string | undefined) => (key ? messageOr(t, `errors.${key}`, text.field(key)) : undefined),
  };
}

/**
 * One state for the page: after a decision the page re-renders with the voice in its new state (the
 * action expires the list), so the outcome is shown above the list, naming the voice.
 */
export function VoiceWorkspace({ reloadHref, children }: { reloadHref: string; children: ReactNode }) {
  return (
    <TargetedWorkspace actions={ACTIONS} domain="voiceStaff.messages" reloadHref={reloadHref}>
      {children}
    </TargetedWorkspace>
  );
}

/** What each kind of form asks for: its text field (if any), hint and button. */
const FORMS = {
  forward: { field: null, hint: "forwardHint", variant: "primary" },
  reject: { field: "reason", hint: null, variant: "secondary" },
  answer: { field: "answer", hint: null, variant: "primary" },
  publish: { field: null, hint: "publishHint", variant: "primary" },
} as const;

/**
 * One decision on one voice (回付, 不掲載, 市の考え方, 公開), pinned to the version shown: the server
 * refuses it if the voice changed since. After a refusal the text sent comes back with the error.
 */
export function VoiceActionForm({
  kind,
  voiceId,
  version,
  target,
  current,
  hint,
}: {
  kind: VoiceActionKind;
  voiceId: number;
  version: number;
  /** the voice in words (受付番号 and item), for the outcome and the button's accessible name */
  target: string;
  /** the answer given so far (answer form only) */
  current?: string | null;
  /** a further sentence of the field's hint (the catalog's text carries its own leading space, if any) */
  hint?: string;
}) {
  const t = useTranslations("voiceStaff.actions");
  const text = useVoiceText();
  const { state } = useWorkspace();
  const id = useId();
  const form = FORMS[kind];
  const failed = !state.ok && state.op === kind && state.values?.voiceId === String(voiceId);
  const label =
    kind === "answer" ? (current ? t("updateAnswer") : t("saveAnswer")) : kind === "reject" ? t("reject") : t(kind);
  const field = form.field;
  const value =
    field === null ? "" : failed ? (state.values?.[field] ?? "") : field === "answer" ? (current ?? "") : "";
  return (
    <WorkspaceForm
      hidden={{ op: kind, target, voiceId, version }}
      hint={form.hint ? t(form.hint) : undefined}
      buttons={[
        {
          label: (
            <>
              {label}
              <span className="sr-only">（{target}）</span>
            </>
          ),
          variant: form.variant,
        },
      ]}
    >
      {field !== null && (
        <TextAreaField
          key={failed ? JSON.stringify(state.values) : `stored-${version}`}
          id={`${id}-${field}`}
          label={
            <>
              {field === "answer" ? t("answerLabel") : t("reasonLabel")}
              <span className="text-sm">{t("required")}</span>
              <span className="sr-only">（{target}）</span>
            </>
          }
          hint={`${field === "answer" ? t("answerHint") : t("reasonHint")}${hint ?? ""}`}
          error={failed ? text.field(state.fieldErrors?.[field]) : undefined}
          name={field}
          rows={field === "answer" ? 5 : 2}
          maxLength={field === "answer" ? VOICE_ANSWER_LIMIT : VOICE_REASON_LIMIT}
          required
          defaultValue={value}
        />
      )}
    </WorkspaceForm>
  );
}
