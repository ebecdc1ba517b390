import { getTranslations } from "next-intl/server";
import type { ItemFacets } from "@/lib/items/list-facets";
import type { ItemFilter } from "@/lib/items/filter";
import { STATUS_KEYS } from "@/lib/reports/vocabulary";

const fieldClass = "w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-base";
const labelClass = "flex flex-col gap-1 font-bold";

/** A plain GET form: filters land in the URL, so a link reproduces the view, with or without JavaScript. */
export async function ItemFilterForm({ facets, filter }: { facets: ItemFacets; filter: ItemFilter }) {
  const t = await getTranslations("items");
  const ts = await getTranslations("status");
  return (
    <form method="get" action="/items" role="search" aria-label={t("filterHeading")} className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4">
      <label className={labelClass}>
        {t("filters.q")}
        <span className="text-sm font-normal text-solid-gray-700" id="q-hint">{t("filters.qHint")}</span>
        <input type="search" name="q" defaultValue={filter.q ?? ""} className={fieldClass} aria-describedby="q-hint" />
      </label>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <label className={labelClass}>
          {t("filters.area")}
          <select name="area" defaultValue={filter.area ?? ""} className={fieldClass}>
            <option value="">{t("filters.any")}</option>
            {facets.areas.map((a) => (
              <option key={a.name} value={a.name}>{a.name}</option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t("filters.direction")}
          <select name="direction" defaultValue={filter.direction ?? ""} className={fieldClass}>
            <option value="">{t("filters.any")}</option>
            {facets.areas.map((a) => (
              <optgroup key={a.name} label={a.name}>
                {a.directions.map((d) => (
                  <option key={d} value={d}>{d}</option>
                ))}
              </optgroup>
            ))}
            {facets.otherDirections.length > 0 && (
              <optgroup label={t("filters.otherDirections")}>
                {facets.otherDirections.map((d) => (
                  <option key={d} value={d}>{d}</option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <label className={labelClass}>
          {t("filters.bureau")}
          <select name="bureau" defaultValue={filter.bureau ?? ""} className={fieldClass}>
            <option value="">{t("filters.any")}</option>
            {facets.bureaus.map((b) => (
              <option key={b.code} value={b.code}>{b.name}</option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t("filters.section")}
          <select name="section" defaultValue={filter.section ?? ""} className={fieldClass}>
            <option value="">{t("filters.any")}</option>
            {facets.bureaus.map((b) => (
              <optgroup key={b.code} label={b.name}>
                {b.sections.map((s) => (
                  <option key={s} value={s}>{s}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t("filters.classification")}
          <select name="classification" defaultValue={filter.classification ?? ""} className={fieldClass}>
            <option value="">{t("filters.any")}</option>
            {facets.classifications.map((c) => (
              <option key={c} value={c}>{c}</option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t("filters.status")}
          <select name="status" defaultValue={filter.status ?? ""} className={fieldClass}>
            <option value="">{t("filters.any")}</option>
            {STATUS_KEYS.map((s) => (
              <option key={s} value={s}>{ts(s)}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-8 bg-key-900 px-6 py-3 font-bold text-white hover:bg-key-1000">
          {t("filters.apply")}
        </button>
        <a href="/items" className="text-key-900 underline underline-offset-4">{t("filters.clear")}</a>
      </div>
    </form>
  );
}
