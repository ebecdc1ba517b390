import crypto from "node:crypto";
import type { Tx } from "../db/tx.ts";
import { applySuggestions, checkText, TEXT_ISSUE_KINDS, type TextIssue, type TextIssueKind } from "./text-checks.ts";

/** The item texts the public pages show and the secretariat can correct (lib/quality/correct-finding.ts). */
export const CHECKED_ITEM_FIELDS = ["title", "purpose", "content", "target", "classification"] as const;
export type CheckedItemField = (typeof CHECKED_ITEM_FIELDS)[number];

/** What a text finding records of the text it was found in, which stays as it was when the text is corrected. */
export interface TextFindingDetail {
  /** the text as it was when found (the source's) */
  text: string;
  spans: { start: number; end: number; text: string; suggestion: string | null }[];
  /** the whole text with the obvious corrections applied, or null when one of them is not obvious */
  suggestion: string | null;
  /** a content block's key (its part is the finding's field), absent for an item's field */
  block?: string;
  /** the block's heading when found, to say where the text is */
  blockHeading?: string;
}

interface Draft {
  key: string;
  kind: TextIssueKind;
  itemId: number | null;
  field: string;
  detail: TextFindingDetail;
}

/** One draft per kind found in the text; the key names the place and what was flagged, so a re-import finds the same key. */
function drafts(
  place: string,
  text: string,
  base: Omit<Draft, "key" | "kind" | "detail">,
  extra: Pick<TextFindingDetail, "block" | "blockHeading"> = {},
): Draft[] {
  const issues = checkText(text);
  return TEXT_ISSUE_KINDS.flatMap((kind) => {
    const found = issues.filter((i) => i.kind === kind);
    if (found.length === 0) return [];
    const digest = crypto
      .createHash("sha256")
      .update(found.map((i) => i.text).join("\u0000"))
      .digest("hex")
      .slice(0, 12);
    const spans = found.map(({ start, end, text: flagged, suggestion }: TextIssue) => ({
      start,
      end,
      text: flagged,
      suggestion,
    }));
    return [
      {
        ...base,
        key: `text:${kind}:${place}:${digest}`,
        kind,
        detail: { text, spans, suggestion: applySuggestions(text, found), ...extra },
      },
    ];
  });
}

/** Every string of a block's body with its path ("body.2", "body.0.points.1"). */
function bodyTexts(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => bodyTexts(v, `${path}.${i}`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => bodyTexts(v, `${path}.${k}`));
  return [];
}

/**
 * Records the garbles (text-checks.ts) in the texts the portal shows, as they stand in the database:
 * the items' texts and categories and the content blocks (the vision). Works for any plan, whichever
 * importer loaded it; keyed by place and flagged text, so re-running it adds nothing, and a text the
 * secretariat corrected is not flagged again. Returns how many findings it created.
 */
export async function importTextFindings(tx: Tx): Promise<number> {
  const items = await tx.planItem.findMany({
    select: { id: true, number: true, title: true, purpose: true, content: true, target: true, classification: true },
    orderBy: { number: "asc" },
  });
  const blocks = await tx.contentBlock.findMany({ orderBy: { sortOrder: "asc" } });
  const found = [
    ...items.flatMap((item) =>
      CHECKED_ITEM_FIELDS.flatMap((field) => {
        const text = field === "classification" ? (item.classification?.name ?? "") : item[field];
        return drafts(`item:${item.number}:${field}`, text, { itemId: item.id, field });
      }),
    ),
    ...blocks.flatMap((block) =>
      [{ path: "heading", text: block.heading }, ...bodyTexts(block.body, "body")].flatMap(({ path, text }) =>
        drafts(
          `block:${block.key}:${path}`,
          text,
          { itemId: null, field: path },
          {
            block: block.key,
            blockHeading: block.heading,
          },
        ),
      ),
    ),
  ];
  if (found.length === 0) return 0;
  const created = await tx.dataQualityFinding.createMany({
    data: found.map((f) => ({ ...f, detail: f.detail as object })),
    skipDuplicates: true,
  });
  return created.count;
}
