import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { currentLocale } from "@/lib/i18n/page-locale";
import type { ItemSummary } from "@/lib/items/types";
import { formatDate } from "@/lib/wareki";
import { StatusBadge } from "./status-badge";

export async function ItemList({ items }: { items: ItemSummary[] }) {
  const [t, tf, locale] = await Promise.all([getTranslations("items"), getTranslations("freshness"), currentLocale()]);
  // The plan's own words stay Japanese in the English UI and are marked so there (WCAG 3.1.2); a
  // Japanese page needs no mark, and 118 rows are lighter without three spans each.
  const ja = (text: string) => (locale === "ja" ? text : <span lang="ja">{text}</span>);
  return (
    // Styled once for all rows by `.item-list` (app/globals.css), not on each of 118 rows.
    <ol className="item-list" aria-label={t("listLabel")}>
      {items.map((item) => (
        <li key={item.number} className="render-near-screen">
          <article aria-labelledby={`item-${item.number}`}>
            <h3 id={`item-${item.number}`}>
              <Link href={`/items/${item.number}`}>
                <span className="item-number">{t("numberPrefix", { number: item.number })}</span>
                {ja(item.title)}
              </Link>
            </h3>
            <dl>
              <div>
                <dt>{t("fields.bureau")}</dt>
                <dd lang="ja">
                  {item.bureau.name}
                  {item.section ? ` ／ ${item.section}` : ""}
                </dd>
              </div>
              <div>
                <dt>{t("fields.area")}</dt>
                <dd>
                  {item.areaLabel ? ja(item.areaLabel) : t("unclassified")}
                  {item.directionLabel && ja(` ／ ${item.directionLabel}`)}
                </dd>
              </div>
              <div>
                <dt>{t("fields.status")}</dt>
                <dd className="item-state">
                  <StatusBadge status={item.status} />
                  {item.progressPercent !== null && <span>{t("progress", { percent: item.progressPercent })}</span>}
                  {item.asOf && <span>{tf("asOf", { date: formatDate(item.asOf, locale) })}</span>}
                  {item.stale && <span className="item-stale">{tf("stale")}</span>}
                </dd>
              </div>
            </dl>
          </article>
        </li>
      ))}
    </ol>
  );
}
