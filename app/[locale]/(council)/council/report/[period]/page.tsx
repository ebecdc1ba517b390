import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { PrintButton } from "@/components/council/print-button";
import { StatusBadge } from "@/components/items/status-badge";
import { StatusBreakdown } from "@/components/progress/status-breakdown";
import { headingClass } from "@/components/ui/heading";
import { listOpinionsForCouncil } from "@/lib/council/opinions";
import { enterLocale } from "@/lib/i18n/page-locale";
import { periodLabel } from "@/lib/periods/period-key";
import { read, readPage } from "@/lib/read/page-data";
import { STATUS_KEYS } from "@/lib/reports/vocabulary";
import { getInternalSummary, resolvePeriodKey } from "@/lib/rollup/get-summary";
import type { ItemState } from "@/lib/rollup/item-states";
import { ACHIEVEMENT_KEYS, EVALUATION_KEYS, kpiAchievementRate } from "@/lib/rollup/rollup";
import { formatJapaneseDate } from "@/lib/wareki";

export async function generateMetadata({ params }: PageProps<"/[locale]/council/report/[period]">): Promise<Metadata> {
  await enterLocale(params);
  const t = await getTranslations("councilReport");
  return { title: t("metaTitle") };
}

const th = "border border-solid-gray-600 bg-solid-gray-50 px-2 py-1 text-left font-bold";
const cell = "border border-solid-gray-600 px-2 py-1 align-top";
const td = `${cell} text-left`;
const num = `${cell} text-right tabular-nums`;

/** 会議資料: one period's progress for the council, clean on A4 through the browser's print. */
export default async function CouncilReportPage({ params }: PageProps<"/[locale]/council/report/[period]">) {
  await enterLocale(params);
  const { period: key } = await params;
  // An unknown period is a 404, but only after the policy has been asked.
  const internal = await readPage(`/council/report/${key}`, getInternalSummary, (await resolvePeriodKey(key)) ?? null);
  if (!internal.ok) return <ForbiddenNotice />;
  const summary = internal.data;
  const allOpinions = await read(listOpinionsForCouncil);
  const period = summary.period!;
  // Opinions on items, and those on this period; oldest first as a meeting reads them.
  const opinions = allOpinions
    .filter(
      (o) => o.target.kind === "item" || (o.target.fiscalYear === period.fiscalYear && o.target.term === period.term),
    )
    .reverse();
  const [t, ts, te, ta] = await Promise.all([
    getTranslations("councilReport"),
    getTranslations("status"),
    getTranslations("evaluation"),
    getTranslations("achievement"),
  ]);
  const o = summary.overall;
  const label = periodLabel(period);
  const evaluationLabel = (key: (typeof EVALUATION_KEYS)[number]) =>
    key === "not_reported" ? ts("not_reported") : key === "unrated" ? t("unrated") : `${key} ${te(key)}`;
  const evaluationCell = (item: ItemState) =>
    item.evaluation ? `${item.evaluation} ${te(item.evaluation)}` : item.status === "not_reported" ? "—" : t("unrated");
  const areaGroups = [
    ...summary.areas.map((area) => ({ name: area.name, items: summary.items.filter((i) => i.area === area.name) })),
    { name: t("noArea"), items: summary.items.filter((i) => i.area === null) },
  ].filter((g) => g.items.length > 0);
  const delayed = summary.items.filter((i) => i.evaluation === "C" || i.evaluation === "D");
  const kpis = summary.items.flatMap((item) => item.kpis.map((kpi) => ({ item, kpi, rate: kpiAchievementRate(kpi) })));
  const percent = (share: number) => Math.round(share * 1000) / 10;

  return (
    <article className="print-report flex flex-col gap-10">
      <section aria-labelledby="report-title" className="flex flex-col gap-4 break-after-page">
        <p className="text-lg font-bold">{t("plan")}</p>
        <h1 id="report-title" className="text-4xl font-bold leading-tight">
          {t("title", { period: label })}
        </h1>
        <p className="text-lg">{t("audience")}</p>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
          <div className="contents">
            <dt className="font-bold">{t("periodLabel")}</dt>
            <dd>
              {label}（{t(`periodStatus.${period.status}`)}）
            </dd>
          </div>
          <div className="contents">
            <dt className="font-bold">{t("dueLabel")}</dt>
            <dd>{formatJapaneseDate(period.dueOn)}</dd>
          </div>
          <div className="contents">
            <dt className="font-bold">{t("createdLabel")}</dt>
            <dd>{formatJapaneseDate(new Date())}</dd>
          </div>
          <div className="contents">
            <dt className="font-bold">{t("basisLabel")}</dt>
            <dd>{t("basis")}</dd>
          </div>
        </dl>
        <div>
          <PrintButton label={t("print")} />
        </div>
      </section>

      <section aria-labelledby="summary-heading" className="flex flex-col gap-4">
        <h2 id="summary-heading" className={headingClass.section}>
          {t("summaryHeading")}
        </h2>
        <p>
          {t("summaryText", {
            items: o.items,
            reported: o.reported,
            notReported: o.byStatus.not_reported,
            completed: o.byStatus.completed,
            mean: o.meanProgress ?? "—",
            cd: o.byEvaluation.C + o.byEvaluation.D,
          })}
        </p>
        <StatusBreakdown rollup={o} label={t("overallChartLabel", { count: o.items })} />
        <div className="grid gap-6 md:grid-cols-3">
          <table className="border-collapse text-sm">
            <caption className="text-left font-bold">{t("byStatusCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("statusColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("countColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {STATUS_KEYS.map((k) => (
                <tr key={k}>
                  <th scope="row" className={td}>
                    {ts(k)}
                  </th>
                  <td className={num}>{o.byStatus[k]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="border-collapse text-sm">
            <caption className="text-left font-bold">{t("byEvaluationCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("evaluationColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("countColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {EVALUATION_KEYS.map((k) => (
                <tr key={k}>
                  <th scope="row" className={td}>
                    {evaluationLabel(k)}
                  </th>
                  <td className={num}>{o.byEvaluation[k]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="border-collapse text-sm">
            <caption className="text-left font-bold">{t("byAchievementCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("achievementColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("countColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {ACHIEVEMENT_KEYS.map((k) => (
                <tr key={k}>
                  <th scope="row" className={td}>
                    {ta(k)}
                  </th>
                  <td className={num}>{o.byAchievement[k]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="areas-heading" className="flex flex-col gap-4 break-inside-avoid">
        <h2 id="areas-heading" className={headingClass.section}>
          {t("areasHeading")}
        </h2>
        {summary.areas.map((area) => (
          <div key={area.name} className="flex flex-col gap-1 break-inside-avoid">
            <h3 className={headingClass.minor}>{area.name}</h3>
            <StatusBreakdown rollup={area} label={t("areaChartLabel", { area: area.name, count: area.items })} />
          </div>
        ))}
        <table className="border-collapse text-sm">
          <caption className="text-left font-bold">{t("areasCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t("areaColumn")}
              </th>
              <th scope="col" className={th}>
                {t("itemsColumn")}
              </th>
              {STATUS_KEYS.map((k) => (
                <th key={k} scope="col" className={th}>
                  {ts(k)}
                </th>
              ))}
              <th scope="col" className={th}>
                {t("meanColumn")}
              </th>
              <th scope="col" className={th}>
                {t("cdColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.areas.map((area) => (
              <tr key={area.name}>
                <th scope="row" className={td}>
                  {area.name}
                </th>
                <td className={num}>{area.items}</td>
                {STATUS_KEYS.map((k) => (
                  <td key={k} className={num}>
                    {area.byStatus[k]}
                  </td>
                ))}
                <td className={num}>{area.meanProgress === null ? "—" : `${area.meanProgress}%`}</td>
                <td className={num}>{area.byEvaluation.C + area.byEvaluation.D}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {areaGroups.map((group, index) => (
        <section
          key={group.name}
          aria-labelledby={`area-items-${index}`}
          className="flex flex-col gap-3 break-before-page"
        >
          <h2 id={`area-items-${index}`} className={headingClass.section}>
            {t("areaItemsHeading", { area: group.name })}
          </h2>
          <table className="border-collapse text-sm">
            <caption className="text-left font-bold">
              {t("areaItemsCaption", { area: group.name, count: group.items.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("numberColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("titleColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("sectionColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("statusColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("evaluationColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("progressColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("achievementColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {group.items.map((item) => (
                <tr key={item.number} className="break-inside-avoid">
                  <td className={num}>{item.number}</td>
                  <th scope="row" className={`${td} font-normal`}>
                    {item.title}
                    {item.reportState === "approved" && (
                      <span className="block text-xs font-bold">{t("unpublished")}</span>
                    )}
                  </th>
                  <td className={td}>{item.section ?? "—"}</td>
                  <td className={td}>
                    <StatusBadge status={item.status} />
                  </td>
                  <td className={td}>{evaluationCell(item)}</td>
                  <td className={num}>{item.progressPercent === null ? "—" : `${item.progressPercent}%`}</td>
                  <td className={td}>{ta(item.achievement)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}

      <section aria-labelledby="delayed-heading" className="flex flex-col gap-4 break-before-page">
        <h2 id="delayed-heading" className={headingClass.section}>
          {t("delayedHeading")}
        </h2>
        {delayed.length === 0 ? (
          <p>{t("delayedNone")}</p>
        ) : (
          delayed.map((item) => (
            <div
              key={item.number}
              className="flex flex-col gap-1 break-inside-avoid border-l-4 border-solid-gray-800 pl-3"
            >
              <h3 className={headingClass.minor}>{t("itemHeading", { number: item.number, title: item.title })}</h3>
              <p className="text-sm">
                {t("delayedMeta", { section: item.section ?? "—", evaluation: evaluationCell(item) })}
              </p>
              <dl className="grid gap-x-4 sm:grid-cols-[8rem_1fr]">
                <div className="contents">
                  <dt className="font-bold">{t("issues")}</dt>
                  <dd className="whitespace-pre-wrap">{item.issues || "—"}</dd>
                </div>
                <div className="contents">
                  <dt className="font-bold">{t("nextSteps")}</dt>
                  <dd className="whitespace-pre-wrap">{item.nextSteps || "—"}</dd>
                </div>
              </dl>
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="kpi-heading" className="flex flex-col gap-3 break-before-page">
        <h2 id="kpi-heading" className={headingClass.section}>
          {t("kpiHeading")}
        </h2>
        <p>{t("kpiText", { kpis: o.kpi.kpis, measured: o.kpi.measured, achieved: o.kpi.achieved })}</p>
        {kpis.length > 0 && (
          <table className="border-collapse text-sm">
            <caption className="text-left font-bold">{t("kpiCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("numberColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("kpiColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("baselineColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("actualColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("targetColumn")}
                </th>
                <th scope="col" className={th}>
                  {t("rateColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {kpis.map(({ item, kpi, rate }) => (
                <tr key={kpi.id} className="break-inside-avoid">
                  <td className={num}>{item.number}</td>
                  <th scope="row" className={`${td} font-normal`}>
                    {kpi.name}
                  </th>
                  <td className={num}>{kpi.baselineValue === null ? "—" : `${kpi.baselineValue}${kpi.unit}`}</td>
                  <td className={num}>{kpi.actual === null ? "—" : `${kpi.actual}${kpi.unit}`}</td>
                  <td className={num}>{kpi.targetValue === null ? "—" : `${kpi.targetValue}${kpi.unit}`}</td>
                  <td className={num}>{rate === null ? "—" : `${percent(rate)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="text-sm">{t("kpiFormula")}</p>
      </section>

      <section aria-labelledby="opinions-heading" className="flex flex-col gap-3 break-before-page">
        <h2 id="opinions-heading" className={headingClass.section}>
          {t("opinionsHeading")}
        </h2>
        {opinions.length === 0 ? (
          <p>{t("opinionsNone")}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {opinions.map((o) => (
              <li key={o.id} className="flex flex-col gap-1 break-inside-avoid border-l-4 border-solid-gray-800 pl-3">
                <p className="font-bold">
                  {o.target.kind === "item"
                    ? t("itemHeading", { number: o.target.number, title: o.target.title })
                    : t("onPeriod", { period: label })}{" "}
                  （{t(`opinionState.${o.state}`)}）
                </p>
                <p className="whitespace-pre-wrap">{o.body}</p>
                <p className="whitespace-pre-wrap text-sm">
                  {o.response ? t("response", { response: o.response }) : t("noResponse")}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
