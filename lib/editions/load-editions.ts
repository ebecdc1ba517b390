import "server-only";
import type { Db } from "../db/create-client.ts";
import type { Tx } from "../db/tx.ts";
import type { PeriodTerm } from "../generated/prisma/enums.ts";
import { parsePeriodKey, periodKey } from "../periods/period-key.ts";
import { type Rollup, rollup } from "../rollup/rollup.ts";
import { diffEditions, type EditionDiff } from "./diff-editions.ts";
import { type EditionSnapshot, parseSnapshot } from "./snapshot.ts";

export interface EditionRef {
  /** the period key that addresses the edition: /editions/2025-first_half */
  key: string;
  fiscalYear: number;
  term: PeriodTerm;
}

export interface EditionListEntry extends EditionRef {
  frozenAt: string;
  overall: Rollup;
  /** items with a change since the previous edition */
  changedItems: number;
}

export interface Edition extends EditionRef {
  frozenAt: string;
  snapshot: EditionSnapshot;
  overall: Rollup;
  diff: EditionDiff;
  previous: EditionRef | null;
  next: EditionRef | null;
}

const TERM_ORDER: Record<PeriodTerm, number> = { first_half: 0, year_end: 1 };

/** Every edition's period and freeze time (and snapshot when asked), oldest period first. */
async function editionIndex(db: Db | Tx, withSnapshots = false) {
  const rows = await db.edition.findMany({
    select: { id: true, frozenAt: true, snapshot: withSnapshots, period: { select: { fiscalYear: true, term: true } } },
  });
  return rows
    .map((row) => ({
      id: row.id,
      frozenAt: row.frozenAt.toISOString(),
      key: periodKey(row.period),
      fiscalYear: row.period.fiscalYear,
      term: row.period.term,
      snapshot: row.snapshot as unknown,
    }))
    .sort((a, b) => a.fiscalYear - b.fiscalYear || TERM_ORDER[a.term] - TERM_ORDER[b.term]);
}

const refOf = (entry: EditionRef | undefined): EditionRef | null =>
  entry ? { key: entry.key, fiscalYear: entry.fiscalYear, term: entry.term } : null;

async function snapshotOf(db: Db | Tx, id: number): Promise<EditionSnapshot> {
  const row = await db.edition.findUniqueOrThrow({ where: { id }, select: { snapshot: true } });
  return parseSnapshot(row.snapshot);
}

/** The editions, newest first, each with its overall roll-up and how many items changed since the one before. */
export async function loadEditionList(db: Db | Tx): Promise<EditionListEntry[]> {
  const index = await editionIndex(db, true);
  const snapshots = index.map((entry) => parseSnapshot(entry.snapshot));
  return index
    .map((entry, i) => ({
      ...refOf(entry)!,
      frozenAt: entry.frozenAt,
      overall: rollup(snapshots[i].items),
      changedItems: diffEditions(snapshots[i - 1] ?? null, snapshots[i]).items.length,
    }))
    .reverse();
}

/** One edition by its period key, with the changes since the previous edition; null for an unknown key. */
export async function loadEdition(db: Db | Tx, key: string): Promise<Edition | null> {
  const wanted = parsePeriodKey(key);
  if (!wanted) return null;
  const index = await editionIndex(db);
  const at = index.findIndex((entry) => entry.key === periodKey(wanted));
  if (at < 0) return null;
  const entry = index[at];
  const [snapshot, previous] = await Promise.all([
    snapshotOf(db, entry.id),
    at > 0 ? snapshotOf(db, index[at - 1].id) : null,
  ]);
  return {
    ...refOf(entry)!,
    frozenAt: entry.frozenAt,
    snapshot,
    overall: rollup(snapshot.items),
    diff: diffEditions(previous, snapshot),
    previous: refOf(index[at - 1]),
    next: refOf(index[at + 1]),
  };
}
