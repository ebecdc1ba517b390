"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, fieldClass, labelClass } from "@/components/ui/field";
import { LiveFormStatus } from "@/components/ui/form-status";
import { valuesKey } from "@/components/ui/form-values";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_STATE } from "@/lib/actions/action-state";
import { setAchievementAction } from "@/lib/actions/items/set-achievement-action";
import { ACHIEVEMENT_KEYS } from "@/lib/rollup/rollup";
import { useAdminText } from "./period-forms";

/** The secretariat's 達成度 judgement against the item's 3-year target; the version guards against overwriting a parallel edit. */
export function AchievementForm({
  item,
  reloadHref,
}: {
  item: { number: number; version: number; achievement: string; note: string | null };
  reloadHref: string;
}) {
  const t = useTranslations("admin.achievement");
  const ta = useTranslations("achievement");
  const text = useAdminText("achievement");
  const [state, formAction, pending] = useActionState(setAchievementAction, INITIAL_STATE);
  const echo = !state.ok && state.values ? state.values : null;
  const values = {
    version: echo?.version ?? String(Math.max(item.version, state.ok ? Number(state.values?.version ?? 0) : 0)),
    achievement: echo?.achievement ?? item.achievement,
    note: echo?.note ?? item.note ?? "",
  };
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const noteError = text.field(errors.note);

  return (
    <form action={formAction} className="flex flex-col gap-4">
      <LiveFormStatus state={state} pending={pending} text={text.message(state.message)}>
        {state.message === "conflict" && (
          <p className="mt-2">
            <a href={reloadHref} className="font-bold text-key-900 underline underline-offset-4">
              {t("reload")}
            </a>
          </p>
        )}
      </LiveFormStatus>
      <input type="hidden" name="itemNumber" value={item.number} />
      <div key={valuesKey(values)} className="flex flex-col gap-4">
        <input type="hidden" name="version" value={values.version} />
        <fieldset className="flex flex-col gap-2">
          <legend className={labelClass}>{t("legend")}</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {ACHIEVEMENT_KEYS.map((key) => (
              <label key={key} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="achievement"
                  value={key}
                  defaultChecked={values.achievement === key}
                  className="size-5"
                />
                {ta(key)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id="achievement-note" label={t("note")} hint={t("noteHint")} error={noteError}>
          {(control) => (
            <textarea
              {...control}
              name="note"
              rows={3}
              maxLength={1000}
              defaultValue={values.note}
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
