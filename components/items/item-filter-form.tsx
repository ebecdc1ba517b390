import { getLocale, getTranslations } from "next-intl/server";
import { Field, fieldClass } from "@/components/ui/field";
import { FilterForm, FilterSelect, type Option, type OptionGroup, plainOptions } from "@/components/ui/filter-form";
import { getPathname } from "@/lib/i18n/navigation";
import type { ItemFilter } from "@/lib/items/filter";
import type { ItemFacets } from "@/lib/items/list-facets";
import { STATUS_KEYS } from "@/lib/reports/vocabulary";

/** A plain GET form: filters land in the URL, so a link reproduces the view, with or without JavaScript. */
export async function ItemFilterForm({ facets, filter }: { facets: ItemFacets; filter: ItemFilter }) {
  const t = await getTranslations("items");
  const ts = await getTranslations("status");
  const action = getPathname({ href: "/items", locale: await getLocale() });
  const selects: ({ name: Exclude<keyof ItemFilter, "q"> } & ({ options: Option[] } | { groups: OptionGroup[] }))[] = [
    { name: "area", options: plainOptions(facets.areas.map((a) => a.name)) },
    {
      name: "direction",
      groups: [
        ...facets.areas.map((a) => ({ label: a.name, options: plainOptions(a.directions) })),
        { label: t("filters.otherDirections"), options: plainOptions(facets.otherDirections) },
      ],
    },
    { name: "bureau", options: facets.bureaus.map((b) => ({ value: b.code, label: b.name })) },
    { name: "section", groups: facets.bureaus.map((b) => ({ label: b.name, options: plainOptions(b.sections) })) },
    { name: "classification", options: plainOptions(facets.classifications) },
    { name: "status", options: STATUS_KEYS.map((s) => ({ value: s, label: ts(s) })) },
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
        {selects.map(({ name, ...choices }) => (
          <FilterSelect
            key={name}
            name={name}
            label={t(`filters.${name}`)}
            anyLabel={t("filters.any")}
            value={filter[name]}
            {...choices}
          />
        ))}
      </div>
    </FilterForm>
  );
}
