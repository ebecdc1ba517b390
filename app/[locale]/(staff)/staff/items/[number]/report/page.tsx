import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LinkNav } from "@/components/layout/link-nav";
import { keptDraftKey } from "@/components/reports/kept-draft";
import { WithdrawableReportForm } from "@/components/reports/withdraw-report-form";
import { headingClass } from "@/components/ui/heading";
import type { PeriodTerm } from "@/lib/generated/prisma/enums";
import { getPathname } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { readPage } from "@/lib/read/page-data";
import { getReportForm } from "@/lib/reports/get-report-form";
import { isEvaluation, isItemStatus } from "@/lib/reports/vocabulary";
import { formatDate, formatFiscalYearShortIn } from "@/lib/wareki";

type Props = PageProps<"/[locale]/staff/items/[number]/report">;

// Title only: the item's name is shown after the permission check, never in metadata.
export const generateMetadata = titleFromCatalog("reportForm", "metaTitle");

export default async function ReportPage({ params }: Props) {
  const locale = await enterLocale(params);
  const { number } = await params;
  if (!/^\d{1,6}$/.test(number)) notFound();
  const itemNumber = Number(number);
  const path = `/staff/items/${itemNumber}/report`;

  const form = await readPage(path, getReportForm, itemNumber);
  const { item, period, report, lastPublished, editable } = form;

  const [t, tt, te, ts] = await Promise.all([
    getTranslations("reportForm"),
    getTranslations("term"),
    getTranslations("evaluation"),
    getTranslations("status"),
  ]);
  const periodLabel = (fy: number, term: PeriodTerm) => `${formatFiscalYearShortIn(fy, locale)} ${tt(term)}`;

  return (
    <div className="flex flex-col gap-8">
      <LinkNav label={t("backHome")} links={[{ href: "/staff", text: t("backHome") }]} />
      <header className="flex flex-col gap-2">
        <h1 className={headingClass.page}>{t("heading", { number: item.number, title: item.title })}</h1>
        {item.section && <p className="text-std-16N-170">{t("sectionLabel", { section: item.section })}</p>}
        {period && (
          <p className="text-std-16B-170 text-solid-gray-900">
            {t("period", { period: periodLabel(period.fiscalYear, period.term) })}
            <span className="ml-4">{t("due", { date: formatDate(period.dueOn, locale) })}</span>
          </p>
        )}
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="flex flex-col gap-6">
          <section aria-labelledby="target-heading" className="rounded-12 border-2 border-key-900 bg-key-50 p-4">
            <h2 id="target-heading" className={headingClass.subsection}>
              {t("targetHeading")}
            </h2>
            <p className="mt-2 text-std-16N-170 whitespace-pre-wrap">{item.target || t("targetMissing")}</p>
          </section>

          <section
            aria-labelledby="last-published-heading"
            className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4"
          >
            <h2 id="last-published-heading" className={headingClass.subsection}>
              {t("lastPublishedHeading")}
            </h2>
            {!lastPublished ? (
              <p>{t("noLastPublished")}</p>
            ) : (
              <>
                <p className="text-std-16B-170">
                  {t("lastPublishedPeriod", { period: periodLabel(lastPublished.fiscalYear, lastPublished.term) })}
                </p>
                <dl className="flex flex-col gap-2">
                  <div>
                    <dt className="font-bold">{t("fields.status")}</dt>
                    <dd>{isItemStatus(lastPublished.status) ? ts(lastPublished.status) : t("notSet")}</dd>
                  </div>
                  <div>
                    <dt className="font-bold">{t("fields.evaluation")}</dt>
                    <dd>
                      {isEvaluation(lastPublished.evaluation)
                        ? `${lastPublished.evaluation} ${te(lastPublished.evaluation)}`
                        : t("notSet")}
                    </dd>
                  </div>
                  <div>
                    <dt className="font-bold">{t("fields.progressPercent")}</dt>
                    <dd>
                      {lastPublished.progressPercent === null
                        ? t("notSet")
                        : t("percentValue", { value: lastPublished.progressPercent })}
                    </dd>
                  </div>
                  {(["achievements", "issues", "nextSteps"] as const).map((name) => (
                    <div key={name}>
                      <dt className="font-bold">{t(`fields.${name}`)}</dt>
                      <dd className="whitespace-pre-wrap">{lastPublished[name] || t("notSet")}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
          </section>
        </div>

        <WithdrawableReportForm
          itemNumber={item.number}
          report={report}
          editable={editable}
          hasPeriod={period !== null}
          reloadHref={getPathname({ href: path, locale })}
          loginHref={getPathname({ href: { pathname: "/login", query: { callbackUrl: path } }, locale })}
          draftKey={period ? keptDraftKey(form.viewerId, item.number, period.id) : null}
          kpis={form.kpis}
        />
      </div>
    </div>
  );
}
