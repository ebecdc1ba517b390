"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import { ActionWorkspace, useWorkspace, type WorkspaceState } from "@/components/forms/action-workspace";
import { Field, fieldClass, labelClass } from "@/components/ui/field";
import { valuesKey } from "@/components/ui/form-values";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { PendingNote, SubmitButton } from "@/components/ui/submit-button";
import { addIndicatorAction } from "@/lib/actions/indicators/add-indicator-action";
import { recordVisionValueAction } from "@/lib/actions/indicators/record-vision-value-action";
import { reviewIndicatorAction } from "@/lib/actions/indicators/review-indicator-action";
import { setMeasurabilityAction } from "@/lib/actions/indicators/set-measurability-action";
import type { KpiDefinition } from "@/lib/indicators/kpi-definition";

const ACTIONS = {
  review: reviewIndicatorAction,
  add: addIndicatorAction,
  measurability: setMeasurabilityAction,
  vision: recordVisionValueAction,
};

/** Message texts: the success wording of the indicators page, its own error wording, else the shared error texts. */
function useTexts() {
  return useOutcomeText("indicators.messages", "indicatorErrors");
}

/**
 * The state of one form: its field errors and what the person sent, only when
 * the last result was its own (each form sends a hidden `formId`, echoed back).
 */
function useFormState(formId: string) {
  const { state, action } = useWorkspace();
  const texts = useTexts();
  const failed = !state.ok && state.values?.formId === formId;
  return {
    action,
    /** what the person sent, when their attempt failed (React resets the form after an action) */
    sent: failed ? state.values : undefined,
    error: (name: string) => (failed ? texts.field(state.fieldErrors?.[name]) : undefined),
  };
}

/**
 * One state for the page: a confirmed proposal leaves the "提案" list, so its
 * outcome is shown above the forms to stay visible.
 */
export function IndicatorWorkspace({ reloadHref, children }: { reloadHref: string; children: ReactNode }) {
  const t = useTranslations("indicators");
  const texts = useTexts();
  const describe = (state: WorkspaceState) => {
    const text = texts.message(state.message!);
    return state.target ? t("resultFor", { target: state.target, message: text }) : text;
  };
  return (
    <ActionWorkspace
      actions={ACTIONS}
      describe={describe}
      reload={{ href: reloadHref, label: t("reload"), after: ["conflict"] }}
    >
      {children}
    </ActionWorkspace>
  );
}

function Pending() {
  const t = useTranslations("ui");
  return <PendingNote label={t("pending")} />;
}

/** One labelled text input with its hint and error. */
function TextField(props: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue: string;
  inputMode?: "decimal" | "numeric" | "text";
  className?: string;
  maxLength?: number;
  required?: boolean;
}) {
  const { id, name, label, hint, error, defaultValue, inputMode, className, maxLength, required } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          name={name}
          type="text"
          inputMode={inputMode}
          maxLength={maxLength}
          required={required}
          defaultValue={defaultValue}
          className={fieldClass}
        />
      )}
    </Field>
  );
}

interface KpiFormValues {
  name: string;
  unit: string;
  direction: string;
  baselineValue: string;
  baselineYear: string;
  targetValue: string;
  targetYear: string;
}

const figure = (v: number | null) => (v === null ? "" : String(v));

/** A KPI as the review form starts from. */
export type KpiFormSource = Omit<KpiDefinition, "id">;

function kpiFormValues(kpi: KpiFormSource): KpiFormValues {
  return {
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    baselineValue: figure(kpi.baselineValue),
    baselineYear: figure(kpi.baselineYear),
    targetValue: figure(kpi.targetValue),
    targetYear: figure(kpi.targetYear),
  };
}

/** The fields of a KPI (name, unit, direction, baseline and target), shared by the review and add forms. */
function KpiFields({
  prefix,
  values,
  error,
}: {
  prefix: string;
  values: KpiFormValues;
  error: (name: string) => string | undefined;
}) {
  const t = useTranslations("indicators.fields");
  const td = useTranslations("indicators.direction");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        id={`${prefix}-name`}
        name="name"
        label={t("name")}
        error={error("name")}
        defaultValue={values.name}
        maxLength={200}
        required
        className="sm:col-span-2"
      />
      <TextField
        id={`${prefix}-unit`}
        name="unit"
        label={t("unit")}
        hint={t("unitHint")}
        error={error("unit")}
        defaultValue={values.unit}
        maxLength={20}
        required
      />
      <Field id={`${prefix}-direction`} label={t("direction")} error={error("direction")}>
        {(control) => (
          <select {...control} name="direction" defaultValue={values.direction} className={fieldClass}>
            {(["increase", "decrease", "maintain"] as const).map((d) => (
              <option key={d} value={d}>
                {td(d)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id={`${prefix}-baseline-value`}
        name="baselineValue"
        label={t("baselineValue")}
        hint={t("valueHint")}
        error={error("baselineValue")}
        defaultValue={values.baselineValue}
        inputMode="decimal"
      />
      <TextField
        id={`${prefix}-baseline-year`}
        name="baselineYear"
        label={t("baselineYear")}
        hint={t("yearHint")}
        error={error("baselineYear")}
        defaultValue={values.baselineYear}
        inputMode="numeric"
      />
      <TextField
        id={`${prefix}-target-value`}
        name="targetValue"
        label={t("targetValue")}
        hint={t("targetValueHint")}
        error={error("targetValue")}
        defaultValue={values.targetValue}
        inputMode="decimal"
      />
      <TextField
        id={`${prefix}-target-year`}
        name="targetYear"
        label={t("targetYear")}
        hint={t("yearHint")}
        error={error("targetYear")}
        defaultValue={values.targetYear}
        inputMode="numeric"
      />
    </div>
  );
}

/** 保存 / 確定 / 却下 of one item KPI, with its fields editable. */
export function ReviewKpiForm({
  indicatorId,
  updatedAt,
  status,
  kpi,
  target,
}: {
  indicatorId: number;
  updatedAt: string;
  status: string;
  kpi: KpiFormSource;
  target: string;
}) {
  const t = useTranslations("indicators");
  const formId = `kpi-${indicatorId}`;
  const f = useFormState(formId);
  const values = kpiFormValues(kpi);
  const shown: KpiFormValues = f.sent ? { ...values, ...(f.sent as Partial<KpiFormValues>) } : values;
  return (
    <form action={f.action} className="flex flex-col gap-4">
      <input type="hidden" name="op" value="review" />
      <input type="hidden" name="formId" value={formId} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <input type="hidden" name="baseUpdatedAt" value={updatedAt} />
      <div key={valuesKey({ ...shown, updatedAt })}>
        <KpiFields prefix={formId} values={shown} error={f.error} />
      </div>
      <div className="flex flex-wrap gap-3">
        {status !== "confirmed" && (
          <SubmitButton name="decision" value="confirm">
            {t("actions.confirm")}
            <span className="sr-only">{t("actions.targetSuffix", { target })}</span>
          </SubmitButton>
        )}
        <SubmitButton name="decision" value="save" variant="secondary">
          {t("actions.save")}
          <span className="sr-only">{t("actions.targetSuffix", { target })}</span>
        </SubmitButton>
        {status !== "rejected" && (
          <SubmitButton name="decision" value="reject" variant="secondary">
            {t(status === "confirmed" ? "actions.withdraw" : "actions.reject")}
            <span className="sr-only">{t("actions.targetSuffix", { target })}</span>
          </SubmitButton>
        )}
        <Pending />
      </div>
    </form>
  );
}

/** A KPI the secretariat adds to any item (confirmed at once). */
export function AddKpiForm() {
  const t = useTranslations("indicators");
  const formId = "kpi-add";
  const f = useFormState(formId);
  const empty: KpiFormValues & { itemNumber: string } = {
    itemNumber: "",
    name: "",
    unit: "",
    direction: "increase",
    baselineValue: "",
    baselineYear: "",
    targetValue: "",
    targetYear: "2026",
  };
  const shown = f.sent ? { ...empty, ...(f.sent as Partial<typeof empty>) } : empty;
  return (
    <form
      action={f.action}
      className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
    >
      <input type="hidden" name="op" value="add" />
      <input type="hidden" name="formId" value={formId} />
      <div key={valuesKey(shown)} className="flex flex-col gap-4">
        <TextField
          id={`${formId}-item`}
          name="itemNumber"
          label={t("fields.itemNumber")}
          hint={t("fields.itemNumberHint")}
          error={f.error("itemNumber")}
          defaultValue={shown.itemNumber}
          inputMode="numeric"
          required
          className="sm:max-w-xs"
        />
        <KpiFields prefix={formId} values={shown} error={f.error} />
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton>{t("actions.add")}</SubmitButton>
        <Pending />
      </div>
    </form>
  );
}

/** The secretariat's judgement of an item target's measurability. */
export function MeasurabilityForm({
  itemNumber,
  measurability,
  target,
}: {
  itemNumber: number;
  measurability: string | null;
  target: string;
}) {
  const t = useTranslations("indicators");
  const formId = `measurability-${itemNumber}`;
  const f = useFormState(formId);
  const id = useId();
  const selectId = `${id}-measurability`;
  return (
    <form action={f.action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="op" value="measurability" />
      <input type="hidden" name="formId" value={formId} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="itemNumber" value={itemNumber} />
      <div className="flex flex-col gap-1">
        <label htmlFor={selectId} className={labelClass}>
          {t("fields.measurability")}
          <span className="sr-only">{t("actions.parenSuffix", { target })}</span>
        </label>
        <select
          key={measurability ?? "unset"}
          id={selectId}
          name="measurability"
          defaultValue={measurability ?? ""}
          className={`${fieldClass} sm:w-auto`}
        >
          {measurability === null && <option value="">{t("measurability.unset")}</option>}
          {(["measurable", "partial", "none"] as const).map((m) => (
            <option key={m} value={m}>
              {t(`measurability.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton variant="secondary">
        {t("actions.setMeasurability")}
        <span className="sr-only">{t("actions.targetSuffix", { target })}</span>
      </SubmitButton>
      <Pending />
    </form>
  );
}

/** A vision indicator's actual for a fiscal year. */
export function VisionValueForm({
  indicatorId,
  target,
  defaultFiscalYear,
}: {
  indicatorId: number;
  target: string;
  defaultFiscalYear: number;
}) {
  const t = useTranslations("indicators");
  const formId = `vision-${indicatorId}`;
  const f = useFormState(formId);
  const empty = { fiscalYear: String(defaultFiscalYear), value: "", note: "" };
  const shown = f.sent ? { ...empty, ...(f.sent as Partial<typeof empty>) } : empty;
  return (
    <form
      action={f.action}
      className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
    >
      <input type="hidden" name="op" value="vision" />
      <input type="hidden" name="formId" value={formId} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <div key={valuesKey(shown)} className="grid gap-4 sm:grid-cols-[10rem_10rem_1fr]">
        <TextField
          id={`${formId}-year`}
          name="fiscalYear"
          label={t("fields.fiscalYear")}
          hint={t("fields.yearHint")}
          error={f.error("fiscalYear")}
          defaultValue={shown.fiscalYear}
          inputMode="numeric"
          required
        />
        <TextField
          id={`${formId}-value`}
          name="value"
          label={t("fields.actual")}
          hint={t("fields.valueHint")}
          error={f.error("value")}
          defaultValue={shown.value}
          inputMode="decimal"
          required
        />
        <TextField
          id={`${formId}-note`}
          name="note"
          label={t("fields.note")}
          hint={t("fields.noteHint")}
          error={f.error("note")}
          defaultValue={shown.note}
          maxLength={500}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton>
          {t("actions.recordValue")}
          <span className="sr-only">{t("actions.targetSuffix", { target })}</span>
        </SubmitButton>
        <Pending />
      </div>
    </form>
  );
}
