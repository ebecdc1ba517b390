import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import type { FindingKind, FindingStatus, PeriodTerm, TargetMeasurability } from "../generated/prisma/enums.ts";
import type { ReportFields } from "../reports/snapshot.ts";
import { reportFields } from "../reports/snapshot.ts";
import { ITEMS_TAG, itemTag } from "./cache-tags.ts";
import { listItems } from "./list-items.ts";
import { type ItemFieldKey, type ItemSummary, isItemFieldKey } from "./types.ts";

export interface ItemFinding {
  kind: FindingKind;
  /** null also for a field the pages cannot name */
  field: ItemFieldKey | null;
  status: FindingStatus;
  detail: Record<string, unknown>;
}

export interface PublishedReport extends ReportFields {
  fiscalYear: number;
  term: PeriodTerm;
  revision: number;
  publishedAt: string;
}

export interface ItemChangeEntry {
  field: ItemFieldKey;
  before: string;
  after: string;
  reason: string;
  changedAt: string;
}

export interface ItemDetail extends ItemSummary {
  findings: ItemFinding[];
  reports: PublishedReport[];
  changes: ItemChangeEntry[];
  /** the secretariat's grounds for the 達成度 judgement */
  achievementNote: string | null;
  measurability: TargetMeasurability | null;
}

async function loadItem(number: number): Promise<ItemDetail | null> {
  const summary = (await listItems()).find((item) => item.number === number);
  if (!summary) return null;
  const db = await getDb();
  const item = await db.planItem.findUniqueOrThrow({
    where: { number },
    include: {
      findings: { orderBy: { id: "asc" } },
      reports: {
        where: { state: "published" },
        include: { period: true },
        orderBy: [{ period: { fiscalYear: "desc" } }, { period: { term: "desc" } }, { revision: "desc" }],
      },
      changes: { orderBy: { changedAt: "desc" } },
    },
  });
  return {
    ...summary,
    findings: item.findings.map((f) => ({
      kind: f.kind,
      field: isItemFieldKey(f.field) ? f.field : null,
      status: f.status,
      detail: f.detail as Record<string, unknown>,
    })),
    reports: item.reports.map((r) => ({
      fiscalYear: r.period.fiscalYear,
      term: r.period.term,
      revision: r.revision,
      ...reportFields(r),
      publishedAt: r.publishedAt!.toISOString(),
    })),
    // Only the service that edits items records changes, always of fields the page can label.
    changes: item.changes.flatMap((c) =>
      isItemFieldKey(c.field)
        ? [{ field: c.field, before: c.before, after: c.after, reason: c.reason, changedAt: c.changedAt.toISOString() }]
        : [],
    ),
    achievementNote: item.achievementNote,
    measurability: item.targetMeasurability,
  };
}

/** One item with its public history; cached per item and revalidated with the items. */
export function getItem(number: number): Promise<ItemDetail | null> {
  return cached(() => loadItem(number), ["item-v1", String(number)], [ITEMS_TAG, itemTag(number)])();
}
