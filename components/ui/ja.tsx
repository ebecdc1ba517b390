import type { ReactNode } from "react";

/**
 * The plan's own words (names, titles, the city's documents) stay Japanese on English pages and
 * must be read as Japanese (WCAG 3.1.2). English catalogs write `<ja>{name}</ja>` around such a
 * value; `t.rich(key, { …, ja })` marks it, and `t.markup(key, { …, ja: jaText })` where only a
 * string will do (titles). Japanese pages need no mark, so their catalogs leave the tag out.
 */
export const ja = (chunks: ReactNode) => <span lang="ja">{chunks}</span>;

export const jaText = (chunks: string) => chunks;

/** A value from the plan written straight into an English page. */
export function Ja({ children }: { children: ReactNode }) {
  return <span lang="ja">{children}</span>;
}

// A run of Japanese script, with the full-width punctuation and the long-vowel mark inside it.
const JAPANESE_RUN =
  /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・、。「」『』（）〜][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・、。「」『』（）〜\d]*)/u;

/** An English sentence quoting the plan's Japanese terms: each Japanese run marked (used for fixed texts such as the data dictionary). */
export function JaRuns({ text }: { text: string }) {
  const parts = text.split(JAPANESE_RUN);
  return parts.map((part, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
    i % 2 === 1 ? <Ja key={i}>{part}</Ja> : part,
  );
}
