import { EDITIONS_TAG } from "../editions/cache-tags.ts";
import { CONTENT_TAG, ITEMS_TAG, itemTag } from "../items/cache-tags.ts";

/**
 * What a change made stale, in the domain's words. Actions name the change
 * (with the item numbers the service reported); this module alone decides
 * which cached data and pages that expires.
 */
export type Change =
  | { kind: "report.saved" }
  | { kind: "report.reviewed" }
  | { kind: "reports.published"; itemNumbers: readonly number[] }
  | { kind: "item.updated"; itemNumber: number }
  | { kind: "indicator.updated"; itemNumber: number | null }
  | { kind: "vision.updated" }
  | { kind: "period.created" }
  | { kind: "period.opened" }
  | { kind: "period.closed" }
  | { kind: "users.updated" }
  | { kind: "opinion.updated" }
  | { kind: "opinion.published"; itemNumber: number | null }
  | { kind: "notifications.updated" }
  | { kind: "voice.received"; itemNumber: number }
  | { kind: "voice.updated" }
  | { kind: "voice.published"; itemNumber: number };

export interface PathTarget {
  path: string;
  type?: "page" | "layout";
}

export interface CacheTargets {
  /** data-cache tags (public pages and the API read through them) */
  tags: string[];
  /** signed-in pages to re-render on the next visit */
  paths: PathTarget[];
}

const STAFF: PathTarget = { path: "/staff", type: "layout" };
const VOICE_LIST: PathTarget = { path: "/[locale]/staff/voices", type: "page" };
const OPINION_LISTS: PathTarget[] = [
  { path: "/[locale]/staff/opinions", type: "page" },
  { path: "/[locale]/council/opinions", type: "page" },
];

/** Item data is public: the lists and roll-ups, and the item's own page when known. */
const itemTags = (itemNumbers: readonly (number | null)[]) => [
  ITEMS_TAG,
  ...itemNumbers.filter((n) => n !== null).map(itemTag),
];

export function cacheTargets(change: Change): CacheTargets {
  switch (change.kind) {
    case "report.saved":
    case "report.reviewed":
    case "period.created":
      // Drafts, submissions and decisions are not public until published.
      return { tags: [], paths: [STAFF] };
    case "reports.published":
      return { tags: itemTags(change.itemNumbers), paths: [STAFF] };
    case "item.updated":
    case "indicator.updated":
      // Confirmed KPIs are public and feed the roll-ups, as do the item's master data.
      return { tags: itemTags([change.itemNumber]), paths: [STAFF] };
    case "vision.updated":
      return { tags: [CONTENT_TAG], paths: [STAFF] };
    case "period.opened":
      // Public roll-ups are about the latest period.
      return { tags: [ITEMS_TAG], paths: [STAFF] };
    case "period.closed":
      // Closing froze a new edition.
      return { tags: [ITEMS_TAG, EDITIONS_TAG], paths: [STAFF] };
    case "notifications.updated":
      // The unread count is in the signed-in areas' header.
      return { tags: [], paths: [STAFF, { path: "/council", type: "layout" }] };
    case "users.updated":
      return { tags: [], paths: [{ path: "/staff/users" }] };
    case "opinion.updated":
      // An opinion is public only once answered and published: only the signed-in lists change.
      return { tags: [], paths: OPINION_LISTS };
    case "opinion.published":
      // /council and the item's page read tagged data.
      return { tags: itemTags([change.itemNumber]), paths: OPINION_LISTS };
    case "voice.received":
      // The dashboards count voices received; the text stays unpublished.
      return { tags: itemTags([change.itemNumber]), paths: [VOICE_LIST] };
    case "voice.updated":
      // Forwarding, answering and turning down change the counts, not what the public reads.
      return { tags: [ITEMS_TAG], paths: [STAFF, VOICE_LIST] };
    case "voice.published":
      return { tags: itemTags([change.itemNumber]), paths: [STAFF, VOICE_LIST] };
  }
}

/** The union of what several changes made stale, each tag and path once. */
export function cacheTargetsOf(changes: readonly Change[]): CacheTargets {
  const tags = new Set<string>();
  const paths = new Map<string, PathTarget>();
  for (const change of changes) {
    const targets = cacheTargets(change);
    for (const tag of targets.tags) tags.add(tag);
    for (const path of targets.paths) paths.set(`${path.type ?? ""}:${path.path}`, path);
  }
  return { tags: [...tags], paths: [...paths.values()] };
}
