import "server-only";
import { type CheckKind, countChecks } from "../consistency/checks.ts";
import type { Db } from "../db/create-client.ts";
import type { Tx } from "../db/tx.ts";
import {
  type ItemState,
  type ItemStatesOptions,
  loadItemStates,
  loadStatesByPeriod,
  type PeriodRef,
} from "./item-states.ts";
import { type Rollup, rollup } from "./rollup.ts";

export type GroupKind = "area" | "direction" | "bureau" | "section" | "classification";

/** The name of a kind's group of the items outside every other group of that kind. */
export const UNASSIGNED_GROUP_NAME = "その他・未分類";

export interface GroupRollup extends Rollup {
  kind: GroupKind;
  name: string;
  /** the group of the items that belong to no group of the plan's own list (その他・未分類) */
  unassigned: boolean;
  /** the bureau's two-digit code (bureaus), the bureau a section belongs to (sections), the area of a direction */
  code: string | null;
  parent: string | null;
}

export interface Dimensions {
  areas: string[];
  directions: { name: string; area: string }[];
  bureaus: { code: string; name: string }[];
  sections: { name: string; bureauCode: string }[];
  classifications: string[];
}

export interface Summary {
  period: PeriodRef | null;
  periods: PeriodRef[];
  overall: Rollup;
  areas: GroupRollup[];
  directions: GroupRollup[];
  bureaus: GroupRollup[];
  sections: GroupRollup[];
  classifications: GroupRollup[];
  /** items failing each 整合性チェック (lib/consistency/checks.ts) */
  checks: Record<CheckKind, number>;
}

/**
 * Rolls the items up overall and per group, groups in the plan's own order. Items
 * outside every group of a kind (no 大分類, a 小分類 not among the plan's
 * directions, no section) go to that kind's 「その他・未分類」 group, last and only
 * when there are any, so that every kind's groups add up to the whole.
 */
export function summarize(
  items: readonly ItemState[],
  dimensions: Dimensions,
  period: PeriodRef | null = null,
  periods: PeriodRef[] = [],
): Summary {
  const group = (
    kind: GroupKind,
    entries: { name: string; code: string | null; parent: string | null }[],
    keyOf: (item: ItemState) => string | null,
  ): GroupRollup[] => {
    const keyOfEntry = (entry: (typeof entries)[number]) => (kind === "bureau" ? entry.code : entry.name);
    const known = new Set(entries.map(keyOfEntry));
    const groups = entries.map((entry) => ({
      kind,
      ...entry,
      unassigned: false,
      ...rollup(items.filter((item) => keyOf(item) === keyOfEntry(entry))),
    }));
    const outside = items.filter((item) => !known.has(keyOf(item)));
    if (outside.length === 0) return groups;
    return [
      ...groups,
      { kind, name: UNASSIGNED_GROUP_NAME, code: null, parent: null, unassigned: true, ...rollup(outside) },
    ];
  };
  return {
    period,
    periods,
    overall: rollup(items),
    checks: countChecks(items),
    areas: group(
      "area",
      dimensions.areas.map((name) => ({ name, code: null, parent: null })),
      (i) => i.area,
    ),
    directions: group(
      "direction",
      dimensions.directions.map((d) => ({ name: d.name, code: null, parent: d.area })),
      (i) => i.direction,
    ),
    bureaus: group(
      "bureau",
      dimensions.bureaus.map((b) => ({ name: b.name, code: b.code, parent: null })),
      (i) => i.bureau.code,
    ),
    sections: group(
      "section",
      dimensions.sections.map((s) => ({ name: s.name, code: s.bureauCode, parent: s.bureauCode })),
      (i) => i.section,
    ),
    classifications: group(
      "classification",
      dimensions.classifications.map((name) => ({ name, code: null, parent: null })),
      (i) => i.classification,
    ),
  };
}

export async function loadDimensions(db: Db | Tx): Promise<Dimensions> {
  const [areas, directions, bureaus, sections, classifications] = await Promise.all([
    db.reformArea.findMany({ orderBy: { sortOrder: "asc" }, select: { name: true } }),
    db.direction.findMany({ orderBy: { sortOrder: "asc" }, select: { name: true, area: { select: { name: true } } } }),
    db.bureau.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } }),
    db.section.findMany({
      orderBy: [{ bureau: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      select: { name: true, bureau: { select: { code: true } } },
    }),
    db.classification.findMany({ orderBy: { sortOrder: "asc" }, select: { name: true } }),
  ]);
  return {
    areas: areas.map((a) => a.name),
    directions: directions.map((d) => ({ name: d.name, area: d.area.name })),
    bureaus,
    sections: sections.map((s) => ({ name: s.name, bureauCode: s.bureau.code })),
    classifications: classifications.map((c) => c.name),
  };
}

/** The roll-ups of every group at a period, straight from the database. */
export async function loadSummary(
  db: Db | Tx,
  options: ItemStatesOptions = {},
): Promise<Summary & { items: ItemState[] }> {
  const [states, dimensions] = await Promise.all([loadItemStates(db, options), loadDimensions(db)]);
  return { ...summarize(states.items, dimensions, states.period, states.periods), items: states.items };
}

export interface TrendPoint {
  period: PeriodRef;
  overall: Rollup;
}

/** The overall roll-up as it stood at each period, oldest first (evaluation and stage trends). */
export async function loadTrend(db: Db | Tx, options: Pick<ItemStatesOptions, "internal"> = {}): Promise<TrendPoint[]> {
  return (await loadStatesByPeriod(db, options)).map(({ period, items }) => ({ period, overall: rollup(items) }));
}
