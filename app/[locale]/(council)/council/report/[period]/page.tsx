import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CheckList } from "@/components/consistency/check-list";
import { PrintButton } from "@/components/council/print-button";
import { StatusBreakdown } from "@/components/progress/status-breakdown";
import { DefinitionList } from "@/components/public/definition-list";
import { headingClass } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { type Column, CountTable, Table } from "@/components/ui/table";
import { explainedItems, getExplanations } from "@/lib/consistency/explanations";
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

/** The report's parts in order: their headings' ids and catalog keys. */
const TOC = [
  ["summary-heading", "summaryHeading"],
  ["attention-heading", "attentionHeading"],
  ["reported-heading", "reportedHeading"],
  ["not-reported-heading", "notReportedHeading"],
  ["areas-heading", "areasHeading"],
  ["kpi-heading", "kpiHeading"],
  ["opinions-heading", "opinionsHeading"],
] as const;

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
  // Items by area in the plan's order, those outside every area last.
  const byArea = (items: ItemState[]) =>
    [
      ...summary.areas.map((area) => ({ name: area.name, items: items.filter((i) => i.area === area.name) })),
      { name: t("noArea"), items: items.filter((i) => i.area === null) },
    ].filter((g) => g.items.length > 0);
  const reported = summary.items.filter((i) => i.status !== "not_reported");
  const notReported = summary.items.filter((i) => i.status === "not_reported");
  const rated = (item: ItemState) => item.evaluation === "C" || item.evaluation === "D";
  // 未更新 is about items reported before and not this time; an item never reported is among 未報告.
  const stale = (item: ItemState) => item.stale && item.status !== "not_reported";
  const attention = summary.items.filter((i) => rated(i) || stale(i) || i.checks.length > 0);
  const inAttention = new Set(attention.map((i) => i.number));
  const explanations = await getExplanations(period.id);
  const { flagged, explained } = explainedItems(summary.items, explanations);
  const kpis = summary.items.flatMap((item) => item.kpis.map((kpi) => ({ item, kpi, rate: kpiAchievementRate(kpi) })));
  const percent = (share: number) => Math.round(share * 1000) / 10;
  const reasons = (item: ItemState) =>
    [
      rated(item) && t("reasons.evaluation", { evaluation: item.evaluation ?? "" }),
      stale(item) && t("reasons.stale"),
      item.checks.length > 0 && t("reasons.checks", { count: item.checks.length }),
    ]
      .filter(Boolean)
      .join(t("reasonsSeparator"));

  /** One item in a few lines: what it is, where it stands, and what its report says. */
  const itemCard = (item: ItemState, withChecks: boolean) => {
    // Under the attention part directly (h3), or under an area's heading among the reported items (h4).
    const Heading = withChecks ? "h3" : "h4";
    const headingId = `item-${withChecks ? "a" : "r"}-${item.number}`;
    return (
      <article key={item.number} aria-labelledby={headingId} className={cardClass}>
        <Heading id={headingId} className="font-bold">
          {t("itemHeading", { number: item.number, title: item.title })}
          {item.reportState === "approved" && <span className="ml-2 text-xs">（{t("unpublished")}）</span>}
        </Heading>
        <p className="text-sm">
          {t("itemMeta", {
            section: item.section ?? "—",
            status: ts(item.status),
            evaluation: evaluationCell(item),
            progress: dash(item.progressPercent, "%"),
          })}
        </p>
        {withChecks && (
          <p className="text-sm font-bold">
            {t("reasonsLabel")}
            {reasons(item)}
          </p>
        )}
        {!withChecks && inAttention.has(item.number) ? (
          <p className="text-sm">{t("shownAbove")}</p>
        ) : (
          item.status !== "not_reported" && (
            <dl className="grid grid-cols-[6em_1fr] gap-x-2 text-sm">
              {(
                [
                  ["achievements", item.achievements],
                  ["issues", item.issues],
                  ["nextSteps", item.nextSteps],
                ] as const
              ).map(([key, text]) => (
                <div key={key} className="contents">
                  <dt className="font-bold">{t(key)}</dt>
                  <dd className="whitespace-pre-wrap">{text || "—"}</dd>
                </div>
              ))}
            </dl>
          )
        )}
        {withChecks && item.checks.length > 0 && <CheckList item={item} explanations={explanations} />}
      </article>
    );
  };

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
        <nav aria-labelledby="toc-heading" className="flex flex-col gap-2">
          <h2 id="toc-heading" className={headingClass.subsection}>
            {t("tocHeading")}
          </h2>
          <ol className="flex flex-col gap-1">
            {TOC.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`} className="text-key-900 underline underline-offset-4">
                  {t(key)}
                </a>
              </li>
            ))}
          </ol>
          <p className="text-sm">{t("pageNote")}</p>
        </nav>
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
        <p>{t("checksText", { items: flagged, explained })}</p>
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

      <PageSection
        headingId="attention-heading"
        title={t("attentionHeading")}
        empty={attention.length === 0 && t("attentionNone")}
      >
        <p>{t("attentionLead", { count: attention.length })}</p>
        {attention.map((item) => itemCard(item, true))}
      </PageSection>

      <PageSection
        headingId="reported-heading"
        title={t("reportedHeading")}
        empty={reported.length === 0 && t("reportedNone")}
      >
        <p>{t("reportedLead", { count: reported.length })}</p>
        {byArea(reported).map((group) => (
          <section key={group.name} aria-label={group.name} className="flex flex-col gap-2">
            <h3 className={headingClass.minor}>{group.name}</h3>
            {group.items.map((item) => itemCard(item, false))}
          </section>
        ))}
      </PageSection>

      <PageSection
        headingId="not-reported-heading"
        title={t("notReportedHeading")}
        empty={notReported.length === 0 && t("notReportedNone")}
      >
        <p>{t("notReportedLead", { count: notReported.length })}</p>
        {byArea(notReported).map((group) => (
          <section key={group.name} aria-label={group.name} className="flex flex-col gap-1">
            <h3 className={headingClass.minor}>{group.name}</h3>
            <ul className="columns-1 gap-6 text-sm sm:columns-2">
              {group.items.map((item) => (
                <li key={item.number} className="break-inside-avoid">
                  {t("itemHeading", { number: item.number, title: item.title })}
                  {item.section && `（${item.section}）`}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </PageSection>

      <PageSection headingId="areas-heading" title={t("areasHeading")}>
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
