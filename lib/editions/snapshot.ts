import { z } from "zod";
import { EVALUATIONS } from "../reports/report-schema.ts";
import { STATUS_KEYS } from "../reports/vocabulary.ts";
import type { ItemState } from "../rollup/item-states.ts";
import { ACHIEVEMENT_KEYS } from "../rollup/rollup.ts";

/**
 * An edition (版) is the published state of every item, frozen when its period
 * closes. The snapshot is stored as JSON and never changed afterwards, so it
 * carries everything its pages and "changes since" need (titles and targets as
 * they were then) and a version number: a later shape gets a new version and
 * a parser here, never a rewrite of old editions.
 */
export const SNAPSHOT_VERSION = 1;

const isoDateTime = z.iso.datetime({ offset: true });

const kpiSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(["increase", "decrease", "maintain"]),
  baselineValue: z.number().nullable(),
  targetValue: z.number().nullable(),
  targetYear: z.number().int().nullable(),
  /** the latest published actual as of the period; null when none */
  actual: z.number().nullable(),
  /** fiscal year of that actual */
  actualYear: z.number().int().nullable(),
});

const itemSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  target: z.string(),
  /** 部局 as the source writes it, e.g. 01総務部 */
  bureau: z.string(),
  section: z.string().nullable(),
  area: z.string().nullable(),
  direction: z.string().nullable(),
  classification: z.string().nullable(),
  status: z.enum(STATUS_KEYS),
  evaluation: z.enum(EVALUATIONS).nullable(),
  progressPercent: z.number().nullable(),
  achievement: z.enum(ACHIEVEMENT_KEYS),
  measurability: z.enum(["measurable", "partial", "none"]).nullable(),
  /** publication time of the report shown; null when nothing was published */
  asOf: isoDateTime.nullable(),
  /** published a report for this edition's period */
  current: z.boolean(),
  /** had nothing published for the period (未更新) */
  stale: z.boolean(),
  kpis: z.array(kpiSchema),
});

export const editionSnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  period: z.object({
    fiscalYear: z.number().int(),
    term: z.enum(["first_half", "year_end"]),
    dueOn: z.iso.date(),
    openedAt: isoDateTime.nullable(),
    closedAt: isoDateTime,
  }),
  /** every item, in number order */
  items: z.array(itemSchema),
});

export type EditionSnapshot = z.infer<typeof editionSnapshotSchema>;
export type SnapshotItem = EditionSnapshot["items"][number];
export type SnapshotKpi = SnapshotItem["kpis"][number];
export type SnapshotPeriod = EditionSnapshot["period"];

/** Builds the snapshot from the items' published states at the period (see loadItemStates). */
export function buildSnapshot(period: SnapshotPeriod, items: readonly ItemState[]): EditionSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    period,
    items: [...items]
      .sort((a, b) => a.number - b.number)
      .map((item) => ({
        number: item.number,
        title: item.title,
        target: item.target,
        bureau: item.bureau.sourceName,
        section: item.section,
        area: item.area,
        direction: item.direction,
        classification: item.classification,
        status: item.status,
        evaluation: item.evaluation,
        progressPercent: item.progressPercent,
        achievement: item.achievement,
        measurability: item.measurability,
        asOf: item.asOf,
        current: item.current,
        stale: item.stale,
        kpis: item.kpis.map((kpi) => ({
          id: kpi.id,
          name: kpi.name,
          unit: kpi.unit,
          direction: kpi.direction,
          baselineValue: kpi.baselineValue,
          targetValue: kpi.targetValue,
          targetYear: kpi.targetYear,
          actual: kpi.actual,
          actualYear: kpi.actualYear,
        })),
      })),
  };
}

/** Reads a stored snapshot; an unknown version or shape throws rather than showing a wrong edition. */
export function parseSnapshot(json: unknown): EditionSnapshot {
  return editionSnapshotSchema.parse(json);
}
