import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import {
  AddKpiForm,
  IndicatorWorkspace,
  MeasurabilityForm,
  ReviewKpiForm,
  VisionValueForm,
} from "@/components/indicators/indicator-forms";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
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
import { fiscalYearOf, formatFiscalYear, formatFiscalYearShort } from "@/lib/wareki";

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
  const listed = await readPage("/staff/indicators", listIndicatorAdmin, { status, measurability });
  if (!listed.ok) return <ForbiddenNotice />;
  const data = listed.data;
  const t = await getTranslations("indicators");

  const figure = (value: number | null, unit: string) =>
    value === null ? t("notSet") : t("valueWithUnit", { value: formatFigure(value), unit });
  const year = (fy: number | null) => (fy === null ? t("notSet") : formatFiscalYearShort(fy));
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

      <section aria-labelledby="kpi-counts-heading" className="flex flex-col gap-4">
        <h2 id="kpi-counts-heading" className={headingClass.section}>
          {t("countsHeading")}
        </h2>
        <p>
          {t("countsSummary", {
            total: totalItems,
            measurable: data.measurabilityCounts.measurable,
            partial: data.measurabilityCounts.partial,
            none: data.measurabilityCounts.none,
          })}
        </p>
        <div className="grid gap-4 md:grid-cols-2">
          <table className="w-full border-collapse">
            <caption className="mb-2 text-left font-bold">{t("measurabilityCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-solid-gray-800">
                <th scope="col" className="px-3 py-2 text-left">
                  {t("columns.measurability")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("columns.items")}
                </th>
              </tr>
            </thead>
            <tbody>
              {(["measurable", "partial", "none", "unset"] as const).map((m) => (
                <tr key={m} className="border-b border-solid-gray-420">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <span className="font-bold">{t(`measurability.${m}`)}</span>
                    <span className="block text-sm text-solid-gray-800">{t(`measurabilityHelp.${m}`)}</span>
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {t("itemsCount", { count: data.measurabilityCounts[m] })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="w-full border-collapse self-start">
            <caption className="mb-2 text-left font-bold">{t("statusCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-solid-gray-800">
                <th scope="col" className="px-3 py-2 text-left">
                  {t("columns.status")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("columns.kpis")}
                </th>
              </tr>
            </thead>
            <tbody>
              {(["proposed", "confirmed", "rejected"] as const).map((s) => (
                <tr key={s} className="border-b border-solid-gray-420">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {t(`status.${s}`)}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {t("kpisCount", { count: data.statusCounts[s] })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <IndicatorWorkspace reloadHref={getPathname({ href: "/staff/indicators", locale })}>
        <section aria-labelledby="kpi-items-heading" className="flex flex-col gap-6">
          <h2 id="kpi-items-heading" className={headingClass.section}>
            {t("itemsHeading")}
          </h2>
          <p>{t("itemsLead")}</p>
          <form
            method="get"
            className="flex flex-wrap items-end gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
          >
            <div className="flex flex-col gap-1">
              <label htmlFor="kpi-filter-status" className="font-bold">
                {t("filter.status")}
              </label>
              <select
                id="kpi-filter-status"
                name="status"
                defaultValue={status}
                className="rounded-8 border border-solid-gray-600 bg-white px-3 py-2"
              >
                {STATUS_FILTERS.map((s) => (
                  <option key={s} value={s}>
                    {t(`filter.statusOptions.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="kpi-filter-measurability" className="font-bold">
                {t("filter.measurability")}
              </label>
              <select
                id="kpi-filter-measurability"
                name="measurability"
                defaultValue={measurability}
                className="rounded-8 border border-solid-gray-600 bg-white px-3 py-2"
              >
                {MEASURABILITY_FILTERS.map((m) => (
                  <option key={m} value={m}>
                    {m === "all" ? t("filter.all") : t(`measurability.${m}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded-8 bg-key-900 px-6 py-2 font-bold text-white hover:bg-key-1000">
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
                    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
                      <div className="contents">
                        <dt className="font-bold">{t("fields.section")}</dt>
                        <dd>{item.section ?? t("notSet")}</dd>
                      </div>
                      <div className="contents">
                        <dt className="font-bold">{t("fields.target")}</dt>
                        <dd className="whitespace-pre-wrap">{item.target || t("notSet")}</dd>
                      </div>
                    </dl>
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
        </section>

        <section aria-labelledby="kpi-add-heading" className="flex flex-col gap-4">
          <h2 id="kpi-add-heading" className={headingClass.section}>
            {t("addHeading")}
          </h2>
          <p>{t("addLead")}</p>
          <AddKpiForm />
        </section>

        <section aria-labelledby="kpi-vision-heading" className="flex flex-col gap-6">
          <h2 id="kpi-vision-heading" className={headingClass.section}>
            {t("visionHeading")}
          </h2>
          <p>{t("visionLead")}</p>
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
                <table className="w-full border-collapse">
                  <caption className="mb-2 text-left font-bold">{t("actualsCaption", { name: v.name })}</caption>
                  <thead>
                    <tr className="border-b-2 border-solid-gray-800">
                      <th scope="col" className="px-3 py-2 text-left">
                        {t("columns.fiscalYear")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        {t("columns.actual")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-left">
                        {t("columns.note")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {v.values.map((value) => (
                      <tr key={value.fiscalYear} className="border-b border-solid-gray-420">
                        <th scope="row" className="px-3 py-2 text-left font-normal">
                          {formatFiscalYear(value.fiscalYear)}
                        </th>
                        <td className="px-3 py-2 text-right tabular-nums">{figure(value.value, v.unit)}</td>
                        <td className="px-3 py-2">{value.note ?? ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <VisionValueForm indicatorId={v.id} target={v.name} defaultFiscalYear={fiscalYearOf(new Date())} />
            </article>
          ))}
        </section>
      </IndicatorWorkspace>
    </div>
  );
}
