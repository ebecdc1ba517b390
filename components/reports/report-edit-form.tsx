"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, type Ref, useState } from "react";
import { SelectField, wholeNumber } from "@/components/forms/form-fields";
import { Field, FieldError, fieldClass } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { PendingNote, SubmitButton } from "@/components/ui/submit-button";
import type { ReportFormKpi } from "@/lib/reports/get-report-form";
import { EVALUATIONS, ITEM_STATUSES, REPORT_LIMITS } from "@/lib/reports/report-schema";
import { ReportKpiFieldset } from "./report-kpi-fieldset";
import type { ReportFieldName } from "./report-values";

const TEXT_FIELDS = ["achievements", "issues", "nextSteps"] as const;
type TextField = (typeof TEXT_FIELDS)[number];
/** Fields a submitted report must have (a draft may leave them empty). */
const REQUIRED_ON_SUBMIT: ReadonlySet<ReportFieldName> = new Set([
  "status",
  "evaluation",
  "progressPercent",
  "achievements",
]);

/** The id of a field's control (the first radio for the evaluation), for the links from the error list. */
export function reportFieldId(prefix: string, name: ReportFieldName): string {
  return name === "evaluation" ? `${prefix}-evaluation-${EVALUATIONS[0]}` : `${prefix}-${name}`;
}

/** The id of a KPI's field. */
export function reportKpiId(prefix: string, k: ReportFormKpi): string {
  return `${prefix}-kpi-${k.id}`;
}

/**
 * The editable report: status, evaluation, progress, the three texts and the KPI actuals, saved as a
 * draft or submitted. Texts over their limit are kept as typed (the counter says by how much) and
 * refused on saving, never cut.
 */
export function ReportEditForm({
  idPrefix,
  formRef,
  action,
  itemNumber,
  baseReportId,
  baseVersion,
  stateLabel,
  values,
  fieldError,
  kpis,
  kpiError,
  onEdit,
  disabled,
  notice,
}: {
  /** the prefix of the controls' ids, shared with the error list's links */
  idPrefix: string;
  formRef: Ref<HTMLFormElement>;
  action: (formData: FormData) => void;
  itemNumber: number;
  baseReportId: string;
  baseVersion: string;
  /** the report's current state in words */
  stateLabel: string;
  /** what the fields show */
  values: Record<string, string>;
  fieldError: (name: ReportFieldName) => string | undefined;
  kpis: ReportFormKpi[];
  kpiError: (k: ReportFormKpi) => string | undefined;
  /** called on every change (autosave, the browser copy, the warning before leaving) */
  onEdit: () => void;
  /** true while the person decides about text kept in the browser: nothing can change meanwhile */
  disabled: boolean;
  /** what saving did on its own, beside the buttons */
  notice: ReactNode;
}) {
  const t = useTranslations("reportForm");
  const tStatus = useTranslations("status");
  const tEval = useTranslations("evaluation");
  const id = idPrefix;
  const fieldId = (name: ReportFieldName) => reportFieldId(id, name);
  const fieldValue = (name: ReportFieldName) => values[name] ?? "";
  // The form sends line breaks as CRLF; the textarea (and the limit) count one character each.
  const textLength = (name: TextField) => fieldValue(name).replace(/\r\n?/g, "\n").length;
  const [lengths, setLengths] = useState<Record<TextField, number>>(() => ({
    achievements: textLength("achievements"),
    issues: textLength("issues"),
    nextSteps: textLength("nextSteps"),
  }));
  const requiredId = `${id}-required`;
  const submitHintId = `${id}-submit-hint`;
  const requiredFor = (name: ReportFieldName) => (REQUIRED_ON_SUBMIT.has(name) ? requiredId : undefined);
  // The visible badge is decorative: the label stays the field's name, and the requirement is read via aria-describedby.
  const requiredMark = (name: ReportFieldName) =>
    REQUIRED_ON_SUBMIT.has(name) ? (
      <span
        aria-hidden="true"
        className="ml-2 rounded-4 border border-solid-gray-700 px-1 text-sm font-normal text-solid-gray-900"
      >
        {t("requiredOnSubmit")}
      </span>
    ) : null;
  const evaluationErrorId = `${id}-evaluation-error`;
  // What a field's frame says: its id, label, the decorative "required" mark, its error, and the requirement read out.
  const frame = (name: ReportFieldName) => ({
    id: fieldId(name),
    label: t(`fields.${name}`),
    labelExtra: requiredMark(name),
    error: fieldError(name),
    describedBy: [requiredFor(name)],
  });

  return (
    <Section headingId={`${id}-form-heading`} title={t("formHeading")}>
      <p className="text-std-16N-170">
        <span className="font-bold">
          {t("currentState")}
          {stateLabel}
        </span>
      </p>
      <p className="text-std-16N-170">{t("requiredNote")}</p>
      <p id={requiredId} hidden>
        {t("requiredOnSubmit")}
      </p>
      <form ref={formRef} action={action} noValidate onChange={onEdit}>
        <fieldset disabled={disabled} className="flex min-w-0 flex-col gap-6">
          <input type="hidden" name="itemNumber" value={String(itemNumber)} />
          <input type="hidden" name="baseReportId" value={baseReportId} />
          <input type="hidden" name="baseVersion" value={baseVersion} />

          <SelectField
            // Keyed by its value: after a refused save React resets a <select> to the option it mounted with, not to its new default.
            key={fieldValue("status")}
            {...frame("status")}
            controlClassName="sm:max-w-xs"
            name="status"
            defaultValue={fieldValue("status")}
            emptyLabel={t("statusPlaceholder")}
            options={ITEM_STATUSES.map((status) => ({ value: status, label: tStatus(status) }))}
          />

          <fieldset
            className="flex flex-col gap-2"
            aria-describedby={[requiredId, fieldError("evaluation") && evaluationErrorId].filter(Boolean).join(" ")}
          >
            <legend className="mb-1 text-std-16B-170 text-solid-gray-900">{t("fields.evaluation")}</legend>
            <p aria-hidden="true" className="-mt-1">
              {requiredMark("evaluation")}
            </p>
            <FieldError id={evaluationErrorId}>{fieldError("evaluation")}</FieldError>
            <div className="grid gap-2 sm:grid-cols-2">
              {EVALUATIONS.map((evaluation) => {
                const radioId = `${id}-evaluation-${evaluation}`;
                return (
                  <div key={evaluation} className="flex items-start gap-3 rounded-8 border border-solid-gray-420 p-3">
                    <input
                      id={radioId}
                      type="radio"
                      name="evaluation"
                      value={evaluation}
                      defaultChecked={fieldValue("evaluation") === evaluation}
                      aria-invalid={fieldError("evaluation") ? true : undefined}
                      aria-describedby={`${radioId}-meaning`}
                      className="mt-1.5 size-5 shrink-0 accent-key-900"
                    />
                    <div className="flex flex-col">
                      <label htmlFor={radioId} className="text-std-16B-170 text-solid-gray-900">
                        {evaluation} {tEval(evaluation)}
                      </label>
                      <span id={`${radioId}-meaning`} className="text-std-16N-170 text-solid-gray-800">
                        {t(`evaluationMeaning.${evaluation}`)}
                      </span>
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>

          <Field {...frame("progressPercent")} hint={t("percentHint")}>
            {(control) => (
              <div className="flex items-center gap-2">
                <input
                  {...control}
                  name="progressPercent"
                  {...wholeNumber(0, 100)}
                  defaultValue={fieldValue("progressPercent")}
                  className={`${fieldClass} w-28`}
                />
                <span className="text-std-16B-170 text-solid-gray-900">%</span>
              </div>
            )}
          </Field>

          {TEXT_FIELDS.map((name) => {
            const max = REPORT_LIMITS[name];
            const counterId = `${fieldId(name)}-counter`;
            const over = lengths[name] > max;
            return (
              <Field key={name} {...frame(name)} describedBy={[requiredFor(name), counterId]}>
                {(control) => (
                  <>
                    <textarea
                      {...control}
                      name={name}
                      rows={name === "achievements" ? 8 : 5}
                      defaultValue={fieldValue(name)}
                      onChange={(event) => {
                        const length = event.currentTarget.value.length;
                        setLengths((current) => ({ ...current, [name]: length }));
                      }}
                      className={fieldClass}
                    />
                    <p
                      id={counterId}
                      className={`text-right text-std-16N-170 ${over ? "font-bold text-error-1" : "text-solid-gray-800"}`}
                    >
                      {over
                        ? t("counterOver", { n: lengths[name], max, over: lengths[name] - max })
                        : t("counter", { n: lengths[name], max })}
                    </p>
                  </>
                )}
              </Field>
            );
          })}

          <ReportKpiFieldset kpis={kpis} values={values} fieldId={(k) => reportKpiId(id, k)} error={kpiError} />

          {notice}
          <p id={submitHintId} className="text-std-16N-170 text-solid-gray-800">
            {t("submitHint")}
          </p>
          <div className="flex flex-wrap gap-4">
            <SubmitButton variant="secondary" name="intent" value="draft">
              {t("saveDraft")}
            </SubmitButton>
            <SubmitButton name="intent" value="submit" describedBy={submitHintId}>
              {t("submit")}
            </SubmitButton>
            <PendingNote label={t("saving")} />
          </div>
        </fieldset>
      </form>
    </Section>
  );
}
