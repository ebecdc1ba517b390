import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SOURCE_PATH } from "../../lib/importer/import-source.ts";
import { applySuggestions, checkText, codePoints, markPieces } from "../../lib/quality/text-checks.ts";

const source = fs.readFileSync(SOURCE_PATH, "utf8");
/** The source's lines that carry a garble, as the source writes them. */
const lines = (needle: string) => source.split("\n").filter((l) => l.includes(needle));

describe("checkText: the source's garbles", () => {
  it("finds each katakana word with Devanagari letters in it, as one span", () => {
    // The table of contents (line 43) writes 「バックキャストイング」: only the heading itself is garbled.
    const heading = lines("### 3. 取り組みの考え方")[0];
    expect(checkText(heading)).toEqual([
      {
        kind: "mixed_script",
        start: heading.indexOf("バックキャスト"),
        end: heading.indexOf("バックキャスト") + "バックキャストिंग".length,
        text: "バックキャストिंग",
        suggestion: null,
      },
    ]);
    const comparison = lines("「フォアキャスト")[0];
    expect(checkText(comparison).map((i) => [i.kind, i.text])).toEqual([
      ["mixed_script", "フォアキャストिंग"],
      ["mixed_script", "バックキャストिंग"],
    ]);
  });

  it("finds the Devanagari in every line of the source that has it, and nowhere else", () => {
    const flagged = source.split("\n").filter((l) => checkText(l).some((i) => i.kind === "mixed_script"));
    expect(flagged).toEqual(lines("\u093F"));
    expect(flagged).toHaveLength(5);
  });

  it("reads 「BP0」 as BPO with the letter O, in every row that has it", () => {
    const rows = lines("BP0の推進");
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      const issues = checkText(row).filter((i) => i.kind === "digit_for_letter");
      expect(issues.map((i) => [i.text, i.suggestion])).toEqual([["BP0", "BPO"]]);
    }
    const cell = "専門分野のBP0の推進";
    expect(applySuggestions(cell, checkText(cell))).toBe("専門分野のBPOの推進");
  });

  it("flags nothing else anywhere in the source", () => {
    const kinds = source.split("\n").flatMap((l) => checkText(l).map((i) => `${i.kind}:${i.text}`));
    expect(new Set(kinds)).toEqual(
      new Set(["mixed_script:バックキャストिंग", "mixed_script:フォアキャストिंग", "digit_for_letter:BP0"]),
    );
  });
});

describe("checkText: clean Japanese is left alone", () => {
  it.each([
    "DX推進のための全体方針の策定状況",
    "BPRの手法を用いた業務改善",
    "ICTを活用した窓口サービス",
    "令和6年度から令和10年度まで",
    "R6(2024) - R10(2028)",
    "ＡＩ－ＯＣＲの導入（１２３件）",
    "ＢＰＯ・ＲＰＡ・ＳＤＧｓ",
    "H30年度比で10%削減",
    "ISO9001の認証を取得",
    "A4判で印刷する",
    "β版を公開し、γ線の測定値を掲載する",
    "第2次飯塚市総合計画　Ⅱ．これからの行政経営の方向性",
    "①働き方改革の推進　〇　々　ヶ所",
    "ｶﾀｶﾅとひらがなと漢字のカタカナ語：コミュニケーション",
    "改行を含む\n複数行の\t文章",
    "絵文字👨‍👩‍👧も使う",
  ])("%s", (text) => {
    expect(checkText(text)).toEqual([]);
  });
});

describe("checkText: other garbles", () => {
  it("finds replacement characters as one span per run", () => {
    expect(checkText("ハラスメ\uFFFD\uFFFD対策と\uFFFD")).toEqual([
      { kind: "replacement_char", start: 4, end: 6, text: "\uFFFD\uFFFD", suggestion: null },
      { kind: "replacement_char", start: 9, end: 10, text: "\uFFFD", suggestion: null },
    ]);
  });

  it("finds control and format characters and suggests removing them", () => {
    const text = "業務\u0007改善\u200Bの\u202E推進\uFEFF";
    const issues = checkText(text);
    expect(issues.map((i) => [i.kind, codePoints(i.text)])).toEqual([
      ["control_char", "U+0007"],
      ["control_char", "U+200B"],
      ["control_char", "U+202E"],
      ["control_char", "U+FEFF"],
    ]);
    expect(applySuggestions(text, issues)).toBe("業務改善の推進");
  });

  it("finds other scripts inside Latin words and Cyrillic look-alikes", () => {
    // "DХ" with a Cyrillic Ха, "ΙCT" with a Greek Iota.
    expect(checkText("DХ推進").map((i) => i.text)).toEqual(["DХ推進"]);
    expect(checkText("ΙCTの活用").map((i) => i.text)).toEqual(["ΙCTの活用"]);
  });

  it("takes 0 and 1 in full-width acronyms too, and only single digits", () => {
    expect(checkText("ＢＰ０の推進").map((i) => i.suggestion)).toEqual(["ＢＰＯ"]);
    expect(checkText("1CTの活用").map((i) => i.suggestion)).toEqual(["ICT"]);
    expect(checkText("AB10とX0")).toEqual([]);
  });

  it("has no suggestion for the whole text when one issue has none", () => {
    const text = "BP0とバックキャストिंग";
    expect(applySuggestions(text, checkText(text))).toBeNull();
  });
});

describe("markPieces", () => {
  it("cuts out the flagged spans the findings name, and leaves the rest plain", () => {
    const text = "「フォアキャストिंग」と「バックキャストिंग」";
    const pieces = markPieces(text, [{ kind: "mixed_script", text: "バックキャストिंग" }]);
    expect(pieces.map((p) => [p.text, p.issue?.kind ?? null])).toEqual([
      ["「フォアキャストिंग」と「", null],
      ["バックキャストिंग", "mixed_script"],
      ["」", null],
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });

  it("gives the text whole when nothing is flagged", () => {
    expect(markPieces("専門分野のBPOの推進", [{ kind: "digit_for_letter", text: "BP0" }])).toEqual([
      { text: "専門分野のBPOの推進", issue: null },
    ]);
    expect(markPieces("", [])).toEqual([{ text: "", issue: null }]);
  });
});
