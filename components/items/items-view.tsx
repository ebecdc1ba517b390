import { getTranslations } from "next-intl/server";
import { ItemFilterForm } from "@/components/items/item-filter-form";
import { ItemList } from "@/components/items/item-list";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import type { PageQuery } from "@/lib/http/page-cache";
import { Link } from "@/lib/i18n/navigation";
import { filterItems, filterToQuery, hasFilter, parseItemFilter, parseItemSort, sortItems } from "@/lib/items/filter";
import { listFacets } from "@/lib/items/list-facets";
import { listItems, listReportText } from "@/lib/items/list-items";

/**
 * The item list for a query: the cached /items page renders it without one, its per-request
 * twin (lib/http/page-cache.ts) with the visitor's filters and order.
 */
export async function ItemsView({ query }: { query: PageQuery }) {
  const filter = parseItemFilter(query);
  const sort = parseItemSort(query.sort);
  const [t, items, facets, reportText] = await Promise.all([
    getTranslations("items"),
    listItems(),
    listFacets(),
    listReportText(),
  ]);
  const results = sortItems(filterItems(items, filter, reportText), sort);
  const shared = filterToQuery(filter, sort);
  // When a keyword finds nothing under the chosen filters, offer the same keyword across all items.
  const keywordOnly = filter.q && results.length === 0 ? parseItemFilter({ q: filter.q }) : null;
  const keywordOnlyCount = keywordOnly ? filterItems(items, keywordOnly, reportText).length : 0;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead", { count: items.length })} />
      <ItemFilterForm facets={facets} filter={filter} sort={sort} />
      <section aria-labelledby="results-heading" className="flex flex-col gap-4">
        <h2 id="results-heading" className={headingClass.section} aria-live="polite">
          {hasFilter(filter)
            ? t("resultCountFiltered", { count: results.length, total: items.length })
            : t("resultCount", { count: results.length })}
        </h2>
        {shared && (
          <p className="text-sm text-solid-gray-800">
            {t("shareHint")} <code className="break-all">/items?{shared}</code>
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
