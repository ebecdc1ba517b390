import "server-only";
import { explanationKey, getExplanations } from "../consistency/explanations.ts";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import type { Db } from "../db/create-client.ts";
import { CONTENT_TAG, ITEMS_TAG } from "../items/cache-tags.ts";
import { listItems } from "../items/list-items.ts";
import { isItemFieldKey } from "../items/types.ts";
import { getMunicipality, type Municipality } from "../municipality/get-municipality.ts";
import { getPublicSummary } from "../rollup/get-summary.ts";
import { listPublishedVoices } from "../voices/public-voices.ts";
import type { AnyDatasetRecord, DatasetName, DatasetRecord } from "./dictionary.ts";
import type { DatasetMeta } from "./formats.ts";
import {
  type ChangeRow,
  type CheckRow,
  changeRecords,
  checkRecords,
  type IndicatorRow,
  type IndicatorValueRow,
  indicatorRecords,
  indicatorValueRecords,
  itemRecords,
  type PublishedReportRow,
  reportRecords,
  summaryRecords,
  voiceRecords,
} from "./records.ts";

const TERM_RANK = { first_half: 0, year_end: 1 } as const;

/**
 * Every published revision of every report, by item, period and revision. Only published
 * reports: a draft, a submission or an approval is never open data.
 */
export async function loadPublishedReports(db: Db): Promise<PublishedReportRow[]> {
  const rows = await db.progressReport.findMany({
    where: { state: "published" },
    include: {
      item: { select: { number: true, title: true, bureau: true, section: true } },
      period: { select: { fiscalYear: true, term: true } },
    },
  });
  return rows
    .map((r) => ({
      item: {
        number: r.item.number,
        title: r.item.title,
        bureau: { code: r.item.bureau.code, name: r.item.bureau.name },
        section: r.item.section?.name ?? null,
      },
      period: r.period,
      revision: r.revision,
      status: r.status,
      evaluation: r.evaluation,
      progressPercent: r.progressPercent,
      achievements: r.achievements,
      issues: r.issues,
      nextSteps: r.nextSteps,
      // Publication sets it with the state.
      publishedAt: r.publishedAt!.toISOString(),
    }))
    .sort(
      (a, b) =>
        a.item.number - b.item.number ||
        a.period.fiscalYear - b.period.fiscalYear ||
        TERM_RANK[a.period.term] - TERM_RANK[b.period.term] ||
        a.revision - b.revision,
    );
}

/** The public indicators: the vision's 成果指標, then each item's confirmed KPIs (proposed or rejected ones are not public). */
export async function loadPublicIndicators(db: Db): Promise<IndicatorRow[]> {
  const rows = await db.indicator.findMany({
    where: { OR: [{ scope: "vision" }, { scope: "item", status: "confirmed" }] },
    include: { item: { select: { number: true } } },
  });
  return rows
    .sort((a, b) => (a.item?.number ?? 0) - (b.item?.number ?? 0) || a.sortOrder - b.sortOrder || a.id - b.id)
    .map((i) => ({
      id: i.id,
      scope: i.scope,
      itemNumber: i.item?.number ?? null,
      name: i.name,
      description: i.description,
      unit: i.unit,
      baselineValue: i.baselineValue,
      baselineYear: i.baselineYear,
      targetValue: i.targetValue,
      targetYear: i.targetYear,
      targetText: i.targetText,
      direction: i.direction,
      sourceText: i.sourceText,
    }));
}

/**
 * The public values, as the public pages show them: a vision indicator's yearly actuals as the
 * secretariat entered them; a KPI's actual of each period from that period's latest published
 * revision (a correction replaces, and may clear, what an earlier revision said). A value of a
 * report counts only once the report is published.
 */
export async function loadPublicIndicatorValues(db: Db): Promise<IndicatorValueRow[]> {
  const indicators = await loadPublicIndicators(db);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const vision = await db.indicatorValue.findMany({
    where: { reportId: null, indicator: { scope: "vision" } },
    orderBy: [{ indicatorId: "asc" }, { fiscalYear: "asc" }],
  });
  const reports = await db.progressReport.findMany({
    where: { state: "published", item: { indicators: { some: { scope: "item", status: "confirmed" } } } },
    select: {
      itemId: true,
      periodId: true,
      revision: true,
      publishedAt: true,
      period: { select: { fiscalYear: true, term: true } },
      values: { select: { indicatorId: true, fiscalYear: true, value: true, note: true } },
    },
  });
  const latest = new Map<string, (typeof reports)[number]>();
  for (const report of reports) {
    const key = `${report.itemId}:${report.periodId}`;
    const seen = latest.get(key);
    if (!seen || seen.revision < report.revision) latest.set(key, report);
  }
  const indicatorOf = (id: number) => {
    const i = byId.get(id)!;
    return { id: i.id, name: i.name, unit: i.unit, itemNumber: i.itemNumber };
  };
  const fromReports = [...latest.values()].flatMap((report) =>
    report.values
      .filter((v) => byId.has(v.indicatorId))
      .map((v) => ({
        indicator: indicatorOf(v.indicatorId),
        fiscalYear: v.fiscalYear,
        value: v.value,
        note: v.note,
        report: {
          period: report.period,
          revision: report.revision,
          publishedAt: report.publishedAt!.toISOString(),
        },
      })),
  );
  const order = indicators.map((i) => i.id);
  const rank = (v: IndicatorValueRow) => v.fiscalYear * 2 + (v.report ? TERM_RANK[v.report.period.term] : 1);
  return [
    ...vision.map((v) => ({
      indicator: indicatorOf(v.indicatorId),
      fiscalYear: v.fiscalYear,
      value: v.value,
      note: v.note,
      report: null,
    })),
    ...fromReports,
  ].sort((a, b) => order.indexOf(a.indicator.id) - order.indexOf(b.indicator.id) || rank(a) - rank(b));
}

const max = (dates: readonly (Date | null | undefined)[]) =>
  new Date(Math.max(0, ...dates.filter((d) => d != null).map((d) => d.getTime())));

/**
 * The newest change the open data reflects: a publication, an edit of an item or an indicator, a
 * vision indicator's value entered (a replaced value keeps its row, so the audit record dates it),
 * a period opened or closed (未更新 and the summary follow periods), the municipality, a plan import,
 * a citizen's voice published.
 */
export async function loadOpenDataUpdated(db: Db): Promise<string> {
  const [reports, items, indicators, values, entered, periods, municipality, imports, voices] = [
    await db.progressReport.aggregate({ where: { state: "published" }, _max: { publishedAt: true } }),
    await db.planItem.aggregate({ _max: { updatedAt: true } }),
    await db.indicator.aggregate({ _max: { updatedAt: true } }),
    await db.indicatorValue.aggregate({ where: { reportId: null }, _max: { createdAt: true } }),
    await db.auditLog.aggregate({ where: { action: "indicator.value", outcome: "ok" }, _max: { at: true } }),
    await db.reportingPeriod.aggregate({ _max: { updatedAt: true } }),
    await db.municipality.aggregate({ _max: { updatedAt: true } }),
    await db.importRun.aggregate({ _max: { importedAt: true } }),
    await db.citizenVoice.aggregate({ where: { state: "published" }, _max: { publishedAt: true } }),
  ];
  return max([
    reports._max.publishedAt,
    items._max.updatedAt,
    indicators._max.updatedAt,
    values._max.createdAt,
    entered._max.at,
    periods._max.updatedAt,
    municipality._max.updatedAt,
    imports._max.importedAt,
    voices._max.publishedAt,
  ]).toISOString();
}

/** Open data changes with items, reports, KPIs and periods (items tag), and with the vision and the plan (content tag). */
const OPEN_DATA_TAGS = [ITEMS_TAG, CONTENT_TAG];

export const getOpenDataUpdated = cached(
  async () => loadOpenDataUpdated(await getDb()),
  ["opendata-updated-v1"],
  OPEN_DATA_TAGS,
);

const getPublishedReports = cached(
  async () => loadPublishedReports(await getDb()),
  ["opendata-reports-v1"],
  OPEN_DATA_TAGS,
);
const getPublicIndicators = cached(
  async () => loadPublicIndicators(await getDb()),
  ["opendata-indicators-v1"],
  OPEN_DATA_TAGS,
);
const getPublicIndicatorValues = cached(
  async () => loadPublicIndicatorValues(await getDb()),
  ["opendata-indicator-values-v1"],
  OPEN_DATA_TAGS,
);

/** What every file of the open data says about itself. */
export async function getDatasetMeta(): Promise<DatasetMeta> {
  const [municipality, updatedAt] = await Promise.all([getMunicipality(), getOpenDataUpdated()]);
  return {
    municipality: { code: municipality.code, name: municipality.name },
    licence: { name: municipality.licenceName, url: municipality.licenceUrl },
    updatedAt,
  };
}

/** A dataset's records; the summary's are of `periodId` (the latest period when omitted). */
export async function getDatasetRecords<N extends DatasetName>(
  name: N,
  municipality: Municipality,
  periodId?: number,
): Promise<DatasetRecord<N>[]>;
export async function getDatasetRecords(
  name: DatasetName,
  municipality: Municipality,
  periodId?: number,
): Promise<AnyDatasetRecord[]> {
  switch (name) {
    case "items":
      return itemRecords(municipality, await listItems());
    case "reports":
      return reportRecords(municipality, await getPublishedReports());
    case "indicators":
      return indicatorRecords(municipality, await getPublicIndicators());
    case "indicator-values":
      return indicatorValueRecords(municipality, await getPublicIndicatorValues());
    case "summary":
      return summaryRecords(municipality, await getPublicSummary(periodId));
    case "checks":
      return checkRecords(municipality, await publicChecks(periodId));
    case "changes":
      return changeRecords(municipality, await getChanges());
    case "voices":
      return voiceRecords(municipality, await listPublishedVoices());
  }
}

/** The consistency checks' findings of the public view at a period, with their explanations. */
async function publicChecks(periodId?: number): Promise<CheckRow[]> {
  const summary = await getPublicSummary(periodId);
  const period = summary.period;
  if (!period) return [];
  const explanations = await getExplanations(period.id);
  return summary.items.flatMap((item) =>
    item.checks.map((finding) => ({
      period,
      itemNumber: item.number,
      itemTitle: item.title,
      finding,
      kpiName: item.kpis.find((k) => k.id === finding.kpiId)?.name ?? null,
      explanation: explanations[explanationKey(item.number, finding)] ?? null,
    })),
  );
}

/** Every recorded change of an item's commitments, oldest first. */
export async function loadChanges(db: Db): Promise<ChangeRow[]> {
  const rows = await db.itemChange.findMany({
    include: { item: { select: { number: true, title: true } } },
    orderBy: [{ changedAt: "asc" }, { id: "asc" }],
  });
  return rows.flatMap((c) =>
    isItemFieldKey(c.field)
      ? [
          {
            id: c.id,
            itemNumber: c.item.number,
            itemTitle: c.item.title,
            field: c.field,
            before: c.before,
            after: c.after,
            reason: c.reason,
            changedAt: c.changedAt.toISOString(),
          },
        ]
      : [],
  );
}

const getChanges = cached(async () => loadChanges(await getDb()), ["opendata-changes-v1"], OPEN_DATA_TAGS);
