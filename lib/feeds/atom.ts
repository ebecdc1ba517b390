import { Feed } from "feed";
import { createTranslator } from "next-intl";
import catalog from "../../messages/ja.json";
import type { Evaluation, ItemStatus, PeriodTerm } from "../generated/prisma/enums.ts";
import type { Municipality } from "../municipality/get-municipality.ts";
import { planTitle } from "../municipality/plan-title.ts";
import { periodKey } from "../periods/period-key.ts";
import { EVALUATION_TERMS, STATUS_TERMS, TERM_TERMS } from "../reports/vocabulary.ts";
import { ageGroupTerm, voiceAnchor } from "../voices/vocabulary.ts";
import type { PublishedVoice } from "../voices/voices.ts";
import { formatFiscalYearShort } from "../wareki.ts";
import { type FeedSubject, feedPath, feedTitle, subjectPagePath } from "./subject.ts";

/** The newest publications a feed carries. */
export const FEED_ENTRY_LIMIT = 50;
/** How much of 実績 an entry's summary quotes, in characters. */
export const ACHIEVEMENTS_EXCERPT = 100;
/** How much of a citizen's voice and of the city's answer an entry quotes, in characters. */
export const VOICE_EXCERPT = 200;

/** One published report (each published revision is one) as a feed shows it. */
export interface Publication {
  itemNumber: number;
  itemTitle: string;
  fiscalYear: number;
  term: PeriodTerm;
  revision: number;
  status: ItemStatus | null;
  evaluation: Evaluation | null;
  progressPercent: number | null;
  achievements: string;
  publishedAt: string;
}

/** A published citizen's voice with the city's answer, as an item's feed shows it. */
export type FeedVoice = Pick<
  PublishedVoice,
  "reference" | "itemNumber" | "itemTitle" | "body" | "name" | "ageGroup" | "answer" | "publishedAt"
>;

export interface FeedData {
  /** whose plan the feed reports on: its title, description and author */
  municipality: Pick<Municipality, "name" | "planName" | "secretariat">;
  subject: FeedSubject;
  /** newest first, at most FEED_ENTRY_LIMIT */
  publications: Publication[];
  /** an item's feed: its published voices with the city's answers, newest first, at most FEED_ENTRY_LIMIT */
  voices?: FeedVoice[];
  /** the latest change to what the feed shows (Atom `updated`, HTTP Last-Modified) */
  updated: string;
}

// Fixed Japanese wording, as in the rest of the open data (lib/reports/vocabulary.ts): the item page's terms.
const NOT_SET = "記載なし";
// The site's name and publisher as its pages show them in Japanese.
const t = createTranslator({ locale: "ja", messages: catalog });

/** 「No.44 WEB口座振替受付サービスの推進 — 令和7年度上半期の報告」, a correction with its revision. */
export function publicationTitle(p: Publication): string {
  const revision = p.revision > 1 ? `（訂正 第${p.revision}版）` : "";
  return `No.${p.itemNumber} ${p.itemTitle} — ${formatFiscalYearShort(p.fiscalYear)}${TERM_TERMS[p.term]}の報告${revision}`;
}

/** The start of a text on one line: white space collapsed, cut at `max` characters with 「…」. */
export function excerpt(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : chars.join("");
}

/** 進捗状況, 評価, 進捗率 and the start of 実績, one per line, as plain text. */
export function publicationSummary(p: Publication): string {
  const evaluation = p.evaluation ? `${p.evaluation} ${EVALUATION_TERMS[p.evaluation]}` : NOT_SET;
  return [
    `進捗状況：${p.status ? STATUS_TERMS[p.status] : NOT_SET}`,
    `評価：${evaluation}`,
    `進捗率：${p.progressPercent === null ? NOT_SET : `${p.progressPercent}%`}`,
    `実績：${excerpt(p.achievements, ACHIEVEMENTS_EXCERPT) || NOT_SET}`,
  ].join("\n");
}

/** 「No.44 WEB口座振替受付サービスの推進 — 市民の声 V-000123 と市の考え方」 */
export function voiceTitle(v: FeedVoice): string {
  return `No.${v.itemNumber} ${v.itemTitle} — 市民の声 ${v.reference} と市の考え方`;
}

/** Who wrote it (age group, name, as far as given and allowed), the voice and the answer, as plain text. */
export function voiceSummary(v: FeedVoice): string {
  const who = [ageGroupTerm(v.ageGroup), v.name].filter((part) => part !== null).join("・");
  return [
    ...(who ? [`投稿者：${who}`] : []),
    `ご意見・ご質問：${excerpt(v.body, VOICE_EXCERPT)}`,
    `市の考え方：${excerpt(v.answer, VOICE_EXCERPT)}`,
  ].join("\n");
}

/** A voice keeps its 受付番号 for good: its entry id never changes. */
export function voiceId(baseUrl: string, v: FeedVoice): string {
  return `tag:${new URL(baseUrl).hostname},2025:items/${v.itemNumber}/voices/${v.reference}`;
}

/**
 * A tag URI (RFC 4151) per publication: the same report and revision keeps its id however often
 * the feed is read or the database reloaded, and a correction is a new entry.
 */
export function publicationId(baseUrl: string, p: Publication): string {
  return `tag:${new URL(baseUrl).hostname},2025:items/${p.itemNumber}/reports/${periodKey(p)}/${p.revision}`;
}

/** The package writes titles and summaries as `type="html"`: escaped, plain text stays plain text. */
function asHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The feed as an Atom 1.0 document; every link absolute on `baseUrl` (the portal's address, no trailing slash). */
export function renderAtom(data: FeedData, baseUrl: string): string {
  // Joined as the notification mails join them, so a portal below a path keeps it.
  const absolute = (path: string) => `${baseUrl}${path}`;
  const feed = new Feed({
    id: absolute(feedPath(data.subject)),
    title: feedTitle(data.subject, data.municipality),
    description: `${t("site.name", { plan: planTitle(data.municipality) })}で公開した進捗報告${data.subject.kind === "item" ? "と市民の声への市の考え方" : ""}（新しいものから最大${FEED_ENTRY_LIMIT}件）`,
    link: absolute(subjectPagePath(data.subject)),
    feed: absolute(feedPath(data.subject)),
    updated: new Date(data.updated),
    // The footer's operator; without a secretariat, the municipality alone.
    author: {
      name: t("footer.organization", {
        municipality: data.municipality.name,
        secretariat: data.municipality.secretariat,
      }).trim(),
      link: absolute("/"),
    },
    // No generator: the document then depends on the data alone, and so does its ETag.
    generator: false,
  });
  const entries = [
    ...data.publications.map((p) => ({
      id: publicationId(baseUrl, p),
      title: publicationTitle(p),
      link: absolute(`/items/${p.itemNumber}`),
      publishedAt: p.publishedAt,
      summary: publicationSummary(p),
    })),
    ...(data.voices ?? []).map((v) => ({
      id: voiceId(baseUrl, v),
      title: voiceTitle(v),
      link: absolute(`/items/${v.itemNumber}#${voiceAnchor(v.reference)}`),
      publishedAt: v.publishedAt,
      summary: voiceSummary(v),
    })),
  ];
  // Reports and voices in one stream, newest first (a stable sort keeps each list's own order on a tie).
  entries.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  for (const entry of entries) {
    const publishedAt = new Date(entry.publishedAt);
    feed.addItem({
      id: entry.id,
      title: asHtml(entry.title),
      link: entry.link,
      date: publishedAt,
      published: publishedAt,
      description: asHtml(entry.summary),
    });
  }
  return feed.atom1();
}
