"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, fieldClass } from "@/components/ui/field";
import { LiveFormStatus } from "@/components/ui/form-status";
import { valuesKey } from "@/components/ui/form-values";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_STATE } from "@/lib/actions/action-state";
import { createPeriodAction, setPeriodStatusAction } from "@/lib/actions/periods/manage-period-actions";

type MessageArea = "periods" | "users" | "itemEdit" | "achievement";

/** Outcome texts of the secretariat's forms: the area's own wording, then the admin field messages, then the shared errors. */
export function useAdminText(area: MessageArea) {
  return useOutcomeText(`admin.${area}.messages`, "adminErrors");
}

/* ------------------------------------------------------------------------------------------------
 * 報告期間
 * ---------------------------------------------------------------------------------------------- */

export function CreatePeriodForm({ defaultFiscalYear }: { defaultFiscalYear: number }) {
  const t = useTranslations("admin.periods");
  const tt = useTranslations("term");
  const text = useAdminText("periods");
  const [state, formAction, pending] = useActionState(createPeriodAction, INITIAL_STATE);
  const values =
    state.ok || !state.values
      ? { fiscalYear: String(defaultFiscalYear), term: "first_half", dueOn: "" }
      : { fiscalYear: state.values.fiscalYear ?? "", term: state.values.term ?? "", dueOn: state.values.dueOn ?? "" };
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const err = (name: string) => text.field(errors[name]);
  return (
    <form
      action={formAction}
      className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
    >
      <LiveFormStatus state={state} pending={pending} text={text.message(state.message)} />
      <div key={valuesKey(values)} className="grid gap-4 sm:grid-cols-3">
        <Field
          id="period-fiscal-year"
          label={t("fields.fiscalYear")}
          hint={t("fields.fiscalYearHint")}
          error={err("fiscalYear")}
        >
          {(control) => (
            <input
              {...control}
              name="fiscalYear"
              type="number"
              inputMode="numeric"
              min={2024}
              max={2040}
              step={1}
              required
              defaultValue={values.fiscalYear}
              className={fieldClass}
            />
          )}
        </Field>
        <Field id="period-term" label={t("fields.term")} error={err("term")}>
          {(control) => (
            <select {...control} name="term" required defaultValue={values.term} className={fieldClass}>
              <option value="first_half">{tt("first_half")}</option>
              <option value="year_end">{tt("year_end")}</option>
            </select>
          )}
        </Field>
        <Field id="period-due-on" label={t("fields.dueOn")} error={err("dueOn")}>
          {(control) => (
            <input {...control} name="dueOn" type="date" required defaultValue={values.dueOn} className={fieldClass} />
          )}
        </Field>
      </div>
      <div>
        <SubmitButton>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}

/**
 * 受付開始 (draft → open) or 締切 (open → closed) for one period. One component per row, so the
 * outcome stays visible after the row changes from one action to the other.
 */
export function PeriodStatusForm({
  periodId,
  status,
  periodLabel,
}: {
  periodId: number;
  status: string;
  periodLabel: string;
}) {
  const t = useTranslations("admin.periods");
  const tc = useTranslations("admin.common");
  const text = useAdminText("periods");
  const [state, formAction, pending] = useActionState(setPeriodStatusAction, INITIAL_STATE);
  const confirmId = `period-${periodId}-confirm`;
  return (
    <div className="flex min-w-56 flex-col gap-2">
      <LiveFormStatus state={state} pending={pending} text={text.message(state.message)} focusOnSuccess />
      {status === "draft" && (
        <form action={formAction}>
          <input type="hidden" name="periodId" value={periodId} />
          <input type="hidden" name="status" value="open" />
          <SubmitButton variant="secondary">
            {t("open")}
            <span className="sr-only">{tc("targetSuffix", { target: periodLabel })}</span>
          </SubmitButton>
        </form>
      )}
      {status === "open" && (
        <form action={formAction} className="flex flex-col gap-2">
          <input type="hidden" name="periodId" value={periodId} />
          <input type="hidden" name="status" value="closed" />
          <div className="flex items-start gap-2">
            <input
              id={confirmId}
              name="confirm"
              type="checkbox"
              value="yes"
              required
              className="mt-1.5 size-5 shrink-0"
            />
            <label htmlFor={confirmId} className="text-sm text-solid-gray-900">
              {t("closeConfirm")}
              <span className="sr-only">{tc("parenSuffix", { target: periodLabel })}</span>
            </label>
          </div>
          <div>
            <SubmitButton variant="secondary">
              {t("close")}
              <span className="sr-only">{tc("targetSuffix", { target: periodLabel })}</span>
            </SubmitButton>
          </div>
        </form>
      )}
      {status === "closed" && <p className="text-sm text-solid-gray-800">{t("noActions")}</p>}
    </div>
  );
}
