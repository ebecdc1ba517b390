"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { hasMessage, messageOr } from "@/lib/i18n/runtime-key";
import type { ActionState } from "@/lib/actions/action-state";
import { createPeriodAction, setPeriodStatusAction } from "@/lib/actions/periods/manage-period-actions";

/* ------------------------------------------------------------------------------------------------
 * Shared pieces of the secretariat's forms (also used by user-forms and item-edit-form).
 * ---------------------------------------------------------------------------------------------- */

export const fieldClass = "w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-base text-solid-gray-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-1000";
export const labelClass = "font-bold text-solid-gray-900";
export const hintClass = "text-sm text-solid-gray-800";
export const primaryButtonClass = "rounded-8 bg-key-900 px-6 py-3 font-bold text-white hover:bg-key-1000";
export const secondaryButtonClass = "rounded-8 border-2 border-key-900 bg-white px-4 py-2 font-bold text-key-900 hover:bg-key-50";

/** A form before its first submission (kept here so that client bundles need not load the server helpers). */
import { INITIAL_STATE } from "@/lib/actions/action-state";

export { INITIAL_STATE };

type MessageArea = "periods" | "users" | "itemEdit" | "achievement";

/** Turns a state's catalog key into text: the area's own wording first, then the shared error texts. */
export function useMessageText(area: MessageArea) {
  const t = useTranslations(`admin.${area}.messages`);
  const te = useTranslations("adminErrors");
  return {
    message(key: string | undefined): string {
      if (!key) return "";
      if (hasMessage(t, key)) return t(key);
      return messageOr(te, key, te("unknown"));
    },
    field(key: string | undefined): string | undefined {
      if (!key) return undefined;
      return messageOr(te, key, te("fieldInvalid"));
    },
  };
}

/**
 * A key for the part of a form that holds its fields. React resets a form after its action; inputs
 * return to their current defaultValue but a <select> only to the option chosen when it mounted, so
 * the fields are remounted whenever the values they should show change.
 */
export function valuesKey(values: Record<string, string>): string {
  return JSON.stringify(values);
}

/** The always-present live region that announces a form's outcome, in words as well as colour. */
export function FormStatus({ state, pending, text, focusOnSuccess = false, children }: { state: ActionState; pending: boolean; text: string; focusOnSuccess?: boolean; children?: ReactNode }) {
  const tc = useTranslations("admin.common");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // When a success removes the button that was pressed, keep keyboard focus on the outcome.
    if (focusOnSuccess && state.ok && state.message) ref.current?.focus();
  }, [state, focusOnSuccess]);
  return (
    <div ref={ref} aria-live="polite" aria-atomic="true" tabIndex={-1}>
      {pending ? (
        <p className="text-solid-gray-800">{tc("pending")}</p>
      ) : state.message ? (
        state.ok ? (
          <p className="rounded-8 border-2 border-success-2 bg-green-50 p-3 text-solid-gray-900">
            <span className="font-bold">{tc("doneLabel")}</span>
            {text}
          </p>
        ) : (
          <div className="rounded-8 border-2 border-red-900 bg-red-50 p-3 text-solid-gray-900">
            <p>
              <span className="font-bold">{tc("errorPrefix")}</span>
              {text}
            </p>
            {children}
          </div>
        )
      ) : null}
    </div>
  );
}

/** The error under one field; its id is what the control's aria-describedby points at. */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  const tc = useTranslations("admin.common");
  if (!text) return null;
  return (
    <p id={id} className="font-bold text-red-1000">
      {tc("errorPrefix")}
      {text}
    </p>
  );
}

/** aria-describedby for a control: its hint and, when present, its error. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}

/* ------------------------------------------------------------------------------------------------
 * 報告期間
 * ---------------------------------------------------------------------------------------------- */

export function CreatePeriodForm({ defaultFiscalYear }: { defaultFiscalYear: number }) {
  const t = useTranslations("admin.periods");
  const tt = useTranslations("term");
  const text = useMessageText("periods");
  const [state, formAction, pending] = useActionState(createPeriodAction, INITIAL_STATE);
  const values = state.ok || !state.values ? { fiscalYear: String(defaultFiscalYear), term: "first_half", dueOn: "" } : { fiscalYear: state.values.fiscalYear ?? "", term: state.values.term ?? "", dueOn: state.values.dueOn ?? "" };
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const err = (name: string) => text.field(errors[name]);
  return (
    <form action={formAction} className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4">
      <FormStatus state={state} pending={pending} text={text.message(state.message)} />
      <div key={valuesKey(values)} className="grid gap-4 sm:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="period-fiscal-year" className={labelClass}>{t("fields.fiscalYear")}</label>
          <p id="period-fiscal-year-hint" className={hintClass}>{t("fields.fiscalYearHint")}</p>
          <input
            id="period-fiscal-year"
            name="fiscalYear"
            type="number"
            inputMode="numeric"
            min={2024}
            max={2040}
            step={1}
            required
            defaultValue={values.fiscalYear}
            aria-invalid={err("fiscalYear") ? true : undefined}
            aria-describedby={describedBy("period-fiscal-year-hint", err("fiscalYear") && "period-fiscal-year-error")}
            className={fieldClass}
          />
          <FieldError id="period-fiscal-year-error" text={err("fiscalYear")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="period-term" className={labelClass}>{t("fields.term")}</label>
          <select
            id="period-term"
            name="term"
            required
            defaultValue={values.term}
            aria-invalid={err("term") ? true : undefined}
            aria-describedby={describedBy(err("term") && "period-term-error")}
            className={fieldClass}
          >
            <option value="first_half">{tt("first_half")}</option>
            <option value="year_end">{tt("year_end")}</option>
          </select>
          <FieldError id="period-term-error" text={err("term")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="period-due-on" className={labelClass}>{t("fields.dueOn")}</label>
          <input
            id="period-due-on"
            name="dueOn"
            type="date"
            required
            defaultValue={values.dueOn}
            aria-invalid={err("dueOn") ? true : undefined}
            aria-describedby={describedBy(err("dueOn") && "period-due-on-error")}
            className={fieldClass}
          />
          <FieldError id="period-due-on-error" text={err("dueOn")} />
        </div>
      </div>
      <div>
        <button type="submit" className={primaryButtonClass}>{t("create")}</button>
      </div>
    </form>
  );
}

/**
 * 受付開始 (draft → open) or 締切 (open → closed) for one period. One component per row, so the
 * outcome stays visible after the row changes from one action to the other.
 */
export function PeriodStatusForm({ periodId, status, periodLabel }: { periodId: number; status: string; periodLabel: string }) {
  const t = useTranslations("admin.periods");
  const tc = useTranslations("admin.common");
  const text = useMessageText("periods");
  const [state, formAction, pending] = useActionState(setPeriodStatusAction, INITIAL_STATE);
  const confirmId = `period-${periodId}-confirm`;
  return (
    <div className="flex min-w-56 flex-col gap-2">
      <FormStatus state={state} pending={pending} text={text.message(state.message)} focusOnSuccess />
      {status === "draft" && (
        <form action={formAction}>
          <input type="hidden" name="periodId" value={periodId} />
          <input type="hidden" name="status" value="open" />
          <button type="submit" className={secondaryButtonClass}>
            {t("open")}
            <span className="sr-only">{tc("targetSuffix", { target: periodLabel })}</span>
          </button>
        </form>
      )}
      {status === "open" && (
        <form action={formAction} className="flex flex-col gap-2">
          <input type="hidden" name="periodId" value={periodId} />
          <input type="hidden" name="status" value="closed" />
          <div className="flex items-start gap-2">
            <input id={confirmId} name="confirm" type="checkbox" value="yes" required className="mt-1.5 size-5 shrink-0" />
            <label htmlFor={confirmId} className="text-sm text-solid-gray-900">
              {t("closeConfirm")}
              <span className="sr-only">{tc("parenSuffix", { target: periodLabel })}</span>
            </label>
          </div>
          <div>
            <button type="submit" className={secondaryButtonClass}>
              {t("close")}
              <span className="sr-only">{tc("targetSuffix", { target: periodLabel })}</span>
            </button>
          </div>
        </form>
      )}
      {status === "closed" && <p className="text-sm text-solid-gray-800">{t("noActions")}</p>}
    </div>
  );
}
