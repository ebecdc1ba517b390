import type { FormValues } from "@/lib/actions/action-state";
import { z } from "@/lib/validation/browser-zod";

/** Form fields that say which report and button a save is about, not what the person typed. */
const NOT_TYPED = new Set(["itemNumber", "baseReportId", "baseVersion", "intent"]);

/**
 * Report text kept in this browser until the server has it: what was typed, the
 * report version it was typed on (so restoring it can never pass over someone
 * else's newer version unseen), and when.
 */
const keptDraftSchema = z.object({
  baseReportId: z.string(),
  baseVersion: z.string(),
  keptAt: z.string(),
  values: z.record(z.string(), z.string()),
});
export type KeptDraft = z.infer<typeof keptDraftSchema>;

/** One copy per person, item and reporting period, so another account on the same browser never sees it. */
export function keptDraftKey(userId: number, itemNumber: number, periodId: number): string {
  return `report-draft:${userId}:${itemNumber}:${periodId}`;
}

/** What the person typed, comparable across the form, the server's echo (CRLF) and a kept copy. */
export function typedValues(values: FormValues): FormValues {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([key]) => !NOT_TYPED.has(key) && !key.startsWith("$ACTION"))
      .map(([key, value]) => [key, value.replace(/\r\n?/g, "\n")])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Whether two sets of typed values are the same. */
export function sameTyped(a: FormValues, b: FormValues): boolean {
  return JSON.stringify(typedValues(a)) === JSON.stringify(typedValues(b));
}

/** The kept copy, or null when there is none or it cannot be read (storage off, or written by something else). */
export function readKeptDraft(key: string): KeptDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return null;
    const parsed = keptDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keeps the copy; false when the browser refuses (storage off or full), so the page does not claim it kept it. */
export function writeKeptDraft(key: string, draft: KeptDraft): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify({ ...draft, values: typedValues(draft.values) }));
    return true;
  } catch {
    return false;
  }
}

export function dropKeptDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage off: there is nothing to drop.
  }
}
