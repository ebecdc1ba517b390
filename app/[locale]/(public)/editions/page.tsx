import { getTranslations } from "next-intl/server";
import { FigureList } from "@/components/public/definition-list";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { listEditions } from "@/lib/editions/list-editions";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { formatDate, formatFiscalYearShortIn } from "@/lib/wareki";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
export const revalidate = 10;

export const generateMetadata = titleFromCatalog("editions");

export default async function EditionsPage({ params }: PageProps<"/[locale]/editions">) {
  const locale = await enterLocale(params);
  const [t, tt, editions] = await Promise.all([getTranslations("editions"), getTranslations("term"), listEditions()]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      {editions.length === 0 ? (
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {editions.map((edition) => {
            const period = `${formatFiscalYearShortIn(edition.fiscalYear, locale)} ${tt(edition.term)}`;
            const { overall } = edition;
            const numbers: [string, string][] = [
              [t("summary.items"), t("count", { count: overall.items })],
              [t("summary.reported"), t("count", { count: overall.reported })],
              [t("summary.current"), t("count", { count: overall.current })],
              [t("summary.completed"), t("count", { count: overall.byStatus.completed })],
              [
                t("summary.meanProgress"),
                overall.meanProgress === null ? t("none") : t("percent", { value: overall.meanProgress }),
              ],
              [t("summary.changedItems"), t("count", { count: edition.changedItems })],
            ];
            return (
              <li key={edition.key} className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4">
                <h2 className={headingClass.subsection}>
                  <Link href={`/editions/${edition.key}`} className="text-key-900 underline underline-offset-4">
                    {t("name", { period })}
                  </Link>
                </h2>
                <p className="text-sm">
                  <time dateTime={edition.frozenAt}>
                    {t("frozenOn", { date: formatDate(edition.frozenAt, locale) })}
                  </time>
                </p>
                <FigureList figures={numbers} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
