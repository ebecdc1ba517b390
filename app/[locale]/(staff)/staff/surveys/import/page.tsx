import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BulletList } from "@/components/public/bullet-list";
import { SurveyImportForm } from "@/components/surveys/survey-import-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { periodKey } from "@/lib/periods/period-key";
import { read } from "@/lib/read/page-data";
import { getOpenPeriod } from "@/lib/reports/list-my-items";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/lib/surveys/read-survey-file";
import { KPI_SHEET } from "@/lib/surveys/survey-workbook";
import { formatFiscalYearShortIn } from "@/lib/wareki";

export const generateMetadata = titleFromCatalog("surveyImport");

/** 調査票の取り込み: a section's survey workbook (or CSV) back in as drafts, after a preview of every row. */
export default async function SurveyImportPage({ params }: PageProps<"/[locale]/staff/surveys/import">) {
  const locale = await enterLocale(params);
  const actor = await getActor();
  if (!actor)
    return redirect({ href: { pathname: "/login", query: { callbackUrl: "/staff/surveys/import" } }, locale });
  if (!can(actor, "survey.import")) forbidden();
  const [t, tt, period] = await Promise.all([
    getTranslations("surveyImport"),
    getTranslations("term"),
    read((db) => getOpenPeriod(db)),
  ]);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <BulletList
        lines={[
          t("rules.files", { limitMb: MAX_FILE_BYTES / 1024 / 1024, rows: MAX_ROWS }),
          t("rules.drafts"),
          t("rules.untouched"),
        ]}
        className="flex flex-col gap-1"
      />
      {period ? (
        <>
          <a
            href={`/staff/surveys/${periodKey(period)}.xlsx`}
            download
            className="self-start text-key-900 underline underline-offset-4"
          >
            {t("download", { period: `${formatFiscalYearShortIn(period.fiscalYear, locale)} ${tt(period.term)}` })}
          </a>
          <SurveyImportForm maxBytes={MAX_FILE_BYTES} kpiSheet={KPI_SHEET} />
        </>
      ) : (
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("noPeriod")}</p>
      )}
    </div>
  );
}
