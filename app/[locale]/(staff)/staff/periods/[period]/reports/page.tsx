import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/council/print-button";
import { DefinitionList } from "@/components/public/definition-list";
import { PeriodOverviewReport } from "@/components/staff/period-overview-report";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getPathname } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { readPage } from "@/lib/read/page-data";
import { getPeriodOverview, OVERVIEW_EVALUATIONS } from "@/lib/reports/period-overview";
import { TRACKER_STATES } from "@/lib/reports/submission-tracker";
import { formatDate, formatFiscalYearShortIn } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("staff.periodOverview", "metaTitle");

/** 期間の報告一覧: every item's report for a period, filtered in the URL, clean on A4 through the browser's print. */
export default async function PeriodOverviewPage({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/periods/[period]/reports">) {
  await enterLocale(params);
  const { period: key } = await params;
  const path = `/staff/periods/${key}/reports`;
  const { period, filter, bureaus, items, total } = await readPage(path, getPeriodOverview, {
    period: key,
    filter: await searchParams,
  });
  const [t, tt, tr, te, locale] = await Promise.all([
    getTranslations("staff.periodOverview"),
    getTranslations("term"),
    getTranslations("reportState"),
    getTranslations("evaluation"),
    getLocale(),
  ]);
  const label = `${formatFiscalYearShortIn(period.fiscalYear, locale)} ${tt(period.term)}`;
  const bureauName = new Map(bureaus.map((b) => [b.code, b.name]));
  const reported = items.flatMap((item) => (item.report ? [{ item, report: item.report }] : []));
  const missing = items.filter((item) => item.report === null);
  const evaluationLabel = (value: (typeof OVERVIEW_EVALUATIONS)[number]) =>
    value === "none" ? t("unrated") : t("evaluationOption", { key: value, label: te(value) });
  // On paper the form is gone, so the chosen filter is written out.
  const condition =
    [
      filter.bureau && (bureauName.get(filter.bureau) ?? filter.bureau),
      filter.section,
      filter.state && tr(filter.state),
      filter.evaluation && `${t("evaluation")} ${evaluationLabel(filter.evaluation)}`,
    ]
      .filter(Boolean)
      .join("・") || t("conditionAll");

  return (
    <article className="print-report flex flex-col gap-8">
      <PageHeader title={t("title", { period: label })} lead={t("lead")} />
      <DefinitionList
        className="gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]"
        items={[
          {
            label: t("periodLabel"),
            value: t("periodValue", { period: label, status: t(`periodStatus.${period.status}`) }),
          },
          { label: t("dueLabel"), value: formatDate(period.dueOn, locale) },
          { label: t("printedLabel"), value: formatDate(new Date(), locale) },
          { label: t("conditionLabel"), value: condition },
        ]}
      />

      <FilterForm
        action={getPathname({ href: path, locale })}
        label={t("filterLabel")}
        applyLabel={t("apply")}
        clearLabel={t("clear")}
        className="no-print"
      >
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <FilterSelect
            name="bureau"
            label={t("bureau")}
            anyLabel={t("any")}
            value={filter.bureau}
            options={bureaus.map((b) => ({ value: b.code, label: b.name }))}
          />
          <FilterSelect
            name="section"
            label={t("section")}
            anyLabel={t("any")}
            value={filter.section}
            groups={bureaus.map((b) => ({
              label: b.name,
              options: b.sections.map((name) => ({ value: name, label: name })),
            }))}
          />
          <FilterSelect
            name="state"
            label={t("state")}
            anyLabel={t("any")}
            value={filter.state}
            options={TRACKER_STATES.map((state) => ({ value: state, label: tr(state) }))}
          />
          <FilterSelect
            name="evaluation"
            label={t("evaluation")}
            anyLabel={t("any")}
            value={filter.evaluation}
            options={OVERVIEW_EVALUATIONS.map((value) => ({ value, label: evaluationLabel(value) }))}
          />
        </div>
      </FilterForm>

      <div className="flex flex-wrap items-center gap-4">
        <p className="text-std-18B-160">
          {t("summary", { total, shown: items.length, reported: reported.length, missing: missing.length })}
        </p>
        <PrintButton label={t("print")} />
      </div>

      {items.length === 0 ? (
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("empty")}</p>
      ) : (
        <>
          {reported.length > 0 && (
            <Section
              headingId="overview-reports-heading"
              title={t("reportsHeading", { count: reported.length })}
              className="flex flex-col gap-6"
            >
              {reported.map(({ item, report }) => (
                <PeriodOverviewReport
                  key={item.number}
                  item={item}
                  report={report}
                  bureauName={bureauName.get(item.bureau) ?? item.bureau}
                />
              ))}
            </Section>
          )}
          {missing.length > 0 && (
            <Section
              headingId="overview-missing-heading"
              title={t("missingHeading", { count: missing.length })}
              lead={t("missingLead")}
              className="flex flex-col gap-2"
            >
              <ul className="grid gap-x-6 gap-y-0.5 text-sm sm:grid-cols-2 print:grid-cols-2">
                {missing.map((item) => (
                  <li key={item.number} className="break-inside-avoid">
                    {t("missingItem", {
                      number: item.number,
                      title: item.title,
                      section: item.section ?? t("noSection"),
                    })}
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </>
      )}
    </article>
  );
}
