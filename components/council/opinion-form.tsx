"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { ActionForm, panelFormClass } from "@/components/forms/action-form";
import { fieldsByName, InputField, RadioGroup, SelectField, TextAreaField } from "@/components/forms/form-fields";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { INITIAL_STATE } from "@/lib/actions/action-state";
import { createOpinionAction } from "@/lib/actions/council/create-opinion-action";
import type { NamedItem } from "@/lib/council/item-reference";
import { OPINION_TEXT_LIMIT } from "@/lib/council/opinion-limits";

export interface OpinionPeriodOption {
  id: number;
  /** e.g. 令和7年度（2025年度） 上半期 */
  label: string;
  open: boolean;
}

/** The id suffix and label of each field. */
const FIELD = {
  item: { id: "item", label: "item" },
  periodId: { id: "period", label: "period" },
  body: { id: "body", label: "body" },
} as const;

/** Turns a failed state's catalog keys (service error, field errors) into text: the opinions' own wording first. */
export function useOpinionMessage() {
  return useOutcomeText("opinionErrors");
}

/**
 * 意見の登録: on an item (by number in any width or by title, with the plan's items offered as
 * suggestions) or on a reporting period as a whole. `periods` are the periods an opinion may be on,
 * newest first; the open one (or else the newest) is preselected.
 */
export function OpinionForm({
  periods,
  items,
  defaultItemNumber,
}: {
  periods: readonly OpinionPeriodOption[];
  items: readonly NamedItem[];
  defaultItemNumber?: number;
}) {
  const t = useTranslations("opinions.form");
  const text = useOpinionMessage();
  const id = useId();
  const [state, formAction, pending] = useActionState(createOpinionAction, INITIAL_STATE);
  const defaultPeriod = String((periods.find((p) => p.open) ?? periods[0])?.id ?? "");
  const echoed = state.values ?? {};
  const suggestion = (item: NamedItem) => `${item.number} ${item.title}`;
  const named = items.find((item) => item.number === defaultItemNumber);
  const defaultItem = named ? suggestion(named) : "";
  // After a success the opinion text is cleared; after a failure everything typed comes back.
  const values = {
    item: state.ok ? defaultItem : (echoed.item ?? defaultItem),
    periodId: echoed.periodId || defaultPeriod,
    body: state.ok ? "" : (echoed.body ?? ""),
  };
  // Uncontrolled radios whose default follows the choice: React resets the form after each
  // submission, and the reset must land on the choice shown, not on the first one.
  const [target, setTarget] = useState<"item" | "period">(echoed.target === "period" ? "period" : "item");
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const err = (name: string) => text.field(errors[name]);
  const frame = fieldsByName(values, (name) => ({
    id: `${id}-${FIELD[name].id}`,
    label: t(FIELD[name].label),
    error: err(name),
  }));
  const targets = [
    { value: "item", label: t("targetItem") },
    // An opinion on a period needs a period to choose.
    ...(periods.length > 0 ? [{ value: "period", label: t("targetPeriod") }] : []),
  ];

  return (
    <ActionForm
      action={formAction}
      state={state}
      pending={pending}
      text={state.ok ? t("created") : text.message(state.message)}
      values={values}
      className={panelFormClass}
      submit={t("submit")}
    >
      <RadioGroup
        id={`${id}-target`}
        legend={t("targetLegend")}
        name="target"
        options={targets}
        value={target}
        error={err("target")}
        onChange={(value) => setTarget(value === "period" ? "period" : "item")}
      />
      {target === "item" ? (
        <>
          <InputField
            {...frame("item")}
            hint={t("itemHint")}
            controlClassName="max-w-2xl"
            type="text"
            list={`${id}-items`}
            autoComplete="off"
            required
          />
          <datalist id={`${id}-items`}>
            {items.map((item) => (
              <option key={item.number} value={suggestion(item)} />
            ))}
          </datalist>
        </>
      ) : (
        <SelectField
          {...frame("periodId")}
          controlClassName="max-w-md"
          required
          options={periods.map((p) => ({
            value: String(p.id),
            label: p.open ? t("periodOpen", { label: p.label }) : p.label,
          }))}
        />
      )}
      <TextAreaField {...frame("body")} hint={t("bodyHint")} rows={6} required maxLength={OPINION_TEXT_LIMIT} />
    </ActionForm>
  );
}
