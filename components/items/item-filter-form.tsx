import { getLocale, getTranslations } from "next-intl/server";
import { fieldClass, labelClass } from "@/components/ui/field";
import { getPathname } from "@/lib/i18n/navigation";
import type { ItemFilter } from "@/lib/items/filter";
import type { ItemFacets } from "@/lib/items/list-facets";
import { STATUS_KEYS } from "@/lib/reports/vocabulary";

const labelLayout = `flex flex-col gap-1 ${labelClass}`;

type Option = { value: string; label: string };
type OptionGroup = { label: string; options: Option[] };

const plain = (values: string[]): Option[] => values.map((value) => ({ value, label: value }));

function FilterSelect(props: {
  name: keyof ItemFilter;
  label: string;
  anyLabel: string;
  value?: string;
  options?: Option[];
  groups?: OptionGroup[];
}) {
  return (
    <label className={labelLayout}>
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""} className={fieldClass}>
        <option value="">{props.anyLabel}</option>
        {props.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {props.groups
          ?.filter((g) => g.options.length > 0)
          .map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </label>
  );
}

/** A plain GET form: filters land in the URL, so a link reproduces the view, with or without JavaScript. */
export async function ItemFilterForm({ facets, filter }: { facets: ItemFacets; filter: ItemFilter }) {
  const t = await getTranslations("items");
  const ts = await getTranslations("status");
  const any = t("filters.any");
  const action = getPathname({ href: "/items", locale: await getLocale() });
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("filterHeading")}
      className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
    >
      <label className={labelLayout}>
        {t("filters.q")}
        <span className="text-sm font-normal text-solid-gray-700" id="q-hint">
          {t("filters.qHint")}
        </span>
        <input type="search" name="q" defaultValue={filter.q ?? ""} className={fieldClass} aria-describedby="q-hint" />
      </label>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSelect
          name="area"
          label={t("filters.area")}
          anyLabel={any}
          value={filter.area}
          options={plain(facets.areas.map((a) => a.name))}
        />
        <FilterSelect
          name="direction"
          label={t("filters.direction")}
          anyLabel={any}
          value={filter.direction}
          groups={[
            ...facets.areas.map((a) => ({ label: a.name, options: plain(a.directions) })),
            { label: t("filters.otherDirections"), options: plain(facets.otherDirections) },
          ]}
        />
        <FilterSelect
          name="bureau"
          label={t("filters.bureau")}
          anyLabel={any}
          value={filter.bureau}
          options={facets.bureaus.map((b) => ({ value: b.code, label: b.name }))}
        />
        <FilterSelect
          name="section"
          label={t("filters.section")}
          anyLabel={any}
          value={filter.section}
          groups={facets.bureaus.map((b) => ({ label: b.name, options: plain(b.sections) }))}
        />
        <FilterSelect
          name="classification"
          label={t("filters.classification")}
          anyLabel={any}
          value={filter.classification}
          options={plain(facets.classifications)}
        />
        <FilterSelect
          name="status"
          label={t("filters.status")}
          anyLabel={any}
          value={filter.status}
          options={STATUS_KEYS.map((s) => ({ value: s, label: ts(s) }))}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-8 bg-key-900 px-6 py-3 font-bold text-white hover:bg-key-1000">
          {t("filters.apply")}
        </button>
        <a href={action} className="text-key-900 underline underline-offset-4">
          {t("filters.clear")}
        </a>
      </div>
    </form>
  );
}
