import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { chooseCanonical, foldText, reconcileItems } from "../../lib/importer/canonical.ts";
import { parseSource } from "../../lib/importer/parse-source.ts";
import type { ItemField, ListingId, SourceArea, SourceItemRow } from "../../lib/importer/source-types.ts";

describe("foldText", () => {
  it("folds full-width letters, digits and brackets to half width", () => {
    expect(foldText("ＡＩ－ＯＣＲ（１２３）")).toBe(foldText("AI-OCR(123)"));
    expect(foldText("人（職員）の改革")).toBe(foldText("人(職員)の改革"));
    expect(foldText("ｶﾀｶﾅ")).toBe("カタカナ");
  });

  it("drops half- and full-width spaces, tabs and line breaks, and ignores case", () => {
    expect(foldText(" A I O C R\u3000の\t導入\n")).toBe("aiocrの導入");
    expect(foldText("Ｗｅｂ会議")).toBe(foldText("web 会議"));
  });

  it("keeps differences in wording", () => {
    expect(foldText("うち2割")).not.toBe(foldText("うち割"));
    expect(foldText("歳入")).not.toBe(foldText("歳出"));
  });
});

describe("chooseCanonical", () => {
  it("equal texts: by-number", () => {
    expect(chooseCanonical("title", "同じ", "同じ")).toEqual({
      field: "title",
      byClassification: "同じ",
      byNumber: "同じ",
      canonical: "byNumber",
      relation: "equal",
    });
  });

  // Texts differing only in width or spacing, or of equal length, go by number; otherwise the longer
  // text wins whichever listing it is in, length measured after folding, and an empty text never wins.
  const cases: [ItemField, string, string, "byClassification" | "byNumber", string][] = [
    ["title", "民間委託（アウトソーシング）", "民間委託(アウトソーシング)", "byNumber", "width"],
    ["purpose", "AIOCR", "A I O C R", "byNumber", "width"],
    ["target", "うち2割（73件）", "うち割（73件）", "byClassification", "wording"],
    ["target", "うち割（73件）", "うち2割（73件）", "byNumber", "wording"],
    // 5 characters as written, 3 after folding: shorter than "abcd".
    ["content", "Ａ Ｂ Ｃ", "abcd", "byNumber", "wording"],
    ["content", "abcd", "Ａ Ｂ Ｃ", "byClassification", "wording"],
    ["title", "各種産業祭りの歳出の適正化", "各種産業祭りの歳入の適正化", "byNumber", "wording"],
    ["content", "内容", "", "byClassification", "one_empty"],
    ["content", "", "内容", "byNumber", "one_empty"],
    ["target", "", "", "byNumber", "both_empty"],
  ];

  it.each(cases)("%s: %j vs %j → %s (%s)", (field, byClassification, byNumber, canonical, relation) => {
    expect(chooseCanonical(field, byClassification, byNumber)).toMatchObject({ canonical, relation });
  });
});

describe("reconcileItems", () => {
  const markdown = fs.readFileSync(new URL("../../prisma/data/iizuka-plan-source.md", import.meta.url), "utf8");
  const parsed = parseSource(markdown);
  const items = reconcileItems(parsed.rows, parsed.areas);
  const findings = items.flatMap((i) => i.findings);

  it("merges the two listings into one record per item, 1..118", () => {
    expect(items.map((i) => i.number)).toEqual(Array.from({ length: 118 }, (_, i) => i + 1));
  });

  it("gives every finding a unique key", () => {
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
    expect(findings).toHaveLength(64);
  });

  it("stores the chosen variant of every field", () => {
    for (const item of items) {
      for (const choice of item.choices) {
        expect(item.fields[choice.field]).toBe(
          choice.canonical === "byNumber" ? choice.byNumber : choice.byClassification,
        );
      }
    }
    expect(items[48].fields.target).toContain("うち2割（73件）");
  });

  describe("on hand-made rows", () => {
    const areas: SourceArea[] = [
      { name: "人（職員）の改革", intro: [], directions: [{ name: "人材の育成・確保", policy: [], mainActions: [] }] },
      { name: "財政の改革", intro: [], directions: [{ name: "歳入の確保", policy: [], mainActions: [] }] },
    ];
    const row = (listing: ListingId, number: number, values: Partial<SourceItemRow> = {}): SourceItemRow => ({
      listing,
      number,
      bureau: "01総務部",
      title: "題",
      section: "人事課",
      purpose: "目的",
      content: "内容",
      target: "目標",
      classification: listing === "byClassification" ? "分類" : "",
      area: "",
      direction: "",
      ...values,
    });
    const pair = (number: number, area: string, direction: string) => [
      row("byClassification", number),
      row("byNumber", number, { area, direction }),
    ];

    it("links a label differing only in width, and reports it as nonstandard", () => {
      const [item] = reconcileItems(pair(1, "人(職員)の改革", "人材の育成・確保"), areas);
      expect(item).toMatchObject({
        areaLabel: "人(職員)の改革",
        areaName: "人（職員）の改革",
        directionName: "人材の育成・確保",
      });
      expect(item.findings.map((f) => f.key)).toEqual(["nonstandard:1:area"]);
    });

    it("does not link a direction of another area", () => {
      const [item] = reconcileItems(pair(2, "財政の改革", "人材の育成・確保"), areas);
      expect(item).toMatchObject({ areaName: "財政の改革", directionName: null });
      expect(item.findings.map((f) => f.key)).toEqual(["nonstandard:2:area-direction"]);
    });

    it("reports a missing category and an item missing from one listing", () => {
      const [item] = reconcileItems([row("byNumber", 3)], areas);
      expect(item.findings.map((f) => f.key)).toEqual(
        expect.arrayContaining(["category:3:classification", "category:3:area", "missing:3:byClassification"]),
      );
      expect(item.fields.title).toBe("題");
    });
  });
});
