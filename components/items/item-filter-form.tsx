import { getLocale, getTranslations } from "next-intl/server";
import { Field, fieldClass } from "@/components/ui/field";
import { FilterForm, FilterSelect, type Option, type OptionGroup, plainOptions } from "@/components/ui/filter-form";
import { getPathname } from "@/lib/i18n/navigation";
import { ITEM_SORTS, type ItemFilter, type ItemSort } from "@/lib/items/filter";
import type { ItemFacets } from "@/lib/items/list-facets";
import { STATUS_KEYS } from "@/lib/reports/vocabulary";
import { EVALUATION_KEYS } from "@/lib/rollup/rollup";

/** A plain GET form: filters land in the URL, so a link reproduces the view, with or without JavaScript. */
export async function ItemFilterForm({
  facets,
  filter,
  sort,
}: {
  facets: ItemFacets;
  filter: ItemFilter;
  sort: ItemSort;
}) {
  const t = await getTranslations("items");
  const ts = await getTranslations("status");
  const [te, ti, td] = await Promise.all([
    getTranslations("evaluation"),
    getTranslations("item"),
    getTranslations("dashboard"),
  ]);
  const action = getPathname({ href: "/items", locale: await getLocale() });
  const selects: ({ name: Exclude<keyof ItemFilter, "q">; label: string } & (
    | { options: Option[] }
    | { groups: OptionGroup[] }
  ))[] = [
    { name: "area", label: t("filters.area"), options: plainOptions(facets.areas.map((a) => a.name)) },
    {
      name: "direction",
      label: t("filters.direction"),
      groups: [
        ...facets.areas.map((a) => ({ label: a.name, lang: "ja", options: plainOptions(a.directions) })),
        { label: t("filters.otherDirections"), options: plainOptions(facets.otherDirections) },
      ],
    },
    {
      name: "bureau",
      label: t("filters.bureau"),
      options: facets.bureaus.map((b) => ({ value: b.code, label: b.name, lang: "ja" })),
    },
    {
      name: "section",
      label: t("filters.section"),
      groups: facets.bureaus.map((b) => ({ label: b.name, lang: "ja", options: plainOptions(b.sections) })),
    },
    { name: "classification", label: t("filters.classification"), options: plainOptions(facets.classifications) },
    { name: "status", label: t("filters.status"), options: STATUS_KEYS.map((s) => ({ value: s, label: ts(s) })) },
    {
      name: "evaluation",
      label: ti("report.evaluation"),
      options: EVALUATION_KEYS.map((e) => ({
        value: e,
        label: e === "not_reported" ? ts(e) : e === "unrated" ? td("unrated") : `${e} ${te(e)}`,
      })),
    },
  ];
  return (
    <FilterForm
      action={action}
      label={t("filterHeading")}
      applyLabel={t("filters.apply")}
      clearLabel={t("filters.clear")}
    >
      <Field id="q" label={t("filters.q")} hint={t("filters.qHint")}>
        {(control) => (
          <input {...control} type="search" name="q" defaultValue={filter.q ?? ""} className={fieldClass} />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {selects.map(({ name, label, ...choices }) => (
          <FilterSelect
            key={name}
            name={name}
            label={label}
            anyLabel={t("filters.any")}
            value={filter[name]}
            {...choices}
          />
        ))}
        <FilterSelect
          name="sort"
          label={t("filters.sort")}
          value={sort === "number" ? "" : sort}
          // The plan's order is the default and leaves `sort` out of the shared address.
          options={ITEM_SORTS.map((s) => ({ value: s === "number" ? "" : s, label: t(`sorts.${s}`) }))}
        />
      </div>
    </FilterForm>
  );
}
