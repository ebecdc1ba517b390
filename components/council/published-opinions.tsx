import { getTranslations } from "next-intl/server";
import { ja } from "@/components/ui/ja";
import { Section } from "@/components/ui/section";
import { ITEM_VOICES_HEADING_ID } from "@/components/voices/item-voices";
import type { OpinionTarget } from "@/lib/council/opinions";
import { listPublishedOpinions } from "@/lib/council/published-opinions";
import { Link } from "@/lib/i18n/navigation";
import { currentLocale } from "@/lib/i18n/page-locale";
import { formatDate, formatFiscalYearIn } from "@/lib/wareki";

/**
 * Published council opinions with the city's answers, as a page section: one item's
 * (`itemNumber`), or all opinions given in the portal, each naming what it is on.
 */
export async function PublishedOpinions({ itemNumber }: { itemNumber?: number }) {
  const forItem = itemNumber !== undefined;
  const [t, tt, opinions, locale] = await Promise.all([
    getTranslations("opinions"),
    getTranslations("term"),
    listPublishedOpinions({ itemNumber }),
    currentLocale(),
  ]);
  const headingId = forItem ? "opinions-heading" : "portal-opinions-heading";
  const targetText = (target: OpinionTarget) =>
    target.kind === "item"
      ? t.rich("target.item", { number: target.number, title: target.title, ja })
      : t("target.period", { period: `${formatFiscalYearIn(target.fiscalYear, locale)} ${tt(target.term)}` });

  return (
    <Section
      headingId={headingId}
      title={forItem ? t("public.itemHeading") : t("public.councilHeading")}
      lead={!forItem && t("public.councilLead")}
    >
      {opinions.length === 0 ? (
        <p>{forItem ? t("public.itemEmpty") : t("public.councilEmpty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {opinions.map((o) => (
            <li key={o.id} className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-4">
              {!forItem &&
                (o.target.kind === "item" ? (
                  <p className="font-bold">
                    <Link href={`/items/${o.target.number}`} className="text-key-900 underline underline-offset-4">
                      {targetText(o.target)}
                    </Link>
                  </p>
                ) : (
                  <p className="font-bold">{targetText(o.target)}</p>
                ))}
              <dl className="flex flex-col gap-2">
                <div>
                  <dt className="text-sm font-bold text-solid-gray-800">{t("public.opinion")}</dt>
                  <dd lang="ja" className="whitespace-pre-wrap">
                    {o.body}
                  </dd>
                </div>
                <div className="border-l-4 border-key-900 pl-3">
                  <dt className="text-sm font-bold text-solid-gray-800">{t("public.response")}</dt>
                  <dd lang="ja" className="whitespace-pre-wrap">
                    {o.response}
                  </dd>
                </div>
              </dl>
              <p className="text-sm text-solid-gray-800">
                {t("public.dates", {
                  submitted: formatDate(o.createdAt, locale),
                  responded: o.respondedAt ? formatDate(o.respondedAt, locale) : "—",
                  published: formatDate(o.publishedAt, locale),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {forItem && (
        // Citizens reach this link first; it names who it is for and sends them to their own form.
        <p className="no-print">
          {t.rich("public.writeLink", {
            link: (chunks) => (
              <Link
                href={{ pathname: "/council/opinions", query: { item: itemNumber } }}
                className="text-key-900 underline underline-offset-4"
              >
                {chunks}
              </Link>
            ),
            voices: (chunks) => (
              <a href={`#${ITEM_VOICES_HEADING_ID}`} className="text-key-900 underline underline-offset-4">
                {chunks}
              </a>
            ),
          })}
        </p>
      )}
    </Section>
  );
}
