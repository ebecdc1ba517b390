import { getTranslations } from "next-intl/server";
import {
  AddKpiForm,
  IndicatorWorkspace,
  MeasurabilityForm,
  ReviewKpiForm,
  VisionValueForm,
} from "@/components/indicators/indicator-forms";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-form";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { FactList } from "@/components/ui/staff-fact-list";
import { CountTable, Table } from "@/components/ui/table";
import { getPathname } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { formatFigure } from "@/lib/indicators/figure";
import {
  listIndicatorAdmin,
  MEASURABILITY_FILTERS,
  type MeasurabilityFilter,
  STATUS_FILTERS,
  type StatusFilter,
} from "@/lib/indicators/list-indicator-admin";
import { readPage } from "@/lib/read/page-data";
import { fiscalYearOf, formatFiscalYearIn, formatFiscalYearShortIn } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("indicators", "metaTitle");

const STATUS_STYLE: Record<string, string> = {
  proposed: "border-solid-gray-700 bg-solid-gray-50 text-solid-gray-900",
  confirmed: "border-key-900 bg-key-50 text-key-1000",
  rejected: "border-solid-gray-600 bg-white text-solid-gray-800",
};

const pick = <T extends string>(value: string | string[] | undefined, allowed: readonly T[], fallback: T): T =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

export default async function IndicatorsPage({ params, searchParams }: PageProps<"/[locale]/staff/indicators">) {
  const locale = await enterLocale(params);
  const query = await searchParams;
  const status = pick<StatusFilter>(query.status, STATUS_FILTERS, "proposed");
  const measurability = pick<MeasurabilityFilter>(query.measurability, MEASURABILITY_FILTERS, "all");
  const data = await readPage("/staff/indicators", listIndicatorAdmin, { status, measurability });
  const t = await getTranslations("indicators");

  const figure = (value: number | null, unit: string) =>
    value === null ? t("notSet") : t("valueWithUnit", { value: formatFigure(value), unit });
  const year = (fy: number | null) => (fy === null ? t("notSet") : formatFiscalYearShortIn(fy, locale));
  /** 「12.5%（令和5年度）」, or 「未設定」 without a value. */
  const figureAt = (value: number | null, fy: number | null, unit: string) =>
    value === null
      ? t("notSet")
      : fy === null
        ? figure(value, unit)
        : t("valueAt", { value: figure(value, unit), year: year(fy) });
  const itemLabel = (item: { number: number; title: string }) =>
    t("itemHeading", { number: item.number, title: item.title });
  const totalItems = Object.values(data.measurabilityCounts).reduce((sum, n) => sum + n, 0);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />

      <Section headingId="kpi-counts-heading" title={t("countsHeading")}>
        <p>
          {t("countsSummary", {
            total: totalItems,
            measurable: data.measurabilityCounts.measurable,
            partial: data.measurabilityCounts.partial,
            none: data.measurabilityCounts.none,
          })}
        </p>
        <div className="grid gap-4 md:grid-cols-2">
          <CountTable
            caption={t("measurabilityCaption")}
            labelHeader={t("columns.measurability")}
            countHeader={t("columns.items")}
            keys={["measurable", "partial", "none", "unset"] as const}
            label={(m) => (
              <>
                <span className="font-bold">{t(`measurability.${m}`)}</span>
                <span className="block text-sm text-solid-gray-800">{t(`measurabilityHelp.${m}`)}</span>
              </>
            )}
            count={(m) => t("itemsCount", { count: data.measurabilityCounts[m] })}
          />
          <CountTable
            caption={t("statusCaption")}
            labelHeader={t("columns.status")}
            countHeader={t("columns.kpis")}
            keys={["proposed", "confirmed", "rejected"] as const}
            label={(s) => t(`status.${s}`)}
            count={(s) => t("kpisCount", { count: data.statusCounts[s] })}
          />
        </div>
      </Section>

      <IndicatorWorkspace reloadHref={getPathname({ href: "/staff/indicators", locale })}>
        <Section
          headingId="kpi-items-heading"
          title={t("itemsHeading")}
          className="flex flex-col gap-6"
          lead={t("itemsLead")}
        >
          <form
            method="get"
            className="flex flex-wrap items-end gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
          >
            <FilterSelect
              id="kpi-filter-status"
              name="status"
              label={t("filter.status")}
              value={status}
              options={STATUS_FILTERS.map((s) => ({ value: s, label: t(`filter.statusOptions.${s}`) }))}
            />
            <FilterSelect
              id="kpi-filter-measurability"
              name="measurability"
              label={t("filter.measurability")}
              value={measurability}
              options={MEASURABILITY_FILTERS.map((m) => ({
                value: m,
                label: m === "all" ? t("filter.all") : t(`measurability.${m}`),
              }))}
            />
            <button type="submit" className={buttonClass.primary}>
              {t("filter.apply")}
            </button>
          </form>
          <p role="status">{t("filter.result", { count: data.items.length })}</p>

          {data.items.length === 0 ? (
            <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("noItems")}</p>
          ) : (
            <ul className="flex flex-col gap-6">
              {data.items.map((item) => (
                <li key={item.number}>
                  <article
                    aria-labelledby={`kpi-item-${item.number}`}
                    className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4"
                  >
                    <h3 id={`kpi-item-${item.number}`} className={headingClass.subsection}>
                      {itemLabel(item)}
                    </h3>
                    <FactList
                      facts={[
                        { key: "section", term: t("fields.section"), value: item.section ?? t("notSet") },
                        {
                          key: "target",
                          term: t("fields.target"),
                          value: item.target || t("notSet"),
                          valueClassName: "whitespace-pre-wrap",
                        },
                      ]}
                    />
                    <MeasurabilityForm
                      itemNumber={item.number}
                      measurability={item.measurability}
                      target={itemLabel(item)}
                    />
                    {item.kpis.length === 0 ? (
                      <p>{t("noKpis")}</p>
                    ) : (
                      item.kpis.map((kpi) => {
                        const target = t("kpiTarget", { number: item.number, name: kpi.name });
                        return (
                          // Not a landmark: two items may share a KPI name (利用率).
                          <div key={kpi.id} className="flex flex-col gap-3 border-t border-solid-gray-420 pt-4">
                            <h4
                              id={`kpi-${kpi.id}-heading`}
                              className={`flex flex-wrap items-center gap-3 ${headingClass.minor}`}
                            >
                              {kpi.name}
                              <span
                                className={`inline-block rounded-full border px-2 py-0.5 text-sm font-bold ${STATUS_STYLE[kpi.status]}`}
                              >
                                {t(`status.${kpi.status}`)}
                              </span>
                            </h4>
                            <p className="text-sm text-solid-gray-800">
                              {t("kpiSummary", {
                                baseline: figureAt(kpi.baselineValue, kpi.baselineYear, kpi.unit),
                                target: figureAt(kpi.targetValue, kpi.targetYear, kpi.unit),
                              })}
                            </p>
                            {kpi.sourceText && (
                              <p className="text-sm text-solid-gray-800">{t("sourceText", { text: kpi.sourceText })}</p>
                            )}
                            {kpi.values > 0 && (
                              <p className="text-sm text-solid-gray-800">{t("valuesCount", { count: kpi.values })}</p>
                            )}
                            <ReviewKpiForm
                              indicatorId={kpi.id}
                              updatedAt={kpi.updatedAt}
                              status={kpi.status}
                              kpi={kpi}
                              target={target}
                            />
                          </div>
                        );
                      })
                    )}
                  </article>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section headingId="kpi-add-heading" title={t("addHeading")} lead={t("addLead")}>
          <AddKpiForm />
        </Section>

        <Section
          headingId="kpi-vision-heading"
          title={t("visionHeading")}
          className="flex flex-col gap-6"
          lead={t("visionLead")}
        >
          {data.vision.map((v) => (
            <article
              key={v.id}
              aria-labelledby={`vision-${v.id}-heading`}
              className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4"
            >
              <h3 id={`vision-${v.id}-heading`} className={headingClass.subsection}>
                {v.name}
              </h3>
              <p className="text-sm text-solid-gray-800">{v.description}</p>
              <p>
                {t("visionSummary", {
                  baseline: figureAt(v.baselineValue, v.baselineYear, v.unit),
                  target: v.targetText,
                })}
              </p>
              {v.values.length === 0 ? (
                <p>{t("noActuals")}</p>
              ) : (
                <Table
                  caption={t("actualsCaption", { name: v.name })}
                  columns={[
                    {
                      key: "fiscalYear",
                      header: t("columns.fiscalYear"),
                      rowHeader: true,
                      cell: (value) => formatFiscalYearIn(value.fiscalYear, locale),
                    },
                    {
                      key: "actual",
                      header: t("columns.actual"),
                      numeric: true,
                      cell: (value) => figure(value.value, v.unit),
                    },
                    { key: "note", header: t("columns.note"), cell: (value) => value.note ?? "" },
                  ]}
                  rows={v.values}
                  rowKey={(value) => value.fiscalYear}
                />
              )}
              <VisionValueForm indicatorId={v.id} target={v.name} defaultFiscalYear={fiscalYearOf(new Date())} />
            </article>
          ))}
        </Section>
      </IndicatorWorkspace>
    </div>
  );
}
