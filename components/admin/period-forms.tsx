"use client";

import { useTranslations } from "next-intl";
import { ActionForm, panelFormClass } from "@/components/forms/action-form";
import { fieldsByName, HiddenFields, InputField, SelectField } from "@/components/forms/form-fields";
import { LiveFormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { createPeriodAction, setPeriodStatusAction } from "@/lib/actions/periods/manage-period-actions";
import { useAdminForm } from "./admin-form";

/* ------------------------------------------------------------------------------------------------
 * 報告期間
 * ---------------------------------------------------------------------------------------------- */

const ID_SUFFIX = { fiscalYear: "fiscal-year", term: "term", dueOn: "due-on" } as const;

export function CreatePeriodForm({ defaultFiscalYear }: { defaultFiscalYear: number }) {
  const t = useTranslations("admin.periods");
  const tt = useTranslations("term");
  const { text, state, form } = useAdminForm("periods", createPeriodAction);
  const values =
    state.ok || !state.values
      ? { fiscalYear: String(defaultFiscalYear), term: "first_half", dueOn: "" }
      : { fiscalYear: state.values.fiscalYear ?? "", term: state.values.term ?? "", dueOn: state.values.dueOn ?? "" };
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const frame = fieldsByName(values, (name) => ({
    id: `period-${ID_SUFFIX[name]}`,
    label: t(`fields.${name}`),
    error: text.field(errors[name]),
  }));
  return (
    <ActionForm
      {...form}
      values={values}
      className={panelFormClass}
      fieldsClassName="grid gap-4 sm:grid-cols-3"
      submit={t("create")}
    >
      <InputField
        {...frame("fiscalYear")}
        hint={t("fields.fiscalYearHint")}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        required
      />
      <SelectField
        {...frame("term")}
        required
        options={(["first_half", "year_end"] as const).map((term) => ({ value: term, label: tt(term) }))}
      />
      <InputField {...frame("dueOn")} type="date" required />
    </ActionForm>
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
  const { form } = useAdminForm("periods", setPeriodStatusAction);
  const confirmId = `period-${periodId}-confirm`;
  const submit = (label: string) => (
    <SubmitButton variant="secondary">
      {label}
      <span className="sr-only">{tc("targetSuffix", { target: periodLabel })}</span>
    </SubmitButton>
  );
  return (
    <div className="flex min-w-56 flex-col gap-2">
      <LiveFormStatus state={form.state} pending={form.pending} text={form.text} focusOnSuccess />
      {status === "draft" && (
        <form action={form.action}>
          <HiddenFields values={{ periodId, status: "open" }} />
          {submit(t("open"))}
        </form>
      )}
      {status === "open" && (
        <form action={form.action} className="flex flex-col gap-2">
          <HiddenFields values={{ periodId, status: "closed" }} />
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
          <div>{submit(t("close"))}</div>
        </form>
      )}
      {status === "closed" && <p className="text-sm text-solid-gray-800">{t("noActions")}</p>}
    </div>
  );
}
