"use client";

import { type Messages, useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import { panelFormClass } from "@/components/forms/action-form";
import { ActionWorkspace, useWorkspace, type WorkspaceState } from "@/components/forms/action-workspace";
import { InputField, SelectField, TextAreaField } from "@/components/forms/form-fields";
import { type FormButton, WorkspaceForm } from "@/components/forms/workspace-form";
import { valuesKey } from "@/components/ui/form-values";
import { useOutcomeText } from "@/components/ui/outcome-text";
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
  const { state } = useWorkspace();
  const texts = useTexts();
  const failed = !state.ok && state.values?.formId === formId;
  return {
    formId,
    /** the values to show: what the person sent, when their attempt failed (React resets the form after an action), else `values` */
    shown: <V extends Record<string, string>>(values: V): V =>
      failed ? { ...values, ...(state.values as Partial<V>) } : values,
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

type FieldText = keyof Messages["indicators"]["fields"];

/** A button's words with the entry it acts on, for screen readers ("確定（No.44 …）"). */
function useForTarget(target: string) {
  const t = useTranslations("indicators.actions");
  return (text: string) => (
    <>
      {text}
      <span className="sr-only">{t("targetSuffix", { target })}</span>
    </>
  );
}

/** A text field of the KPI forms: its name, id suffix, label and hint (in "indicators.fields"), and input attributes. */
interface TextFieldSpec<N extends string> {
  name: N;
  id: string;
  label: FieldText;
  hint?: FieldText;
  inputMode?: "decimal" | "numeric";
  maxLength?: number;
  required?: boolean;
  className?: string;
}

/** The text fields of one form from their specs, with the values shown and the errors of the last attempt. */
function useTextFields<N extends string>(
  prefix: string,
  values: Record<N, string>,
  error: (name: string) => string | undefined,
) {
  const t = useTranslations("indicators.fields");
  return ({ name, id, label, hint, ...attributes }: TextFieldSpec<N>) => (
    <InputField
      key={name}
      id={`${prefix}-${id}`}
      label={t(label)}
      hint={hint && t(hint)}
      error={error(name)}
      name={name}
      type="text"
      defaultValue={values[name]}
      {...attributes}
    />
  );
}

type KpiFormValues = {
  name: string;
  unit: string;
  direction: string;
  baselineValue: string;
  baselineYear: string;
  targetValue: string;
  targetYear: string;
};

type KpiTextField = TextFieldSpec<Exclude<keyof KpiFormValues, "direction">>;

const KPI_NAME_FIELDS: KpiTextField[] = [
  { name: "name", id: "name", label: "name", maxLength: 200, required: true, className: "sm:col-span-2" },
  { name: "unit", id: "unit", label: "unit", hint: "unitHint", maxLength: 20, required: true },
];

const KPI_FIGURE_FIELDS: KpiTextField[] = [
  { name: "baselineValue", id: "baseline-value", label: "baselineValue", hint: "valueHint", inputMode: "decimal" },
  { name: "baselineYear", id: "baseline-year", label: "baselineYear", hint: "yearHint", inputMode: "numeric" },
  { name: "targetValue", id: "target-value", label: "targetValue", hint: "targetValueHint", inputMode: "decimal" },
  { name: "targetYear", id: "target-year", label: "targetYear", hint: "yearHint", inputMode: "numeric" },
];

const ITEM_NUMBER_FIELD: TextFieldSpec<"itemNumber"> = {
  name: "itemNumber",
  id: "item",
  label: "itemNumber",
  hint: "itemNumberHint",
  inputMode: "numeric",
  required: true,
  className: "sm:max-w-xs",
};

const VISION_FIELDS: TextFieldSpec<"fiscalYear" | "value" | "note">[] = [
  { name: "fiscalYear", id: "year", label: "fiscalYear", hint: "yearHint", inputMode: "numeric", required: true },
  { name: "value", id: "value", label: "actual", hint: "valueHint", inputMode: "decimal", required: true },
  { name: "note", id: "note", label: "note", hint: "noteHint", maxLength: 500 },
];

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
  const textField = useTextFields(prefix, values, error);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {KPI_NAME_FIELDS.map(textField)}
      <SelectField
        id={`${prefix}-direction`}
        label={t("direction")}
        error={error("direction")}
        name="direction"
        defaultValue={values.direction}
        options={(["increase", "decrease", "maintain"] as const).map((d) => ({ value: d, label: td(d) }))}
      />
      {KPI_FIGURE_FIELDS.map(textField)}
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
  const { formId, shown: show, error } = useFormState(`kpi-${indicatorId}`);
  const shown = show({ ...kpiFormValues(kpi), reason: "" });
  const forTarget = useForTarget(target);
  const label = (key: "confirm" | "save" | "withdraw" | "reject") => forTarget(t(`actions.${key}`));
  const buttons: (FormButton | false)[] = [
    status !== "confirmed" && { label: label("confirm"), name: "decision", value: "confirm" },
    { label: label("save"), name: "decision", value: "save", variant: "secondary" },
    status !== "rejected" && {
      label: label(status === "confirmed" ? "withdraw" : "reject"),
      name: "decision",
      value: "reject",
      variant: "secondary",
    },
  ];
  return (
    <WorkspaceForm
      hidden={{ op: "review", formId, target, indicatorId, baseUpdatedAt: updatedAt }}
      buttons={buttons.filter((b) => b !== false)}
      className="flex flex-col gap-4"
      buttonsClassName="flex flex-wrap gap-3"
    >
      <div key={valuesKey({ ...shown, updatedAt })}>
        <KpiFields prefix={formId} values={shown} error={error} />
        {status === "confirmed" && (
          <TextAreaField
            id={`${formId}-reason`}
            className="mt-4"
            label={t("fields.reason")}
            hint={t("fields.reasonHint")}
            error={error("reason")}
            name="reason"
            rows={2}
            maxLength={500}
            defaultValue={shown.reason}
          />
        )}
      </div>
    </WorkspaceForm>
  );
}

/** A KPI the secretariat adds to any item (confirmed at once). */
export function AddKpiForm() {
  const t = useTranslations("indicators");
  const { formId, shown: show, error } = useFormState("kpi-add");
  const shown = show<KpiFormValues & { itemNumber: string }>({
    itemNumber: "",
    name: "",
    unit: "",
    direction: "increase",
    baselineValue: "",
    baselineYear: "",
    targetValue: "",
    targetYear: "2026",
  });
  const textField = useTextFields(formId, shown, error);
  return (
    <WorkspaceForm
      hidden={{ op: "add", formId }}
      buttons={[{ label: t("actions.add") }]}
      className={panelFormClass}
      buttonsClassName="flex flex-wrap gap-3"
    >
      <div key={valuesKey(shown)} className="flex flex-col gap-4">
        {textField(ITEM_NUMBER_FIELD)}
        <KpiFields prefix={formId} values={shown} error={error} />
      </div>
    </WorkspaceForm>
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
  const id = useId();
  const forTarget = useForTarget(target);
  return (
    <WorkspaceForm
      hidden={{ op: "measurability", formId: `measurability-${itemNumber}`, target, itemNumber }}
      buttons={[{ label: forTarget(t("actions.setMeasurability")), variant: "secondary" }]}
      className="flex flex-wrap items-end gap-3"
      buttonsClassName="flex flex-wrap gap-3"
    >
      <SelectField
        key={measurability ?? "unset"}
        id={`${id}-measurability`}
        label={
          <>
            {t("fields.measurability")}
            <span className="sr-only">{t("actions.parenSuffix", { target })}</span>
          </>
        }
        controlClassName="sm:w-auto"
        name="measurability"
        defaultValue={measurability ?? ""}
        emptyLabel={measurability === null ? t("measurability.unset") : undefined}
        options={(["measurable", "partial", "none"] as const).map((m) => ({
          value: m,
          label: t(`measurability.${m}`),
        }))}
      />
    </WorkspaceForm>
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
  const { formId, shown: show, error } = useFormState(`vision-${indicatorId}`);
  const shown = show({ fiscalYear: String(defaultFiscalYear), value: "", note: "" });
  const textField = useTextFields(formId, shown, error);
  const forTarget = useForTarget(target);
  return (
    <WorkspaceForm
      hidden={{ op: "vision", formId, target, indicatorId }}
      buttons={[{ label: forTarget(t("actions.recordValue")) }]}
      className={panelFormClass}
      buttonsClassName="flex flex-wrap gap-3"
    >
      <div key={valuesKey(shown)} className="grid gap-4 sm:grid-cols-[10rem_10rem_1fr]">
        {VISION_FIELDS.map(textField)}
      </div>
    </WorkspaceForm>
  );
}
