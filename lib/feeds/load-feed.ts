import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import type { Db } from "../db/create-client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { ITEMS_TAG, itemTag } from "../items/cache-tags.ts";
import { loadMunicipality } from "../municipality/get-municipality.ts";
import { readPublishedVoices } from "../voices/voices.ts";
import { FEED_ENTRY_LIMIT, type FeedData } from "./atom.ts";
import type { FeedSubject } from "./subject.ts";

/** Which publications a feed asks for: every one, an item's (by number), a department's (by bureau code). */
export type FeedScope = { kind: "all" } | { kind: "item"; number: number } | { kind: "department"; code: string };

/** The subject the scope names and the items it covers; null when there is no such item or department. */
async function resolveScope(
  db: Db,
  scope: FeedScope,
): Promise<{ subject: FeedSubject; items: Prisma.PlanItemWhereInput } | null> {
  switch (scope.kind) {
    case "all":
      return { subject: scope, items: {} };
    case "item": {
      const item = await db.planItem.findUnique({ where: { number: scope.number } });
      return item && { subject: { kind: "item", number: item.number, title: item.title }, items: { id: item.id } };
    }
    case "department": {
      const bureau = await db.bureau.findUnique({ where: { code: scope.code } });
      return (
        bureau && {
          subject: { kind: "department", code: bureau.code, name: bureau.name },
          items: { bureauId: bureau.id },
        }
      );
    }
  }
}

const latest = (dates: readonly Date[]) => new Date(Math.max(0, ...dates.map((d) => d.getTime())));

/**
 * The newest published reports of the scope, every published revision an entry, newest first (one
 * publication's reports by item number), and for an item its published voices with the answers. `updated` is the latest publication or edit of an item the
 * entries name (titles come from the item), or of the scope's items while nothing is published.
 */
export async function loadFeed(db: Db, scope: FeedScope): Promise<FeedData | null> {
  const resolved = await resolveScope(db, scope);
  if (!resolved) return null;
  const reports = await db.progressReport.findMany({
    where: { state: "published", item: resolved.items },
    orderBy: [{ publishedAt: "desc" }, { item: { number: "asc" } }, { revision: "desc" }],
    take: FEED_ENTRY_LIMIT,
    include: {
      item: { select: { number: true, title: true, updatedAt: true } },
      period: { select: { fiscalYear: true, term: true } },
    },
  });
  // An item's feed carries its published voices with the city's answers too.
  const voices =
    scope.kind === "item"
      ? (await readPublishedVoices(db, { itemNumber: scope.number })).slice(0, FEED_ENTRY_LIMIT)
      : [];
  const edited =
    reports.length > 0
      ? reports.map((r) => r.item.updatedAt)
      : [(await db.planItem.aggregate({ where: resolved.items, _max: { updatedAt: true } }))._max.updatedAt];
  return {
    municipality: await loadMunicipality(db),
    subject: resolved.subject,
    publications: reports.map((r) => ({
      itemNumber: r.item.number,
      itemTitle: r.item.title,
      fiscalYear: r.period.fiscalYear,
      term: r.period.term,
      revision: r.revision,
      status: r.status,
      evaluation: r.evaluation,
      progressPercent: r.progressPercent,
      achievements: r.achievements,
      // Published reports always carry their publication time.
      publishedAt: r.publishedAt!.toISOString(),
    })),
    voices: voices.map((v) => ({
      reference: v.reference,
      itemNumber: v.itemNumber,
      itemTitle: v.itemTitle,
      body: v.body,
      name: v.name,
      ageGroup: v.ageGroup,
      answer: v.answer,
      publishedAt: v.publishedAt,
    })),
    updated: latest([
      ...reports.map((r) => r.publishedAt!),
      ...voices.map((v) => new Date(v.publishedAt)),
      ...edited.filter((d) => d !== null),
    ]).toISOString(),
  };
}

const scopeKey = (scope: FeedScope) =>
  scope.kind === "all" ? "all" : scope.kind === "item" ? `item:${scope.number}` : `department:${scope.code}`;

/**
 * A feed's data from Next's data cache, expired as the public pages are: a publication expires the
 * items tag and the items' own tags, an edit of an item the items tag (lib/cache/changes.ts).
 */
export function getFeed(scope: { kind: "all" }): Promise<FeedData>;
export function getFeed(scope: FeedScope): Promise<FeedData | null>;
export async function getFeed(scope: FeedScope): Promise<FeedData | null> {
  const tags = scope.kind === "item" ? [ITEMS_TAG, itemTag(scope.number)] : [ITEMS_TAG];
  return cached(async () => loadFeed(await getDb(), scope), ["feed-v3", scopeKey(scope)], tags)();
}
