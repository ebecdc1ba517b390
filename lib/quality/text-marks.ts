import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import { CONTENT_TAG } from "../items/cache-tags.ts";
import { type FlaggedText, flaggedIn } from "./flagged.ts";
import type { TextFindingDetail } from "./import-text-findings.ts";
import { TEXT_ISSUE_KINDS } from "./text-checks.ts";

/** Flagged characters of the content blocks' texts: by block key, then by field ("heading", "body.2"). */
export type BlockMarks = Record<string, Record<string, FlaggedText[]>>;

async function loadBlockMarks(): Promise<BlockMarks> {
  const db = await getDb();
  const findings = await db.dataQualityFinding.findMany({
    where: { itemId: null, status: "open", kind: { in: [...TEXT_ISSUE_KINDS] } },
    orderBy: { id: "asc" },
  });
  const marks: BlockMarks = {};
  for (const f of findings) {
    const block = (f.detail as unknown as TextFindingDetail).block;
    if (!block || !f.field) continue;
    marks[block] = { ...marks[block], [f.field]: [...(marks[block]?.[f.field] ?? []), ...flaggedIn([f], f.field)] };
  }
  return marks;
}

/** The open findings' marks in the vision's texts; a correction of a block expires them with the block (CONTENT_TAG). */
export const getBlockMarks = cached(loadBlockMarks, ["block-marks-v1"], [CONTENT_TAG]);
