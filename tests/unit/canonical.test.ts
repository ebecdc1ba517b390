import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { chooseCanonical, foldText, reconcileItems } from "../../lib/importer/canonical.ts";
import { parseSource } from "../../lib/importer/parse-source.ts";
import type { ListingId, SourceArea, SourceItemRow } from "../../lib/importer/source-types.ts";

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

  it("texts differing only in width or spacing: by-number", () => {
    expect(chooseCanonical("title", "民間委託（アウトソーシング）", "民間委託(アウトソーシング)")).toMatchObject({
      canonical: "byNumber",
      relation: "width",
    });
    expect(chooseCanonical("purpose", "AIOCR", "A I O C R")).toMatchObject({
      canonical: "byNumber",
      relation: "width",
    });
  });

  it("different wording: the longer text wins, whichever listing it is in", () => {
    expect(chooseCanonical("target", "うち2割（73件）", "うち割（73件）")).toMatchObject({
      canonical: "byClassification",
      relation: "wording",
    });
    expect(chooseCanonical("target", "うち割（73件）", "うち2割（73件）")).toMatchObject({
      canonical: "byNumber",
      relation: "wording",
    });
  });

  it("measures length after folding, so spacing does not make a text longer", () => {
    // 5 characters as written, 3 after folding: shorter than "abcd".
    expect(chooseCanonical("content", "Ａ Ｂ Ｃ", "abcd")).toMatchObject({
      canonical: "byNumber",
      relation: "wording",
    });
    expect(chooseCanonical("content", "abcd", "Ａ Ｂ Ｃ")).toMatchObject({
      canonical: "byClassification",
      relation: "wording",
    });
  });

  it("different wording of equal length: by-number", () => {
    expect(chooseCanonical("title", "各種産業祭りの歳出の適正化", "各種産業祭りの歳入の適正化")).toMatchObject({
      canonical: "byNumber",
      relation: "wording",
    });
  });

  it("one text empty: the non-empty one", () => {
    expect(chooseCanonical("content", "内容", "")).toMatchObject({
      canonical: "byClassification",
      relation: "one_empty",
    });
    expect(chooseCanonical("content", "", "内容")).toMatchObject({ canonical: "byNumber", relation: "one_empty" });
  });

  it("both empty: by-number", () => {
    expect(chooseCanonical("target", "", "")).toMatchObject({ canonical: "byNumber", relation: "both_empty" });
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
