import { getTranslations } from "next-intl/server";
import { headingClass } from "@/components/ui/heading";
import { Link } from "@/lib/i18n/navigation";
import { currentLocale } from "@/lib/i18n/page-locale";
import type { ItemSummary } from "@/lib/items/types";
import { formatDate } from "@/lib/wareki";
import { StatusBadge } from "./status-badge";

export async function ItemList({ items }: { items: ItemSummary[] }) {
  const [t, tf, locale] = await Promise.all([getTranslations("items"), getTranslations("freshness"), currentLocale()]);
  return (
    <ol className="divide-y divide-solid-gray-420 border-y border-solid-gray-420" aria-label={t("listLabel")}>
      {items.map((item) => (
        <li key={item.number} className="render-near-screen py-4">
          <article className="flex flex-col gap-2" aria-labelledby={`item-${item.number}`}>
            <h3 id={`item-${item.number}`} className={headingClass.minor}>
              <Link
                href={`/items/${item.number}`}
                className="text-key-900 underline underline-offset-4 hover:decoration-2"
              >
                <span className="mr-2 text-solid-gray-800">{t("numberPrefix", { number: item.number })}</span>
                {/* The plan's own words stay Japanese in the English UI (WCAG 3.1.2). */}
                <span lang="ja">{item.title}</span>
              </Link>
            </h3>
            <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-solid-gray-800">
              <div className="flex gap-1">
                <dt className="font-bold">{t("fields.bureau")}</dt>
                <dd lang="ja">
                  {item.bureau.name}
                  {item.section ? ` ／ ${item.section}` : ""}
                </dd>
              </div>
              <div className="flex gap-1">
                <dt className="font-bold">{t("fields.area")}</dt>
                <dd>
                  {item.areaLabel ? <span lang="ja">{item.areaLabel}</span> : t("unclassified")}
                  {item.directionLabel && <span lang="ja">{` ／ ${item.directionLabel}`}</span>}
                </dd>
              </div>
              <div className="flex gap-1">
                <dt className="font-bold">{t("fields.status")}</dt>
                <dd className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={item.status} />
                  {item.progressPercent !== null && <span>{t("progress", { percent: item.progressPercent })}</span>}
                  {item.asOf && <span>{tf("asOf", { date: formatDate(item.asOf, locale) })}</span>}
                  {item.stale && (
                    <span className="rounded-4 border-2 border-solid-gray-800 px-2 font-bold">{tf("stale")}</span>
                  )}
                </dd>
              </div>
            </dl>
          </article>
        </li>
      ))}
    </ol>
  );
}
