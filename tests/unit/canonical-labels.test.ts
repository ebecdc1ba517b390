// Category labels are matched to the plan's own list with width and punctuation folded; the label
// stays as written, and a finding says it is not the list's spelling.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { foldLabel, reconcileItems } from "../../lib/importer/canonical.ts";
import { parseSource } from "../../lib/importer/parse-source.ts";
import type { ListingId, SourceArea, SourceItemRow } from "../../lib/importer/source-types.ts";

describe("foldLabel", () => {
  it("folds width, spacing, brackets and dots of any kind", () => {
    for (const variant of [
      "人(職員)の改革",
      "人（職員）の改革",
      "人【職員】の改革",
      "人〔職員〕の改革",
      " 人 [職員] の改革 ",
    ])
      expect(foldLabel(variant)).toBe("人職員の改革");
    expect(foldLabel("情報･デジタル化の改革")).toBe(foldLabel("情報・デジタル化の改革"));
    expect(foldLabel("情報/デジタル化の改革")).toBe(foldLabel("情報・デジタル化の改革"));
  });

  it("keeps wording, the long vowel mark and a label of punctuation only", () => {
    expect(foldLabel("歳入の適正化")).not.toBe(foldLabel("歳出の適正化"));
    expect(foldLabel("サービス")).toBe("サービス");
    expect(foldLabel("・")).toBe("・");
  });
});

describe("reconcileItems matches categories", () => {
  const areas: SourceArea[] = [
    {
      name: "人（職員）の改革",
      intro: [],
      directions: [{ name: "人材の育成・確保", policy: [], mainActions: [] }],
    },
    { name: "情報・デジタル化の改革", intro: [], directions: [{ name: "業務の効率化", policy: [], mainActions: [] }] },
  ];
  const row = (listing: ListingId, values: Partial<SourceItemRow> = {}): SourceItemRow => ({
    listing,
    number: 1,
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
  const one = (area: string, direction: string) =>
    reconcileItems([row("byClassification"), row("byNumber", { area, direction })], areas)[0];

  it.each([
    ["人【職員】の改革", "人材の育成･確保", "人（職員）の改革", "人材の育成・確保"],
    ["情報／デジタル化の改革", "業務の効率化", "情報・デジタル化の改革", "業務の効率化"],
  ])("%s / %s → %s / %s, labels kept, findings for what differs", (area, direction, areaName, directionName) => {
    const item = one(area, direction);
    expect(item).toMatchObject({ areaLabel: area, directionLabel: direction, areaName, directionName });
    const differing = [area !== areaName && "area", direction !== directionName && "direction"].filter(Boolean);
    expect(item.findings.map((f) => f.key)).toEqual(differing.map((field) => `nonstandard:1:${field}`));
    expect(item.findings.find((f) => f.field === "area")?.detail).toEqual({ value: area, matches: areaName });
  });

  it("leaves a different wording unmatched, reported with no match", () => {
    const item = one("人（職員）の改革", "人材の確保");
    expect(item).toMatchObject({ areaName: "人（職員）の改革", directionName: null });
    expect(item.findings).toEqual([
      expect.objectContaining({ key: "nonstandard:1:direction", detail: { value: "人材の確保", matches: null } }),
    ]);
  });

  it("on the Iizuka plan: item 96's ASCII parentheses are the vision's area; 歳入の適正化 is no direction", () => {
    const source = parseSource(
      fs.readFileSync(new URL("../../prisma/data/iizuka-plan-source.md", import.meta.url), "utf8"),
    );
    const items = new Map(reconcileItems(source.rows, source.areas).map((item) => [item.number, item]));
    expect(items.get(96)).toMatchObject({ areaLabel: "人(職員)の改革", areaName: "人（職員）の改革" });
    expect(items.get(96)?.findings.map((f) => f.key)).toContain("nonstandard:96:area");
    for (const number of [78, 80, 117]) {
      expect(items.get(number)).toMatchObject({
        areaName: "財政の改革",
        directionLabel: "歳入の適正化",
        directionName: null,
      });
    }
    const canonicalAreas = new Set([...items.values()].map((item) => item.areaName).filter(Boolean));
    expect([...canonicalAreas].sort()).toEqual(source.areas.map((a) => a.name).sort());
  });
});
