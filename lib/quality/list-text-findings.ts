import "server-only";
import { z } from "zod";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { updateItemSchema } from "../items/update-item.ts";
import { readBlockText } from "./block-text.ts";
import { BLOCK_TEXT_MAX, CATEGORY_NAME_MAX, textDigest } from "./correct-finding.ts";
import type { CheckedItemField, TextFindingDetail } from "./import-text-findings.ts";
import { applySuggestions, checkText, TEXT_ISSUE_KINDS, type TextIssueKind } from "./text-checks.ts";

export const textFindingFilterSchema = z.object({
  kind: z.enum(TEXT_ISSUE_KINDS).optional().catch(undefined),
});
export type TextFindingFilter = z.output<typeof textFindingFilterSchema>;

/** Where a finding's text is shown. */
export type FindingPlace =
  | {
      type: "item";
      number: number;
      title: string;
      field: CheckedItemField;
      /** how many items show this text (a category is shared) */
      sharedBy: number;
    }
  | { type: "block"; block: string; heading: string; field: string };

/** An open text finding as the secretariat's list shows it, with what its correction form needs. */
export interface TextFindingRow {
  id: number;
  kind: TextIssueKind;
  place: FindingPlace;
  /** the flagged characters, as found */
  flagged: string[];
  /** the text where it is shown now (null when it is gone) */
  current: string | null;
  /** the digest of `current` the form sends back */
  digest: string;
  /** `current` with the obvious corrections applied, to start the form from (else `current`) */
  proposal: string;
  /** the source's text, as found */
  source: string;
  /** the longest corrected text the place takes */
  max: number;
}

export interface TextFindings {
  rows: TextFindingRow[];
  /** open text findings of each kind, whatever the filter */
  counts: Record<TextIssueKind, number>;
}

/** The open findings of garbled text (lib/quality/text-checks.ts), for the secretariat to correct. */
export async function listTextFindings(db: Db, ctx: RequestContext, filter: TextFindingFilter): Promise<TextFindings> {
  await authorizeRead(db, ctx, can(ctx.actor, "finding.resolve"), {
    action: "finding.list",
    entityType: "DataQualityFinding",
  });
  const open = { status: "open" as const, kind: { in: [...TEXT_ISSUE_KINDS] } };
  const [findings, grouped, blocks] = await Promise.all([
    db.dataQualityFinding.findMany({
      where: { ...open, ...(filter.kind ? { kind: filter.kind } : {}) },
      include: { item: { include: { classification: { include: { _count: { select: { items: true } } } } } } },
      orderBy: { id: "asc" },
    }),
    db.dataQualityFinding.groupBy({ by: ["kind"], where: open, _count: { _all: true } }),
    db.contentBlock.findMany(),
  ]);
  const blockByKey = new Map(blocks.map((b) => [b.key, b]));
  const counts = Object.fromEntries(TEXT_ISSUE_KINDS.map((k) => [k, 0])) as Record<TextIssueKind, number>;
  for (const g of grouped) counts[g.kind as TextIssueKind] = g._count._all;

  const rows = findings.map((f): TextFindingRow => {
    const detail = f.detail as unknown as TextFindingDetail;
    const kind = f.kind as TextIssueKind;
    let place: FindingPlace;
    let current: string | null;
    if (f.item) {
      const field = f.field as CheckedItemField;
      const category = f.item.classification;
      current = field === "classification" ? (category?.name ?? null) : f.item[field];
      place = {
        type: "item",
        number: f.item.number,
        title: f.item.title,
        field,
        sharedBy: field === "classification" ? (category?._count.items ?? 0) : 1,
      };
    } else {
      const block = detail.block ? blockByKey.get(detail.block) : undefined;
      current = block && f.field ? readBlockText(block, f.field) : null;
      place = {
        type: "block",
        block: detail.block ?? "",
        heading: block?.heading ?? detail.blockHeading ?? "",
        field: f.field ?? "",
      };
    }
    const flagged = detail.spans.map((s) => s.text);
    const issues =
      current === null ? [] : checkText(current).filter((i) => i.kind === kind && flagged.includes(i.text));
    const proposal = current === null ? "" : (applySuggestions(current, issues) ?? current);
    const max =
      place.type === "block"
        ? BLOCK_TEXT_MAX
        : place.field === "classification"
          ? CATEGORY_NAME_MAX
          : (updateItemSchema.shape[place.field].maxLength ?? BLOCK_TEXT_MAX);
    return {
      max,
      id: f.id,
      kind,
      place,
      flagged,
      current,
      digest: textDigest(current ?? ""),
      proposal,
      source: detail.text,
    };
  });
  return { rows, counts };
}
