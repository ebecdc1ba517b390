"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import {
  InputField,
  idOptions,
  idValue,
  SelectField,
  sectionOptionGroups,
  TextAreaField,
} from "@/components/forms/form-fields";
import { labelClass } from "@/components/ui/field";
import { updateItemAction } from "@/lib/actions/items/update-item-action";
import type { AreaChoice, ItemForEdit } from "@/lib/items/get-item-for-edit";
import type { Organization } from "@/lib/items/load-organization";
import { useItemForm } from "./admin-form";

/** The master data the edit form changes (達成度 has its own form). */
export type EditableItem = Omit<ItemForEdit, "achievement" | "achievementNote">;

type ItemValues = {
  version: string;
  title: string;
  purpose: string;
  content: string;
  target: string;
  sectionId: string;
  classificationId: string;
  areaId: string;
  directionId: string;
  startFiscalYear: string;
  endFiscalYear: string;
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
  areas,
  sectionGroups,
  classifications,
  reloadHref,
}: { item: EditableItem; areas: AreaChoice[]; reloadHref: string } & Pick<
  Organization,
  "sectionGroups" | "classifications"
>) {
  const t = useTranslations("admin.itemEdit");
  const tc = useTranslations("admin.common");
  const { text, state, sent, version, form } = useItemForm("itemEdit", updateItemAction, item, {
    href: reloadHref,
    label: t("reload"),
  });

  // After a save the page is re-rendered with the stored item; the reason starts empty again.
  const stored: ItemValues = {
    version,
    title: item.title,
    purpose: item.purpose,
    content: item.content,
    target: item.target,
    sectionId: idValue(item.sectionId),
    classificationId: idValue(item.classificationId),
    areaId: idValue(item.areaId),
    directionId: idValue(item.directionId),
    startFiscalYear: String(item.startFiscalYear),
    endFiscalYear: String(item.endFiscalYear),
    reason: "",
  };
  // A failed save shows what was sent; a field it did not send shows empty.
  const values: ItemValues = sent
    ? { ...(Object.fromEntries(Object.keys(stored).map((name) => [name, sent[name] ?? ""])) as ItemValues), version }
    : stored;
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const err = (name: string) => text.field(errors[name]);
  const required = tc("parenSuffix", { target: t("required") });
  const select = (
    name: "sectionId" | "classificationId" | "areaId" | "directionId",
    subject: "section" | "classification" | "area" | "direction",
  ) => ({
    id: `item-${subject}`,
    label: t(`fields.${subject}`),
    error: err(name),
    name,
    defaultValue: values[name],
    emptyLabel: tc("notSpecified"),
  });
  // A category the source names in words that match none of the vision's: the public pages show those words.
  const sourceLabel = (id: number | null, label: string) =>
    id === null && label !== "" ? t("fields.sourceLabel", { label }) : undefined;
  const year = (name: "startFiscalYear" | "endFiscalYear") => (
    <InputField
      id={`item-${name}`}
      label={t(`fields.${name}`)}
      hint={t("fields.yearHint")}
      error={err(name)}
      name={name}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={20}
      required
      defaultValue={values[name]}
    />
  );

  return (
    <ActionForm
      {...form}
      values={values}
      className="flex flex-col gap-6"
      fieldsClassName="flex flex-col gap-6"
      submit={t("submit")}
    >
      <input type="hidden" name="version" value={values.version} />
      {TEXT_FIELDS.map((f) => (
        <TextAreaField
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
          name={f.name}
          rows={f.rows}
          maxLength={f.max}
          required={f.required}
          defaultValue={values[f.name]}
        />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField {...select("sectionId", "section")} groups={sectionOptionGroups(sectionGroups)} />
        <SelectField {...select("classificationId", "classification")} options={idOptions(classifications)} />
        <SelectField
          {...select("areaId", "area")}
          hint={sourceLabel(item.areaId, item.areaLabel)}
          options={idOptions(areas)}
        />
        <SelectField
          {...select("directionId", "direction")}
          hint={sourceLabel(item.directionId, item.directionLabel)}
          groups={areas.map((a) => ({ label: a.name, options: idOptions(a.directions) }))}
        />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className={labelClass}>{t("fields.period")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {year("startFiscalYear")}
          {year("endFiscalYear")}
        </div>
      </fieldset>
      <TextAreaField
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
        name="reason"
        rows={3}
        maxLength={500}
        required
        defaultValue={values.reason}
      />
    </ActionForm>
  );
}
