"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import { ActionWorkspace, useWorkspace, type WorkspaceState } from "@/components/forms/action-workspace";
import { TextAreaField } from "@/components/forms/form-fields";
import { WorkspaceForm } from "@/components/forms/workspace-form";
import { answerOpinionAction } from "@/lib/actions/council/answer-opinion-action";
import { publishOpinionAction } from "@/lib/actions/council/publish-opinion-action";
import { OPINION_TEXT_LIMIT } from "@/lib/council/opinion-limits";
import { useOpinionMessage } from "./opinion-form";

/** Holds the result of every answer/publish form on the page and shows it at the top, focused. */
export function OpinionWorkspace({ reloadHref, children }: { reloadHref: string; children: ReactNode }) {
  const t = useTranslations("opinions.staff");
  const text = useOpinionMessage();
  const describe = (state: WorkspaceState) => {
    const body = state.ok ? t(state.message === "published" ? "published" : "answered") : text.message(state.message!);
    return state.target ? t("resultFor", { target: state.target, message: body }) : body;
  };
  return (
    <ActionWorkspace
      actions={{ answer: answerOpinionAction, publish: publishOpinionAction }}
      describe={describe}
      reload={{ href: reloadHref, label: t("reload"), after: ["conflict", "invalid_state", "not_found"] }}
    >
      {children}
    </ActionWorkspace>
  );
}

/** 対応 (answer) to one opinion; prefilled with the current answer when it is being revised. */
export function AnswerOpinionForm({
  opinionId,
  respondedAt,
  response,
  target,
}: {
  opinionId: number;
  respondedAt: string | null;
  response: string | null;
  target: string;
}) {
  const t = useTranslations("opinions.staff");
  const text = useOpinionMessage();
  const { state } = useWorkspace();
  const id = useId();
  const mine = state.op === "answer" && state.values?.opinionId === String(opinionId);
  const error = mine && !state.ok ? text.field(state.fieldErrors?.response) : undefined;
  const value = mine && !state.ok ? (state.values?.response ?? "") : (response ?? "");
  return (
    <WorkspaceForm
      hidden={{ op: "answer", target, opinionId, respondedAt: respondedAt ?? "" }}
      buttons={[
        { label: respondedAt ? t("updateAnswer") : t("saveAnswer"), variant: respondedAt ? "secondary" : "primary" },
      ]}
    >
      <TextAreaField
        key={value}
        id={`${id}-response`}
        label={t("responseLabel")}
        hint={t("responseHint")}
        error={error}
        name="response"
        rows={5}
        required
        maxLength={OPINION_TEXT_LIMIT}
        defaultValue={value}
      />
    </WorkspaceForm>
  );
}

/** 公開 of one answered opinion, pinned to the answer shown. */
export function PublishOpinionForm({
  opinionId,
  respondedAt,
  target,
}: {
  opinionId: number;
  respondedAt: string;
  target: string;
}) {
  const t = useTranslations("opinions.staff");
  return (
    <WorkspaceForm
      hidden={{ op: "publish", target, opinionId, respondedAt }}
      hint={t("publishHint")}
      buttons={[{ label: t("publish") }]}
      className="flex flex-col gap-2"
    />
  );
}
