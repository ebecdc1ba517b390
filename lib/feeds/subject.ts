import type { Municipality } from "../municipality/get-municipality.ts";
import { planTitle } from "../municipality/plan-title.ts";

/** What a feed is about: every publication, one item's, or one department's (部局). */
export type FeedSubject =
  | { kind: "all" }
  | { kind: "item"; number: number; title: string }
  | { kind: "department"; code: string; name: string };

/** Path of the subject's page on the site (the default locale's, without a prefix). */
export function subjectPagePath(subject: FeedSubject): string {
  switch (subject.kind) {
    case "all":
      return "/";
    case "item":
      return `/items/${subject.number}`;
    case "department":
      return `/departments/${encodeURIComponent(subject.code)}`;
  }
}

/** Path of the subject's Atom feed: beside its page, with an extension so that the locale proxy lets it pass. */
export function feedPath(subject: FeedSubject): string {
  return subject.kind === "all" ? "/feed.xml" : `${subjectPagePath(subject)}/feed.xml`;
}

/** 「No.44 WEB口座振替受付サービスの推進 — 飯塚市行政経営戦略推進プラン 進捗報告」: the plan as the municipality's data names it. */
export function feedTitle(subject: FeedSubject, municipality: Pick<Municipality, "name" | "planName">): string {
  const feed = `${planTitle(municipality)} 進捗報告`;
  switch (subject.kind) {
    case "all":
      return feed;
    case "item":
      return `No.${subject.number} ${subject.title} — ${feed}`;
    case "department":
      return `${subject.name} — ${feed}`;
  }
}

/** The feed as pages announce it (`<link rel="alternate" type="application/atom+xml">`). */
export function feedAlternate(subject: FeedSubject, municipality: Pick<Municipality, "name" | "planName">) {
  return { "application/atom+xml": [{ url: feedPath(subject), title: feedTitle(subject, municipality) }] };
}
