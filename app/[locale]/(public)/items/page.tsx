import { getTranslations } from "next-intl/server";
import { ItemFilterForm } from "@/components/items/item-filter-form";
import { ItemList } from "@/components/items/item-list";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { filterItems, filterToQuery, hasFilter, parseItemFilter } from "@/lib/items/filter";
import { listFacets } from "@/lib/items/list-facets";
import { listItems, listReportText } from "@/lib/items/list-items";

export const generateMetadata = titleFromCatalog("items");

export default async function ItemsPage({ params, searchParams }: PageProps<"/[locale]/items">) {
  await enterLocale(params);
  const filter = parseItemFilter(await searchParams);
  const [t, items, facets, reportText] = await Promise.all([
    getTranslations("items"),
    listItems(),
    listFacets(),
    listReportText(),
  ]);
  const results = filterItems(items, filter, reportText);
  const query = filterToQuery(filter);
  // When a keyword finds nothing under the chosen filters, offer the same keyword across all items.
  const keywordOnly = filter.q && results.length === 0 ? parseItemFilter({ q: filter.q }) : null;
  const keywordOnlyCount = keywordOnly ? filterItems(items, keywordOnly, reportText).length : 0;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead", { count: items.length })} />
      <ItemFilterForm facets={facets} filter={filter} />
      <section aria-labelledby="results-heading" className="flex flex-col gap-4">
        <h2 id="results-heading" className={headingClass.section} aria-live="polite">
          {hasFilter(filter)
            ? t("resultCountFiltered", { count: results.length, total: items.length })
            : t("resultCount", { count: results.length })}
        </h2>
        {hasFilter(filter) && (
          <p className="text-sm text-solid-gray-800">
            {t("shareHint")} <code className="break-all">/items?{query}</code>
          </p>
        )}
        {results.length === 0 ? (
          <div className="flex flex-col gap-2">
            <p>{t("noResults")}</p>
            {keywordOnly && keywordOnlyCount > 0 && (
              <p>
                <Link
                  href={`/items?${filterToQuery(keywordOnly)}`}
                  className="text-key-900 underline underline-offset-4"
                >
                  {t("keywordOnly", { q: filter.q!, count: keywordOnlyCount })}
                </Link>
              </p>
            )}
          </div>
        ) : (
          <ItemList items={results} />
        )}
      </section>
    </div>
  );
}
