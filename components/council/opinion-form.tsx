"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { describedBy, Field, FieldError, fieldClass, labelClass } from "@/components/ui/field";
import { LiveFormStatus } from "@/components/ui/form-status";
import { valuesKey } from "@/components/ui/form-values";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_STATE } from "@/lib/actions/action-state";
import { createOpinionAction } from "@/lib/actions/council/create-opinion-action";
import { OPINION_TEXT_LIMIT } from "@/lib/council/opinion-limits";

export interface OpinionPeriodOption {
  id: number;
  /** e.g. 令和7年度（2025年度） 上半期 */
  label: string;
  open: boolean;
}

/** Turns a failed state's catalog keys (service error, field errors) into text: the opinions' own wording first. */
export function useOpinionMessage() {
  return useOutcomeText("opinionErrors");
}

/**
 * 意見の登録: on an item (by number) or on a reporting period as a whole. `periods` are the
 * periods an opinion may be on, newest first; the open one (or else the newest) is preselected.
 */
export function OpinionForm({
  periods,
  defaultItemNumber,
}: {
  periods: readonly OpinionPeriodOption[];
  defaultItemNumber?: number;
}) {
  const t = useTranslations("opinions.form");
  const text = useOpinionMessage();
  const id = useId();
  const [state, formAction, pending] = useActionState(createOpinionAction, INITIAL_STATE);
  const defaultPeriod = String((periods.find((p) => p.open) ?? periods[0])?.id ?? "");
  const echoed = state.values ?? {};
  // After a success the opinion text is cleared; after a failure everything typed comes back.
  const values = {
    itemNumber: state.ok
      ? defaultItemNumber !== undefined
        ? String(defaultItemNumber)
        : ""
      : (echoed.itemNumber ?? (defaultItemNumber !== undefined ? String(defaultItemNumber) : "")),
    periodId: echoed.periodId || defaultPeriod,
    body: state.ok ? "" : (echoed.body ?? ""),
  };
  // Uncontrolled radios whose default follows the choice: React resets the form after each
  // submission, and the reset must land on the choice shown, not on the first one.
  const [target, setTarget] = useState<"item" | "period">(echoed.target === "period" ? "period" : "item");
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const err = (name: string) => text.field(errors[name]);
  const ids = { item: `${id}-item`, period: `${id}-period`, body: `${id}-body`, targetError: `${id}-target-error` };

  return (
    <form
      action={formAction}
      className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
    >
      <LiveFormStatus state={state} pending={pending} text={state.ok ? t("created") : text.message(state.message)} />
      <div key={valuesKey(values)} className="flex flex-col gap-4">
        <fieldset className="flex flex-col gap-2" aria-describedby={describedBy(err("target") && ids.targetError)}>
          <legend className={labelClass}>{t("targetLegend")}</legend>
          <FieldError id={ids.targetError}>{err("target")}</FieldError>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            <label className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="target"
                value="item"
                defaultChecked={target === "item"}
                onChange={() => setTarget("item")}
                className="size-5"
              />
              {t("targetItem")}
            </label>
            {periods.length > 0 && (
              <label className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="target"
                  value="period"
                  defaultChecked={target === "period"}
                  onChange={() => setTarget("period")}
                  className="size-5"
                />
                {t("targetPeriod")}
              </label>
            )}
          </div>
        </fieldset>

        {target === "item" ? (
          <Field id={ids.item} label={t("itemNumber")} hint={t("itemNumberHint")} error={err("itemNumber")}>
            {(control) => (
              <input
                {...control}
                name="itemNumber"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                required
                defaultValue={values.itemNumber}
                className={`${fieldClass} max-w-40`}
              />
            )}
          </Field>
        ) : (
          <Field id={ids.period} label={t("period")} error={err("periodId")}>
            {(control) => (
              <select
                {...control}
                name="periodId"
                required
                defaultValue={values.periodId}
                className={`${fieldClass} max-w-md`}
              >
                {periods.map((p) => (
                  <option key={p.id} value={String(p.id)}>
                    {p.open ? t("periodOpen", { label: p.label }) : p.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}

        <Field id={ids.body} label={t("body")} hint={t("bodyHint")} error={err("body")}>
          {(control) => (
            <textarea
              {...control}
              name="body"
              rows={6}
              required
              maxLength={OPINION_TEXT_LIMIT}
              defaultValue={values.body}
              className={fieldClass}
            />
          )}
        </Field>
      </div>
      <div>
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
