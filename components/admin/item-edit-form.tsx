"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, fieldClass } from "@/components/ui/field";
import { LiveFormStatus } from "@/components/ui/form-status";
import { valuesKey } from "@/components/ui/form-values";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_STATE } from "@/lib/actions/action-state";
import { updateItemAction } from "@/lib/actions/items/update-item-action";
import { useAdminText } from "./period-forms";
import type { SectionGroup } from "./user-forms";

export type EditableItem = {
  number: number;
  version: number;
  title: string;
  purpose: string;
  content: string;
  target: string;
  sectionId: number | null;
  classificationId: number | null;
};

type ItemValues = {
  version: string;
  title: string;
  purpose: string;
  content: string;
  target: string;
  sectionId: string;
  classificationId: string;
  reason: string;
};

const TEXT_FIELDS = [
  { name: "title", max: 200, rows: 2, required: true },
  { name: "purpose", max: 2000, rows: 5, required: false },
  { name: "content", max: 2000, rows: 5, required: false },
  { name: "target", max: 2000, rows: 4, required: false },
] as const;

/**
 * The secretariat's edit of an item's master data. The hidden version guards against overwriting
 * someone else's change; every changed field is published with the reason as 目標・内容の変更.
 */
export function ItemEditForm({
  item,
  sectionGroups,
  classifications,
  reloadHref,
}: {
  item: EditableItem;
  sectionGroups: SectionGroup[];
  classifications: { id: number; name: string }[];
  reloadHref: string;
}) {
  const t = useTranslations("admin.itemEdit");
  const tc = useTranslations("admin.common");
  const text = useAdminText("itemEdit");
  const [state, formAction, pending] = useActionState(updateItemAction, INITIAL_STATE);

  // After a save the page is re-rendered with the stored item; the reason starts empty again.
  const savedVersion = state.ok ? Number(state.values?.version ?? 0) : 0;
  const stored: ItemValues = {
    version: String(Math.max(item.version, savedVersion)),
    title: item.title,
    purpose: item.purpose,
    content: item.content,
    target: item.target,
    sectionId: item.sectionId === null ? "" : String(item.sectionId),
    classificationId: item.classificationId === null ? "" : String(item.classificationId),
    reason: "",
  };
  const echo = state.values;
  const values: ItemValues =
    state.ok || !echo
      ? stored
      : {
          version: echo.version ?? stored.version,
          title: echo.title ?? "",
          purpose: echo.purpose ?? "",
          content: echo.content ?? "",
          target: echo.target ?? "",
          sectionId: echo.sectionId ?? "",
          classificationId: echo.classificationId ?? "",
          reason: echo.reason ?? "",
        };
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const err = (name: string) => text.field(errors[name]);
  const required = tc("parenSuffix", { target: t("required") });

  return (
    <form action={formAction} className="flex flex-col gap-6">
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
      <div key={valuesKey(values)} className="flex flex-col gap-6">
        <input type="hidden" name="version" value={values.version} />
        {TEXT_FIELDS.map((f) => (
          <Field
            key={f.name}
            id={`item-${f.name}`}
            label={
              <>
                {t(`fields.${f.name}`)}
                {f.required && required}
              </>
            }
            hint={t("maxLength", { max: f.max })}
            error={err(f.name)}
          >
            {(control) => (
              <textarea
                {...control}
                name={f.name}
                rows={f.rows}
                maxLength={f.max}
                required={f.required}
                defaultValue={values[f.name]}
                className={fieldClass}
              />
            )}
          </Field>
        ))}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="item-section" label={t("fields.section")} error={err("sectionId")}>
            {(control) => (
              <select {...control} name="sectionId" defaultValue={values.sectionId} className={fieldClass}>
                <option value="">{tc("notSpecified")}</option>
                {sectionGroups.map((g) => (
                  <optgroup key={g.bureauId} label={g.bureau}>
                    {g.sections.map((s) => (
                      <option key={s.id} value={String(s.id)}>
                        {s.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
          <Field id="item-classification" label={t("fields.classification")} error={err("classificationId")}>
            {(control) => (
              <select
                {...control}
                name="classificationId"
                defaultValue={values.classificationId}
                className={fieldClass}
              >
                <option value="">{tc("notSpecified")}</option>
                {classifications.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field
          id="item-reason"
          label={
            <>
              {t("fields.reason")}
              {required}
            </>
          }
          hint={`${t("fields.reasonHint")} ${t("maxLength", { max: 500 })}`}
          error={err("reason")}
          className="rounded-8 border-2 border-key-900 bg-key-50 p-4"
        >
          {(control) => (
            <textarea
              {...control}
              name="reason"
              rows={3}
              maxLength={500}
              required
              defaultValue={values.reason}
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
