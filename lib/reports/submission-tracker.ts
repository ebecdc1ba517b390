import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { PeriodStatus, PeriodTerm, ReportState } from "../generated/prisma/enums.ts";
import { daysUntil } from "../notifications/reminders.ts";
import { parsePeriodKey, periodKey } from "../periods/period-key.ts";

/** Where an item's report for the period stands: its latest revision's state, or none yet (未作成). */
export type TrackerState = "none" | ReportState;

export const TRACKER_STATES: readonly TrackerState[] = [
  "none",
  "draft",
  "submitted",
  "returned",
  "approved",
  "published",
];

/** States in which the section still owes the secretariat its report. */
const UNSUBMITTED: ReadonlySet<TrackerState> = new Set(["none", "draft", "returned"]);

export type TrackerCounts = Record<TrackerState, number> & { items: number; unsubmitted: number };

export interface TrackerItem {
  number: number;
  title: string;
  state: TrackerState;
}

export interface TrackerSection {
  /** null for items without a section (the source leaves one unassigned) */
  id: number | null;
  name: string | null;
  counts: TrackerCounts;
  items: TrackerItem[];
}

export interface TrackerBureau {
  code: string;
  name: string;
  counts: TrackerCounts;
  sections: TrackerSection[];
}

export interface TrackerPeriod {
  key: string;
  fiscalYear: number;
  term: PeriodTerm;
  status: PeriodStatus;
  dueOn: string;
  /** days until the due date (negative once passed); null once the period is closed */
  daysLeft: number | null;
}

export interface SubmissionTracker {
  period: TrackerPeriod | null;
  /** every period that can be shown, newest first */
  periods: TrackerPeriod[];
  totals: TrackerCounts;
  bureaus: TrackerBureau[];
  /** whether the actor sees every section (the secretariat) or only their own */
  scope: "all" | "own";
}

export interface TrackerOptions {
  /** a period key such as 2025-first_half; the open period (else the latest) when absent */
  period?: string;
  /** keep only sections with reports still to submit */
  unsubmittedOnly?: boolean;
}

const emptyCounts = (): TrackerCounts => ({
  items: 0,
  unsubmitted: 0,
  none: 0,
  draft: 0,
  submitted: 0,
  returned: 0,
  approved: 0,
  published: 0,
});

function add(counts: TrackerCounts, state: TrackerState): void {
  counts.items += 1;
  counts[state] += 1;
  if (UNSUBMITTED.has(state)) counts.unsubmitted += 1;
}

/**
 * 提出状況: for a period, per bureau and section, how many items are at each
 * step of the report's life. The secretariat sees every section; an editor sees
 * the items they report on; anyone else is refused (and the refusal audited).
 */
export async function getSubmissionTracker(
  db: Db,
  ctx: RequestContext,
  options: TrackerOptions = {},
  now = new Date(),
): Promise<SubmissionTracker> {
  const all = can(ctx.actor, "period.manage");
  const actor = await authorizeRead(db, ctx, can(ctx.actor, "tracker.read"), {
    action: "tracker.read",
    entityType: "ReportingPeriod",
  });
  const rows = await db.reportingPeriod.findMany({
    where: { status: { not: "draft" } },
    orderBy: [{ fiscalYear: "desc" }, { term: "desc" }],
  });
  const periods = rows.map((p) => ({
    id: p.id,
    view: {
      key: periodKey(p),
      fiscalYear: p.fiscalYear,
      term: p.term,
      status: p.status,
      dueOn: p.dueOn.toISOString().slice(0, 10),
      daysLeft: p.status === "open" ? daysUntil(p.dueOn, now) : null,
    },
  }));
  const wanted = options.period === undefined ? null : parsePeriodKey(options.period);
  const chosen =
    options.period === undefined
      ? (periods.find((p) => p.view.status === "open") ?? periods[0])
      : periods.find((p) => wanted !== null && p.view.fiscalYear === wanted.fiscalYear && p.view.term === wanted.term);
  if (options.period !== undefined && !chosen) throw new ServiceError("not_found");
  const items = await db.planItem.findMany({
    select: {
      number: true,
      title: true,
      sectionId: true,
      bureauId: true,
      section: { select: { id: true, name: true, sortOrder: true } },
      bureau: { select: { code: true, name: true } },
      reports: chosen
        ? { where: { periodId: chosen.id }, orderBy: { revision: "desc" }, take: 1, select: { state: true } }
        : false,
    },
    orderBy: { number: "asc" },
  });
  const visible = all ? items : items.filter((item) => can(actor, "report.save_draft", item));

  const totals = emptyCounts();
  const bureaus = new Map<string, TrackerBureau & { sectionMap: Map<string, TrackerSection & { order: number }> }>();
  for (const item of visible) {
    const state: TrackerState = (chosen && item.reports?.[0]?.state) || "none";
    add(totals, state);
    const bureau = bureaus.get(item.bureau.code) ?? {
      code: item.bureau.code,
      name: item.bureau.name,
      counts: emptyCounts(),
      sections: [],
      sectionMap: new Map(),
    };
    bureaus.set(item.bureau.code, bureau);
    add(bureau.counts, state);
    const sectionKey = String(item.section?.id ?? "none");
    const section = bureau.sectionMap.get(sectionKey) ?? {
      id: item.section?.id ?? null,
      name: item.section?.name ?? null,
      order: item.section?.sortOrder ?? Number.MAX_SAFE_INTEGER,
      counts: emptyCounts(),
      items: [],
    };
    bureau.sectionMap.set(sectionKey, section);
    add(section.counts, state);
    section.items.push({ number: item.number, title: item.title, state });
  }
  const keep = (counts: TrackerCounts) => !options.unsubmittedOnly || counts.unsubmitted > 0;
  return {
    period: chosen?.view ?? null,
    periods: periods.map((p) => p.view),
    totals,
    scope: all ? "all" : "own",
    bureaus: [...bureaus.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .filter((b) => keep(b.counts))
      .map(({ sectionMap, ...bureau }) => ({
        ...bureau,
        sections: [...sectionMap.values()]
          .sort((a, b) => a.order - b.order)
          .filter((s) => keep(s.counts))
          .map(({ order: _order, ...section }) => section),
      })),
  };
}
