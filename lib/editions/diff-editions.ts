import type { StatusKey } from "../reports/vocabulary.ts";
import type { EditionSnapshot, SnapshotItem, SnapshotKpi } from "./snapshot.ts";

/** Kinds of change between two editions, in the order the edition page lists them. */
export const CHANGE_KINDS = [
  "newly_completed",
  "stage",
  "evaluation",
  "target",
  "kpi_target",
  "kpi",
  "newly_reported",
  "became_stale",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

type Evaluation = SnapshotItem["evaluation"];

export interface KpiMovement {
  id: number;
  name: string;
  unit: string;
  direction: SnapshotKpi["direction"];
  before: number | null;
  beforeYear: number | null;
  after: number;
  afterYear: number | null;
  /** `first`: the KPI had no actual before; `flat`: a new actual equal to the previous one */
  change: "first" | "up" | "down" | "flat";
  /** whether the movement is good news, by the KPI's direction (維持: at or above its target) */
  judgement: "good" | "bad" | "neutral";
}

/** A confirmed KPI's target between two editions: `from` null when it was added, `to` null when withdrawn. */
export interface KpiTargetChange {
  id: number;
  name: string;
  unit: string;
  from: { value: number | null; year: number | null } | null;
  to: { value: number | null; year: number | null } | null;
}

export type ItemChange =
  | { kind: "newly_completed"; from: StatusKey }
  | { kind: "stage"; from: StatusKey; to: StatusKey }
  | { kind: "evaluation"; from: Evaluation; to: Evaluation }
  | { kind: "target"; from: string; to: string }
  | { kind: "kpi_target"; targets: KpiTargetChange[] }
  | { kind: "kpi"; movements: KpiMovement[] }
  | { kind: "newly_reported"; status: StatusKey; evaluation: Evaluation; progressPercent: number | null }
  | { kind: "became_stale"; status: StatusKey; asOf: string | null };

export interface ItemChanges {
  number: number;
  title: string;
  changes: ItemChange[];
}

export interface EditionDiff {
  /** there was no previous edition: the changes are against an empty one */
  first: boolean;
  /** items with at least one change, in number order */
  items: ItemChanges[];
  /** items with a change of each kind */
  counts: Record<ChangeKind, number>;
}

/** What an item was before anything was reported: the state the first edition is compared with. */
function unreported(item: SnapshotItem): SnapshotItem {
  return {
    ...item,
    status: "not_reported",
    evaluation: null,
    progressPercent: null,
    asOf: null,
    current: false,
    stale: false,
    kpis: [],
  };
}

function judge(kpi: SnapshotKpi, change: KpiMovement["change"], after: number): KpiMovement["judgement"] {
  if (kpi.direction === "maintain")
    return kpi.targetValue === null ? "neutral" : after >= kpi.targetValue ? "good" : "bad";
  if (change === "first" || change === "flat") return "neutral";
  const better = kpi.direction === "increase" ? "up" : "down";
  return change === better ? "good" : "bad";
}

function kpiMovements(before: readonly SnapshotKpi[], after: readonly SnapshotKpi[]): KpiMovement[] {
  const previous = new Map(before.map((kpi) => [kpi.id, kpi]));
  const movements: KpiMovement[] = [];
  for (const kpi of after) {
    if (kpi.actual === null) continue;
    const was = previous.get(kpi.id);
    const wasActual = was?.actual ?? null;
    // A KPI moved when its value changed or a newer actual (another fiscal year) came in.
    if (wasActual === kpi.actual && was?.actualYear === kpi.actualYear) continue;
    const change =
      wasActual === null ? "first" : kpi.actual > wasActual ? "up" : kpi.actual < wasActual ? "down" : "flat";
    movements.push({
      id: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      before: wasActual,
      beforeYear: was?.actualYear ?? null,
      after: kpi.actual,
      afterYear: kpi.actualYear,
      change,
      judgement: judge(kpi, change, kpi.actual),
    });
  }
  return movements;
}

function kpiTargetChanges(before: readonly SnapshotKpi[], after: readonly SnapshotKpi[]): KpiTargetChange[] {
  const target = (kpi: SnapshotKpi | undefined) => kpi && { value: kpi.targetValue, year: kpi.targetYear };
  const was = new Map(before.map((kpi) => [kpi.id, kpi]));
  const now = new Map(after.map((kpi) => [kpi.id, kpi]));
  return [...new Set([...was.keys(), ...now.keys()])].flatMap((id) => {
    const [from, to] = [was.get(id), now.get(id)];
    if (from && to && from.targetValue === to.targetValue && from.targetYear === to.targetYear) return [];
    const kpi = (to ?? from)!;
    return [{ id, name: kpi.name, unit: kpi.unit, from: target(from) ?? null, to: target(to) ?? null }];
  });
}

function itemChanges(was: SnapshotItem, now: SnapshotItem, compareTargets: boolean): ItemChange[] {
  const changes: ItemChange[] = [];
  const wasReported = was.status !== "not_reported";
  const nowReported = now.status !== "not_reported";
  // 完了 is told once, as newly complete, not also as a change of stage.
  if (now.status === "completed" && was.status !== "completed")
    changes.push({ kind: "newly_completed", from: was.status });
  else if (wasReported && was.status !== now.status) changes.push({ kind: "stage", from: was.status, to: now.status });
  if (wasReported && nowReported && was.evaluation !== now.evaluation)
    changes.push({ kind: "evaluation", from: was.evaluation, to: now.evaluation });
  if (was.target !== now.target) changes.push({ kind: "target", from: was.target, to: now.target });
  const targets = compareTargets ? kpiTargetChanges(was.kpis, now.kpis) : [];
  if (targets.length > 0) changes.push({ kind: "kpi_target", targets });
  const movements = kpiMovements(was.kpis, now.kpis);
  if (movements.length > 0) changes.push({ kind: "kpi", movements });
  if (!wasReported && nowReported)
    changes.push({
      kind: "newly_reported",
      status: now.status,
      evaluation: now.evaluation,
      progressPercent: now.progressPercent,
    });
  // 未更新 means "reported before, nothing new this period"; never-reported items are 未報告 instead.
  if (nowReported && now.stale && !was.stale)
    changes.push({ kind: "became_stale", status: now.status, asOf: now.asOf });
  return changes.sort((a, b) => CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind));
}

/**
 * "Changes since the previous edition". Without a previous edition (the first
 * one) every item is compared with itself unreported and with no KPI actuals:
 * whatever is published shows as newly reported (and newly complete / a first
 * KPI actual where that applies); targets count as unchanged.
 * An item missing from the previous edition is compared the same way.
 */
export function diffEditions(previous: EditionSnapshot | null, current: EditionSnapshot): EditionDiff {
  const before = new Map((previous?.items ?? []).map((item) => [item.number, item]));
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  const items: ItemChanges[] = [];
  for (const now of [...current.items].sort((a, b) => a.number - b.number)) {
    const was = before.get(now.number);
    const changes = was ? itemChanges(was, now, true) : itemChanges(unreported(now), now, false);
    if (changes.length === 0) continue;
    for (const change of changes) counts[change.kind] += 1;
    items.push({ number: now.number, title: now.title, changes });
  }
  return { first: previous === null, items, counts };
}
