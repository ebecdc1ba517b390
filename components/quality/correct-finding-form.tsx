"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TargetedWorkspace, useWorkspace } from "@/components/forms/action-workspace";
import { TextAreaField } from "@/components/forms/form-fields";
import { WorkspaceForm } from "@/components/forms/workspace-form";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { correctFindingAction } from "@/lib/actions/findings/correct-finding-action";

const ACTIONS = { correct: correctFindingAction };

/** One state for the page: the outcome is shown above the list, naming the entry it was about. */
export function FindingsWorkspace({ reloadHref, children }: { reloadHref: string; children: ReactNode }) {
  return (
    <TargetedWorkspace actions={ACTIONS} domain="quality.messages" reloadHref={reloadHref}>
      {children}
    </TargetedWorkspace>
  );
}

/**
 * The correct text and the reason for one finding. It starts from the proposal (the text shown now
 * with the obvious corrections applied); after a refusal it shows what was sent, with the errors.
 */
export function CorrectFindingForm({
  finding,
  target,
  max,
}: {
  finding: { id: number; digest: string; proposal: string };
  /** the place in words, for the outcome above the list and the button's accessible name */
  target: string;
  max: number;
}) {
  const t = useTranslations("quality.form");
  const text = useOutcomeText("quality.messages");
  const { state } = useWorkspace();
  const formId = `finding-${finding.id}`;
  const failed = !state.ok && state.values?.formId === formId;
  const values = {
    correctedText: failed ? (state.values?.correctedText ?? "") : finding.proposal,
    reason: failed ? (state.values?.reason ?? "") : "",
  };
  const error = (name: string) => (failed ? text.field(state.fieldErrors?.[name]) : undefined);
  const required = <span className="text-sm">{t("required")}</span>;
  return (
    <WorkspaceForm
      hidden={{ op: "correct", target, formId, findingId: finding.id, textDigest: finding.digest }}
      buttons={[
        {
          label: (
            <>
              {t("submit")}
              <span className="sr-only">（{target}）</span>
            </>
          ),
        },
      ]}
    >
      <div key={failed ? JSON.stringify(state.values) : "stored"} className="flex flex-col gap-4">
        <TextAreaField
          id={`${formId}-corrected`}
          label={
            <>
              {t("correctedText")}
              {required}
            </>
          }
          hint={t("correctedHint", { max })}
          error={error("correctedText")}
          name="correctedText"
          rows={3}
          maxLength={max}
          required
          defaultValue={values.correctedText}
        />
        <TextAreaField
          id={`${formId}-reason`}
          label={
            <>
              {t("reason")}
              {required}
            </>
          }
          hint={t("reasonHint")}
          error={error("reason")}
          name="reason"
          rows={2}
          maxLength={500}
          required
          defaultValue={values.reason}
        />
      </div>
    </WorkspaceForm>
  );
}
