import type { AgeGroup } from "./rules.ts";

/**
 * Age groups in the fixed Japanese wording of the open data and the feeds (the pages take theirs
 * from the catalogs, "voices.ageGroups"), as the city's public comment results count them.
 */
export const AGE_GROUP_TERMS: Record<AgeGroup, string> = {
  "10s": "10代",
  "20s": "20代",
  "30s": "30代",
  "40s": "40代",
  "50s": "50代",
  "60s": "60代",
  "70plus": "70代以上",
};

/** The Japanese term of a stored age group code, or null (none given, or a code no longer known). */
export function ageGroupTerm(code: string | null): string | null {
  return code !== null && Object.hasOwn(AGE_GROUP_TERMS, code) ? AGE_GROUP_TERMS[code as AgeGroup] : null;
}

/** The anchor of a published voice on its item's page (the feed's entries link to it). */
export function voiceAnchor(reference: string): string {
  return `voice-${reference}`;
}
