"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { HiddenFields } from "@/components/forms/form-fields";
import { hintClass } from "@/components/ui/field";
import { LiveFormStatus } from "@/components/ui/form-status";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_STATE } from "@/lib/actions/action-state";
import { withdrawReportAction } from "@/lib/actions/reports/withdraw-report-action";
import { ReportForm, type ReportFormProps } from "./report-form";

/**
 * The report form with 提出を取り消す above it while the report is submitted and not yet reviewed.
 * A withdrawal remounts the report form: it forgets a submission made on this page, and starts
 * from the report's new version, so the section can edit the draft at once.
 */
export function WithdrawableReportForm(props: ReportFormProps) {
  const t = useTranslations("withdrawReport");
  const text = useOutcomeText("reportMessages");
  const [state, action, pending] = useActionState(withdrawReportAction, INITIAL_STATE);
  const headingId = useId();
  const hintId = `${headingId}-hint`;
  const { report } = props;
  const withdrawable = report?.state === "submitted" && props.hasPeriod;
  return (
    <div className="flex flex-col gap-6">
      <LiveFormStatus state={state} pending={pending} text={text.message(state.message)} focusOnSuccess>
        {(state.message === "conflict" || state.message === "invalid_state") && (
          <p>
            <a href={props.reloadHref} className="font-bold text-key-900 underline underline-offset-4">
              {t("reload")}
            </a>
          </p>
        )}
      </LiveFormStatus>
      {withdrawable && (
        <section
          aria-labelledby={headingId}
          className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
        >
          <h2 id={headingId} className="text-std-18B-160">
            {t("heading")}
          </h2>
          <p id={hintId} className={hintClass}>
            {t("lead")}
          </p>
          <form action={action}>
            <HiddenFields values={{ reportId: report.id, version: report.version }} />
            <SubmitButton variant="secondary" describedBy={hintId}>
              {t("submit")}
            </SubmitButton>
          </form>
        </section>
      )}
      <ReportForm key={state.ok ? `withdrawn-${state.result?.version}` : "form"} {...props} />
    </div>
  );
}
