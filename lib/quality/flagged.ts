import type { TextFindingDetail } from "./import-text-findings.ts";
import { isTextIssueKind, type TextIssueKind } from "./text-checks.ts";

/** What an open finding flags in a text, for marking it where the text is shown. */
export interface FlaggedText {
  kind: TextIssueKind;
  text: string;
}

/** The flagged characters of the open text findings about one field, from findings as the pages read them. */
export function flaggedIn(
  findings: readonly { kind: string; field: string | null; status: string; detail: unknown }[],
  field: string,
): FlaggedText[] {
  return findings.flatMap((f) =>
    f.status === "open" && f.field === field && isTextIssueKind(f.kind)
      ? (f.detail as TextFindingDetail).spans.map((s) => ({ kind: f.kind as TextIssueKind, text: s.text }))
      : [],
  );
}

/** Whether a finding is about garbled characters (its detail is a TextFindingDetail). */
export function isTextFinding(finding: { kind: string }): boolean {
  return isTextIssueKind(finding.kind);
}
