"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TargetedWorkspace, useWorkspace } from "@/components/forms/action-workspace";
import { TextAreaField } from "@/components/forms/form-fields";
import { WorkspaceForm } from "@/components/forms/workspace-form";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { explainCheckAction } from "@/lib/actions/consistency/explain-check-action";
import { EXPLANATION_LIMIT } from "@/lib/consistency/explanation-limit";

const ACTIONS = { explain: explainCheckAction };

/** One state for the page: the outcome is shown above the list, naming the entry it was about. */
export function ChecksWorkspace({ reloadHref, children }: { reloadHref: string; children: ReactNode }) {
  return (
    <TargetedWorkspace actions={ACTIONS} domain="checks.messages" reloadHref={reloadHref}>
      {children}
    </TargetedWorkspace>
  );
}

/**
 * The secretariat's explanation of one finding: which item, period, check and KPI the server takes
 * from the hidden fields and verifies against the checks it computes itself; after a refusal the
 * text sent comes back with the error.
 */
export function ExplainCheckForm({
  finding,
  target,
  current,
}: {
  finding: { itemNumber: number; periodId: number; kind: string; kpiId: number | null };
  /** the item and check in words, for the outcome and the button's accessible name */
  target: string;
  /** the explanation given so far */
  current: string | null;
}) {
  const t = useTranslations("checks.staff");
  const text = useOutcomeText("checks.messages");
  const { state } = useWorkspace();
  const formId = `check-${finding.itemNumber}-${finding.kind}-${finding.kpiId ?? 0}`;
  const failed = !state.ok && state.values?.formId === formId;
  const value = failed ? (state.values?.text ?? "") : (current ?? "");
  return (
    <WorkspaceForm
      hidden={{ op: "explain", target, formId, ...finding, kpiId: finding.kpiId ?? 0 }}
      buttons={[
        {
          label: (
            <>
              {current ? t("update") : t("submit")}
              <span className="sr-only">（{target}）</span>
            </>
          ),
        },
      ]}
    >
      <div key={failed ? JSON.stringify(state.values) : "stored"}>
        <TextAreaField
          id={`${formId}-text`}
          label={
            <>
              {t("textLabel")}
              <span className="sr-only">（{target}）</span>
            </>
          }
          hint={t("textHint")}
          error={failed ? text.field(state.fieldErrors?.text) : undefined}
          name="text"
          rows={3}
          maxLength={EXPLANATION_LIMIT}
          required
          defaultValue={value}
        />
      </div>
    </WorkspaceForm>
  );
}
