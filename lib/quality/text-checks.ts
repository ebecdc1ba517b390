/**
 * Garbles a source text may carry into the portal, found by Unicode properties:
 * a word mixing scripts that do not belong together, a digit where an acronym
 * expects a letter, the replacement character and stray control characters.
 * Pure functions: offsets are UTF-16 indices into the text as given.
 */

export const TEXT_ISSUE_KINDS = ["mixed_script", "digit_for_letter", "replacement_char", "control_char"] as const;
export type TextIssueKind = (typeof TEXT_ISSUE_KINDS)[number];

/** Whether a finding kind is one of these (its detail then holds the flagged spans). */
export const isTextIssueKind = (kind: string): kind is TextIssueKind =>
  (TEXT_ISSUE_KINDS as readonly string[]).includes(kind);

export interface TextIssue {
  kind: TextIssueKind;
  start: number;
  end: number;
  /** the flagged characters: the whole word for a mixed script, the token for a digit */
  text: string;
  /** what the span should read, when that is obvious (BP0 → BPO, a control character → nothing) */
  suggestion: string | null;
}

/** Scripts Japanese writing combines within one word: kanji, kana and Latin (「DX推進」, 「ＩＣＴ化」). */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN = /\p{Script=Latin}/u;
/** Greek letters stand as symbols beside kana and kanji (「β版」, 「γ線」), never inside a Latin word. */
const GREEK = /\p{Script=Greek}/u;
/** Characters that belong to every script (digits, 「ー」, punctuation) or inherit their neighbour's (combining marks). */
const SHARED = /[\p{Script=Common}\p{Script=Inherited}]/u;

/** A word: letters, marks (a Devanagari vowel sign is one) and digits, unbroken. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

type ScriptClass = "japanese" | "latin" | "greek" | "other";

function scriptClass(char: string): ScriptClass | null {
  if (SHARED.test(char)) return null;
  if (JAPANESE.test(char)) return "japanese";
  if (LATIN.test(char)) return "latin";
  if (GREEK.test(char)) return "greek";
  return "other";
}

/** Word-level mixes no Japanese text makes: another script inside a Japanese or Latin word, or Latin with Greek. */
function mixedScripts(text: string): TextIssue[] {
  const issues: TextIssue[] = [];
  for (const match of text.matchAll(WORD)) {
    const classes = new Set<ScriptClass>();
    for (const char of match[0]) {
      const c = scriptClass(char);
      if (c) classes.add(c);
    }
    const foreign = classes.has("other") && classes.size > 1;
    const homoglyph = classes.has("latin") && classes.has("greek");
    if (foreign || homoglyph)
      issues.push({
        kind: "mixed_script",
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        suggestion: null,
      });
  }
  return issues;
}

/** A run of Latin letters and digits, half- or full-width. */
const TOKEN = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+/g;
const LETTER_FOR: Record<string, string> = { "0": "O", "1": "I", "０": "Ｏ", "１": "Ｉ" };

/**
 * An acronym with 0 or 1 in a letter's place (「BP0」 for BPO): at least two capitals, no lowercase,
 * and no digit but single 0s and 1s. 「R6」, 「H30」, 「P10」, 「ISO9001」 and 「A4」 are numbers, not acronyms.
 */
function digitsForLetters(text: string): TextIssue[] {
  const issues: TextIssue[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const folded = token.normalize("NFKC");
    const capitals = folded.replace(/[^A-Z]/g, "").length;
    if (capitals < 2 || /[a-z]/.test(folded) || /[2-9]|[01]{2}/.test(folded) || !/[01]/.test(folded)) continue;
    issues.push({
      kind: "digit_for_letter",
      start: match.index,
      end: match.index + token.length,
      text: token,
      suggestion: token.replace(/[01０１]/g, (d) => LETTER_FOR[d]),
    });
  }
  return issues;
}

function replacementChars(text: string): TextIssue[] {
  return [...text.matchAll(/\uFFFD+/g)].map((m) => ({
    kind: "replacement_char" as const,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    suggestion: null,
  }));
}

/**
 * Invisible characters no typed text needs: C0/C1 controls except tab and line breaks, and format
 * characters (zero-width spaces, bidirectional overrides, a BOM inside the text); a zero-width
 * joiner between emoji is part of the emoji.
 */
const CONTROL = /(?![\t\n\r])\p{Cc}|\p{Cf}/gu;
const AFTER_PICTOGRAPH = /\p{Extended_Pictographic}[\p{M}\p{Emoji_Modifier}]*$/u;
const BEFORE_PICTOGRAPH = /^\p{Extended_Pictographic}/u;

function controlChars(text: string): TextIssue[] {
  const issues: TextIssue[] = [];
  for (const m of text.matchAll(CONTROL)) {
    const joinsEmoji =
      m[0] === "\u200D" &&
      AFTER_PICTOGRAPH.test(text.slice(0, m.index)) &&
      BEFORE_PICTOGRAPH.test(text.slice(m.index + 1));
    if (!joinsEmoji)
      issues.push({ kind: "control_char", start: m.index, end: m.index + m[0].length, text: m[0], suggestion: "" });
  }
  return issues;
}

/** Every issue of the text, in reading order. */
export function checkText(text: string): TextIssue[] {
  return [...mixedScripts(text), ...digitsForLetters(text), ...replacementChars(text), ...controlChars(text)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}

/** The text with every issue's suggestion applied, or null when one of them has none. */
export function applySuggestions(text: string, issues: readonly TextIssue[]): string | null {
  if (issues.some((i) => i.suggestion === null)) return null;
  let out = "";
  let at = 0;
  for (const issue of [...issues].sort((a, b) => a.start - b.start)) {
    if (issue.start < at) continue;
    out += text.slice(at, issue.start) + issue.suggestion;
    at = issue.end;
  }
  return out + text.slice(at);
}

/** How a control character is named to a reader, since it cannot be shown: U+200B. */
export function codePoints(text: string): string {
  return [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
}

/** A piece of a text as the pages show it: plain, or one flagged span. */
export type TextPiece = { text: string; issue: TextIssue | null };

/**
 * Cuts a text into plain pieces and the spans of the given kinds whose flagged text is among
 * `flagged` (what the open findings name), for marking where the text is displayed. Overlapping
 * spans keep the first.
 */
export function markPieces(text: string, flagged: readonly { kind: TextIssueKind; text: string }[]): TextPiece[] {
  const wanted = checkText(text).filter((i) => flagged.some((f) => f.kind === i.kind && f.text === i.text));
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const issue of wanted) {
    if (issue.start < at) continue;
    if (issue.start > at) pieces.push({ text: text.slice(at, issue.start), issue: null });
    pieces.push({ text: issue.text, issue });
    at = issue.end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), issue: null });
  return pieces;
}
