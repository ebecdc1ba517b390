import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { periodKey, periodLabel } from "@/lib/periods/period-key";
import { readPage } from "@/lib/read/page-data";
import { listInternalPeriods } from "@/lib/rollup/get-summary";

export const generateMetadata = titleFromCatalog("councilReport", "indexTitle");

/** The periods a council report can be printed for, newest first. */
export default async function CouncilReportIndexPage({ params }: PageProps<"/[locale]/council/report">) {
  await enterLocale(params);
  const periods = await readPage("/council/report", listInternalPeriods);
  const t = await getTranslations("councilReport");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("indexTitle")} lead={t("indexLead")} />
      {periods.length === 0 ? (
        <p>{t("noPeriods")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {periods.toReversed().map((p) => (
            <li key={p.id}>
              <Link href={`/council/report/${periodKey(p)}`}>{t("title", { period: periodLabel(p) })}</Link>（
              {t(`periodStatus.${p.status}`)}）
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
