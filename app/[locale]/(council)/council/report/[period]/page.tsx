import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PrintButton } from "@/components/council/print-button";
import { StatusBadge } from "@/components/items/status-badge";
import { StatusBreakdown } from "@/components/progress/status-breakdown";
import { DefinitionList } from "@/components/public/definition-list";
import { headingClass } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { type Column, CountTable, Table } from "@/components/ui/table";
import { listOpinionsForCouncil } from "@/lib/council/opinions";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getMunicipality } from "@/lib/municipality/get-municipality";
import { planTitle } from "@/lib/municipality/plan-title";
import { periodKey, periodLabel } from "@/lib/periods/period-key";
import { read, readPage } from "@/lib/read/page-data";
import { STATUS_KEYS } from "@/lib/reports/vocabulary";
import { getInternalSummary, resolvePeriodKey } from "@/lib/rollup/get-summary";
import type { ItemState } from "@/lib/rollup/item-states";
import { ACHIEVEMENT_KEYS, EVALUATION_KEYS, kpiAchievementRate } from "@/lib/rollup/rollup";
import { formatDate } from "@/lib/wareki";

export async function generateMetadata({ params }: PageProps<"/[locale]/council/report/[period]">): Promise<Metadata> {
  await enterLocale(params);
  const t = await getTranslations("councilReport");
  return { title: t("metaTitle") };
}

// Boxed cells, as on paper; rows are not split across printed pages.
const printTable = "text-sm [&_tr]:break-inside-avoid [&_:is(td,th)]:border [&_:is(td,th)]:border-solid-gray-600";
const cardClass = "flex flex-col gap-1 break-inside-avoid border-l-4 border-solid-gray-800 pl-3";
const dash = (value: number | null, unit = "") => (value === null ? "—" : `${value}${unit}`);

/** A part of the report that starts a new printed page; `empty`, when given, stands in for its content. */
function PageSection({
  headingId,
  title,
  empty,
  children,
}: {
  headingId: string;
  title: string;
  empty?: string | false;
  children: ReactNode;
}) {
  return (
    <Section headingId={headingId} title={title} className="flex flex-col gap-3 break-before-page">
      {empty ? <p>{empty}</p> : children}
    </Section>
  );
}

/** 会議資料: one period's progress for the council, clean on A4 through the browser's print. */
export default async function CouncilReportPage({ params }: PageProps<"/[locale]/council/report/[period]">) {
  const locale = await enterLocale(params);
  const { period: key } = await params;
  // An unknown period is a 404, but only after the policy has been asked.
  const summary = await readPage(`/council/report/${key}`, getInternalSummary, (await resolvePeriodKey(key)) ?? null);
  const allOpinions = await read(listOpinionsForCouncil);
  const period = summary.period!;
  // Opinions on items, and those on this period; oldest first as a meeting reads them.
  const opinions = allOpinions
    .filter(
      (o) => o.target.kind === "item" || (o.target.fiscalYear === period.fiscalYear && o.target.term === period.term),
    )
    .reverse();
  const [t, ts, te, ta, municipality] = await Promise.all([
    getTranslations("councilReport"),
    getTranslations("status"),
    getTranslations("evaluation"),
    getTranslations("achievement"),
    getMunicipality(),
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

  const countTable = <K extends string>(
    caption: string,
    header: string,
    keys: readonly K[],
    labelOf: (key: K) => string,
    counts: Record<K, number>,
  ) => (
    <CountTable
      caption={caption}
      className={printTable}
      labelHeader={header}
      countHeader={t("countColumn")}
      keys={keys}
      label={labelOf}
      count={(key) => counts[key]}
    />
  );
  const areaColumns: Column<(typeof summary.areas)[number]>[] = [
    { key: "area", header: t("areaColumn"), rowHeader: true, cell: (area) => area.name },
    { key: "items", header: t("itemsColumn"), numeric: true, cell: (area) => area.items },
    ...STATUS_KEYS.map((k) => ({
      key: k,
      header: ts(k),
      numeric: true,
      cell: (area: (typeof summary.areas)[number]) => area.byStatus[k],
    })),
    { key: "mean", header: t("meanColumn"), numeric: true, cell: (area) => dash(area.meanProgress, "%") },
    { key: "cd", header: t("cdColumn"), numeric: true, cell: (area) => area.byEvaluation.C + area.byEvaluation.D },
  ];
  const itemColumns: Column<ItemState>[] = [
    { key: "number", header: t("numberColumn"), numeric: true, cell: (item) => item.number },
    {
      key: "title",
      header: t("titleColumn"),
      rowHeader: true,
      cell: (item) => (
        <>
          {item.title}
          {item.reportState === "approved" && <span className="block text-xs font-bold">{t("unpublished")}</span>}
        </>
      ),
    },
    { key: "section", header: t("sectionColumn"), cell: (item) => item.section ?? "—" },
    { key: "status", header: t("statusColumn"), cell: (item) => <StatusBadge status={item.status} /> },
    { key: "evaluation", header: t("evaluationColumn"), cell: evaluationCell },
    { key: "progress", header: t("progressColumn"), numeric: true, cell: (item) => dash(item.progressPercent, "%") },
    { key: "achievement", header: t("achievementColumn"), cell: (item) => ta(item.achievement) },
  ];
  const kpiColumns: Column<(typeof kpis)[number]>[] = [
    { key: "number", header: t("numberColumn"), numeric: true, cell: ({ item }) => item.number },
    { key: "kpi", header: t("kpiColumn"), rowHeader: true, cell: ({ kpi }) => kpi.name },
    {
      key: "baseline",
      header: t("baselineColumn"),
      numeric: true,
      cell: ({ kpi }) => dash(kpi.baselineValue, kpi.unit),
    },
    { key: "actual", header: t("actualColumn"), numeric: true, cell: ({ kpi }) => dash(kpi.actual, kpi.unit) },
    { key: "target", header: t("targetColumn"), numeric: true, cell: ({ kpi }) => dash(kpi.targetValue, kpi.unit) },
    {
      key: "rate",
      header: t("rateColumn"),
      numeric: true,
      cell: ({ rate }) => dash(rate === null ? null : percent(rate), "%"),
    },
  ];

  return (
    <article className="print-report flex flex-col gap-10">
      <section aria-labelledby="report-title" className="flex flex-col gap-4 break-after-page">
        <p className="text-lg font-bold">{planTitle(municipality)}</p>
        <h1 id="report-title" className="text-4xl font-bold leading-tight">
          {t("title", { period: label })}
        </h1>
        <p className="text-lg">{t("audience", { municipality: municipality.name })}</p>
        <DefinitionList
          className="gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]"
          items={[
            { label: t("periodLabel"), value: `${label}（${t(`periodStatus.${period.status}`)}）` },
            { label: t("dueLabel"), value: formatDate(period.dueOn, locale) },
            { label: t("createdLabel"), value: formatDate(new Date(), locale) },
            { label: t("basisLabel"), value: t("basis") },
          ]}
        />
        <div className="flex flex-wrap items-center gap-4">
          <PrintButton label={t("print")} />
          <a
            href={`/staff/periods/${periodKey(period)}/reports.xlsx`}
            download
            className="no-print text-key-900 underline underline-offset-4"
          >
            {t("sheetDownload")}
          </a>
        </div>
      </section>

      <Section headingId="summary-heading" title={t("summaryHeading")}>
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
          {countTable(t("byStatusCaption"), t("statusColumn"), STATUS_KEYS, (k) => ts(k), o.byStatus)}
          {countTable(
            t("byEvaluationCaption"),
            t("evaluationColumn"),
            EVALUATION_KEYS,
            evaluationLabel,
            o.byEvaluation,
          )}
          {countTable(
            t("byAchievementCaption"),
            t("achievementColumn"),
            ACHIEVEMENT_KEYS,
            (k) => ta(k),
            o.byAchievement,
          )}
        </div>
      </Section>

      <Section headingId="areas-heading" title={t("areasHeading")} className="flex flex-col gap-4 break-inside-avoid">
        {summary.areas.map((area) => (
          <div key={area.name} className="flex flex-col gap-1 break-inside-avoid">
            <h3 className={headingClass.minor}>{area.name}</h3>
            <StatusBreakdown rollup={area} label={t("areaChartLabel", { area: area.name, count: area.items })} />
          </div>
        ))}
        <Table
          caption={t("areasCaption")}
          className={printTable}
          columns={areaColumns}
          rows={summary.areas}
          rowKey={(area) => area.name}
        />
      </Section>

      {areaGroups.map((group, index) => (
        <PageSection
          key={group.name}
          headingId={`area-items-${index}`}
          title={t("areaItemsHeading", { area: group.name })}
        >
          <Table
            caption={t("areaItemsCaption", { area: group.name, count: group.items.length })}
            className={printTable}
            columns={itemColumns}
            rows={group.items}
            rowKey={(item) => item.number}
          />
        </PageSection>
      ))}

      <PageSection
        headingId="delayed-heading"
        title={t("delayedHeading")}
        empty={delayed.length === 0 && t("delayedNone")}
      >
        {delayed.map((item) => (
          <div key={item.number} className={cardClass}>
            <h3 className={headingClass.minor}>{t("itemHeading", { number: item.number, title: item.title })}</h3>
            <p className="text-sm">
              {t("delayedMeta", { section: item.section ?? "—", evaluation: evaluationCell(item) })}
            </p>
            <DefinitionList
              className="gap-x-4 sm:grid-cols-[8rem_1fr]"
              items={[
                { label: t("issues"), value: item.issues || "—", valueClassName: "whitespace-pre-wrap" },
                { label: t("nextSteps"), value: item.nextSteps || "—", valueClassName: "whitespace-pre-wrap" },
              ]}
            />
          </div>
        ))}
      </PageSection>

      <PageSection headingId="kpi-heading" title={t("kpiHeading")}>
        <p>{t("kpiText", { kpis: o.kpi.kpis, measured: o.kpi.measured, achieved: o.kpi.achieved })}</p>
        {kpis.length > 0 && (
          <Table
            caption={t("kpiCaption")}
            className={printTable}
            columns={kpiColumns}
            rows={kpis}
            rowKey={({ kpi }) => kpi.id}
          />
        )}
        <p className="text-sm">{t("kpiFormula")}</p>
      </PageSection>

      <PageSection
        headingId="opinions-heading"
        title={t("opinionsHeading")}
        empty={opinions.length === 0 && t("opinionsNone")}
      >
        <ol className="flex flex-col gap-3">
          {opinions.map((o) => (
            <li key={o.id} className={cardClass}>
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
      </PageSection>
    </article>
  );
}
