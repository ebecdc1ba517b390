"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { RadioGroup, TextAreaField } from "@/components/forms/form-fields";
import { setAchievementAction } from "@/lib/actions/items/set-achievement-action";
import { ACHIEVEMENT_KEYS } from "@/lib/rollup/rollup";
import { useItemForm } from "./admin-form";

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
  const { text, state, sent, version, form } = useItemForm("achievement", setAchievementAction, item, {
    href: reloadHref,
    label: t("reload"),
  });
  const values = {
    version,
    achievement: sent?.achievement ?? item.achievement,
    note: sent?.note ?? item.note ?? "",
  };
  const errors = state.ok ? {} : (state.fieldErrors ?? {});

  return (
    <ActionForm {...form} values={values} submit={t("submit")}>
      <input type="hidden" name="version" value={values.version} />
      <RadioGroup
        id="achievement-choice"
        legend={t("legend")}
        name="achievement"
        options={ACHIEVEMENT_KEYS.map((key) => ({ value: key, label: ta(key) }))}
        value={values.achievement}
      />
      <TextAreaField
        id="achievement-note"
        label={t("note")}
        hint={t("noteHint")}
        error={text.field(errors.note)}
        name="note"
        rows={3}
        maxLength={1000}
        defaultValue={values.note}
      />
    </ActionForm>
  );
}
