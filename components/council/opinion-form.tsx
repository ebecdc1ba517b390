"use client";

import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { messageOr } from "@/lib/i18n/runtime-key";
import { describedBy, FieldError, fieldClass, FormStatus, hintClass, INITIAL_STATE, labelClass, primaryButtonClass, valuesKey } from "@/components/admin/period-forms";
import { createOpinionAction } from "@/lib/actions/council/create-opinion-action";
import { OPINION_TEXT_LIMIT } from "@/lib/council/opinion-limits";

export interface OpinionPeriodOption {
  id: number;
  /** e.g. 令和7年度（2025年度） 上半期 */
  label: string;
  open: boolean;
}

/** Turns a failed state's catalog keys (service error, field errors) into text. */
export function useOpinionMessage() {
  const te = useTranslations("opinionErrors");
  return {
    error(key: string | undefined): string {
      if (!key) return "";
      return messageOr(te, key, te("unknown"));
    },
    field(key: string | undefined): string | undefined {
      if (!key) return undefined;
      return messageOr(te, `fields.${key}`, te("fields.invalid"));
    },
  };
}

/**
 * 意見の登録: on an item (by number) or on a reporting period as a whole. `periods` are the
 * periods an opinion may be on, newest first; the open one (or else the newest) is preselected.
 */
export function OpinionForm({ periods, defaultItemNumber }: { periods: readonly OpinionPeriodOption[]; defaultItemNumber?: number }) {
  const t = useTranslations("opinions.form");
  const text = useOpinionMessage();
  const id = useId();
  const [state, formAction, pending] = useActionState(createOpinionAction, INITIAL_STATE);
  const defaultPeriod = String((periods.find((p) => p.open) ?? periods[0])?.id ?? "");
  const echoed = state.values ?? {};
  // After a success the opinion text is cleared; after a failure everything typed comes back.
  const values = {
    itemNumber: state.ok ? (defaultItemNumber !== undefined ? String(defaultItemNumber) : "") : (echoed.itemNumber ?? (defaultItemNumber !== undefined ? String(defaultItemNumber) : "")),
    periodId: echoed.periodId || defaultPeriod,
    body: state.ok ? "" : (echoed.body ?? ""),
  };
  // Uncontrolled radios whose default follows the choice: React resets the form after each
  // submission, and the reset must land on the choice shown, not on the first one.
  const [target, setTarget] = useState<"item" | "period">(echoed.target === "period" ? "period" : "item");
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const err = (name: string) => text.field(errors[name]);
  const ids = {
    item: `${id}-item`,
    itemHint: `${id}-item-hint`,
    itemError: `${id}-item-error`,
    period: `${id}-period`,
    periodError: `${id}-period-error`,
    body: `${id}-body`,
    bodyHint: `${id}-body-hint`,
    bodyError: `${id}-body-error`,
    targetError: `${id}-target-error`,
  };

  return (
    <form action={formAction} className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4">
      <FormStatus state={state} pending={pending} text={state.ok ? t("created") : text.error(state.message)} />
      <div key={valuesKey(values)} className="flex flex-col gap-4">
        <fieldset className="flex flex-col gap-2" aria-describedby={describedBy(err("target") && ids.targetError)}>
          <legend className={labelClass}>{t("targetLegend")}</legend>
          <FieldError id={ids.targetError} text={err("target")} />
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" name="target" value="item" defaultChecked={target === "item"} onChange={() => setTarget("item")} className="size-5" />
              {t("targetItem")}
            </label>
            {periods.length > 0 && (
              <label className="flex min-h-11 items-center gap-2">
                <input type="radio" name="target" value="period" defaultChecked={target === "period"} onChange={() => setTarget("period")} className="size-5" />
                {t("targetPeriod")}
              </label>
            )}
          </div>
        </fieldset>

        {target === "item" ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.item} className={labelClass}>{t("itemNumber")}</label>
            <p id={ids.itemHint} className={hintClass}>{t("itemNumberHint")}</p>
            <input
              id={ids.item}
              name="itemNumber"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              required
              defaultValue={values.itemNumber}
              aria-invalid={err("itemNumber") ? true : undefined}
              aria-describedby={describedBy(ids.itemHint, err("itemNumber") && ids.itemError)}
              className={`${fieldClass} max-w-40`}
            />
            <FieldError id={ids.itemError} text={err("itemNumber")} />
          </div>
        ) : (
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.period} className={labelClass}>{t("period")}</label>
            <select
              id={ids.period}
              name="periodId"
              required
              defaultValue={values.periodId}
              aria-invalid={err("periodId") ? true : undefined}
              aria-describedby={describedBy(err("periodId") && ids.periodError)}
              className={`${fieldClass} max-w-md`}
            >
              {periods.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {p.open ? t("periodOpen", { label: p.label }) : p.label}
                </option>
              ))}
            </select>
            <FieldError id={ids.periodError} text={err("periodId")} />
          </div>
        )}

        <div className="flex flex-col gap-1">
          <label htmlFor={ids.body} className={labelClass}>{t("body")}</label>
          <p id={ids.bodyHint} className={hintClass}>{t("bodyHint")}</p>
          <textarea
            id={ids.body}
            name="body"
            rows={6}
            required
            maxLength={OPINION_TEXT_LIMIT}
            defaultValue={values.body}
            aria-invalid={err("body") ? true : undefined}
            aria-describedby={describedBy(ids.bodyHint, err("body") && ids.bodyError)}
            className={fieldClass}
          />
          <FieldError id={ids.bodyError} text={err("body")} />
        </div>
      </div>
      <div>
        <button type="submit" disabled={pending} className={primaryButtonClass}>{t("submit")}</button>
      </div>
    </form>
  );
}
