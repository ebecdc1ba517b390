import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { reconcileItems } from "../../lib/importer/canonical";
import { parseSource } from "../../lib/importer/parse-source";
import { type KpiProposal, proposeKpis } from "../../lib/indicators/propose-kpis";

const markdown = fs.readFileSync(new URL("../../prisma/data/iizuka-plan-source.md", import.meta.url), "utf8");
const parsed = parseSource(markdown);
// The canonical target of each item, as the import stores it.
const items = reconcileItems(parsed.rows, parsed.areas);
const PLAN_END = 2026;

function analyse(number: number) {
  const item = items.find((i) => i.number === number);
  if (!item) throw new Error(`no item ${number}`);
  return proposeKpis({ target: item.fields.target, title: item.fields.title, endFiscalYear: PLAN_END });
}

/** A proposal with the defaults most targets share (deadline = plan end, no baseline, increase). */
function kpi(
  partial: Pick<KpiProposal, "name" | "unit" | "targetValue"> & Partial<KpiProposal>,
): Omit<KpiProposal, "sourceText"> {
  return { targetYear: PLAN_END, direction: "increase", baselineValue: null, baselineYear: null, ...partial };
}

const withoutSource = (proposals: KpiProposal[]) => proposals.map(({ sourceText: _sourceText, ...rest }) => rest);

describe("proposeKpis on the city's 118 targets", () => {
  const results = items.map((item) => ({
    number: item.number,
    ...proposeKpis({ target: item.fields.target, title: item.fields.title, endFiscalYear: PLAN_END }),
  }));
  const numbersOf = (m: string) => results.filter((r) => r.measurability === m).map((r) => r.number);

  it("reads all 118 targets", () => {
    expect(results).toHaveLength(118);
  });

  it("classifies 21 targets as measurable, 5 as partly measurable and 92 as not measurable", () => {
    expect({
      measurable: numbersOf("measurable").length,
      partial: numbersOf("partial").length,
      none: numbersOf("none").length,
    }).toEqual({
      measurable: 21,
      partial: 5,
      none: 92,
    });
    expect(numbersOf("measurable")).toEqual([
      10, 20, 29, 33, 34, 36, 37, 44, 49, 58, 68, 70, 77, 79, 82, 85, 86, 90, 96, 99, 100,
    ]);
    // Relative to an unstated baseline (半減, 10倍, 7割削減) or a placeholder (〇人).
    expect(numbersOf("partial")).toEqual([4, 19, 38, 52, 83]);
  });

  it("proposes KPIs only where it found a figure, and every proposal has a unit and a deadline", () => {
    for (const r of results) {
      expect(r.proposals.length > 0, `item ${r.number}`).toBe(r.measurability !== "none");
      for (const p of r.proposals) {
        expect(p.unit).not.toBe("");
        expect(p.targetYear).toBe(PLAN_END);
        expect(p.name.length).toBeGreaterThan(1);
      }
    }
    expect(results.reduce((n, r) => n + r.proposals.length, 0)).toBe(29);
  });

  it("44: 利用率20% (the figure the staff workflow reports against)", () => {
    expect(withoutSource(analyse(44).proposals)).toEqual([
      kpi({ name: "WEB口座振替受付サービスの利用率", unit: "%", targetValue: 20 }),
    ]);
    expect(analyse(44).proposals[0].sourceText).toBe(
      "WEB口座振替受付サービスの利用率20%(市県民税(普通徴収)・固定資産税・軽自動車税・国民健康保険税)",
    );
  });

  // Targets with one figure: [item, what it shows, the KPI proposed]
  const single: [number, string, Parameters<typeof kpi>[0]][] = [
    [10, "the share 85%, not the 1週間 that qualifies it", { name: "1週間以上の取得率", unit: "%", targetValue: 85 }],
    [20, "a share of a whole (契約の50%以上)", { name: "契約に占める電子契約の割合", unit: "%", targetValue: 50 }],
    [49, "2割（73件）: the 73 件, not the 365件 it is part of", { name: "払下げの件数", unit: "件", targetValue: 73 }],
    [77, "80日間 → 80 日", { name: "ミッドナイトオートレース開催日数", unit: "日", targetValue: 80 }],
    [79, "4千万円 keeps its unit of account", { name: "寄附額（年間）", unit: "万円", targetValue: 4000 }],
    [82, "50億円 keeps its unit of account", { name: "寄附額", unit: "億円", targetValue: 50 }],
  ];

  it.each(single)("%i: %s", (number, _shows, proposal) => {
    expect(withoutSource(analyse(number).proposals)).toEqual([kpi(proposal)]);
  });

  it("49's by-number variant (「うち割（73件）」, a dropped digit) still proposes 73 件", () => {
    const variant = items.find((i) => i.number === 49)!.choices.find((c) => c.field === "target")!.byNumber;
    expect(variant).toContain("うち割");
    expect(withoutSource(proposeKpis({ target: variant, endFiscalYear: PLAN_END }).proposals)).toEqual([
      kpi({ name: "払下げの件数", unit: "件", targetValue: 73 }),
    ]);
  });

  it("68: 令和8年度 is the deadline and 第2次 an ordinal; the figure is 3 センター", () => {
    const result = analyse(68);
    expect(result.statedDeadline).toBe(2026);
    expect(withoutSource(result.proposals)).toEqual([
      kpi({
        name: "まちづくり協議会による交流センターの指定管理者制度の導入センター数",
        unit: "センター",
        targetValue: 3,
      }),
    ]);
    expect(result.measurability).toBe("measurable");
  });

  it("70: 倍増 (relative, as a ratio) and 満足度50%以上 (absolute) — measurable", () => {
    expect(withoutSource(analyse(70).proposals)).toEqual([
      kpi({ name: "コミュニティ交通の利用者数（現状比）", unit: "倍", targetValue: 2 }),
      kpi({ name: "満足度", unit: "%", targetValue: 50 }),
    ]);
    expect(analyse(70).measurability).toBe("measurable");
  });

  it("83: 7割削減 is a decrease to 0.3 of the current value — partial", () => {
    expect(withoutSource(analyse(83).proposals)).toEqual([
      kpi({ name: "作業時間（現状比）", unit: "倍", targetValue: 0.3, direction: "decrease" }),
    ]);
    expect(analyse(83).measurability).toBe("partial");
  });

  it("4 and 52: 半減 is a decrease to half — partial", () => {
    expect(withoutSource(analyse(52).proposals)).toEqual([
      kpi({ name: "過年度未収金（現状比）", unit: "倍", targetValue: 0.5, direction: "decrease" }),
    ]);
    expect(withoutSource(analyse(4).proposals)).toEqual([
      kpi({
        name: "罹災証明書の発行等に関する手続きに要する期間（現状比）",
        unit: "倍",
        targetValue: 0.5,
        direction: "decrease",
      }),
    ]);
  });

  it("19: 現在の10倍以上 — partial", () => {
    expect(withoutSource(analyse(19).proposals)).toEqual([
      kpi({ name: "SNSのフォロワー数や登録者数（現状比）", unit: "倍", targetValue: 10 }),
    ]);
  });

  it("38: 年間累計〇人 is a KPI without a target value — partial", () => {
    expect(withoutSource(analyse(38).proposals)).toEqual([
      kpi({ name: "リモートワークを利用する職員数（年間累計）", unit: "人", targetValue: null }),
      kpi({ name: "フレックス勤務を利用する職員数（年間累計）", unit: "人", targetValue: null }),
    ]);
  });

  it("90, 99, 100: figures in brackets, with and without a label", () => {
    expect(withoutSource(analyse(90).proposals)).toEqual([
      kpi({ name: "配備したタブレット端末数", unit: "台", targetValue: 12 }),
    ]);
    expect(withoutSource(analyse(99).proposals)).toEqual([
      kpi({ name: "配備したタブレット端末数", unit: "台", targetValue: 40 }),
    ]);
    expect(withoutSource(analyse(100).proposals)).toEqual([
      kpi({ name: "配備するドローン数", unit: "台", targetValue: 2 }),
      kpi({ name: "操作員の人数", unit: "名", targetValue: 6 }),
    ]);
  });

  it("96: 現行1名から2名 gives a baseline and a target", () => {
    expect(withoutSource(analyse(96).proposals)).toEqual([
      kpi({ name: "手話通訳の体制整備（人数）", unit: "名", targetValue: 2, baselineValue: 1 }),
    ]);
  });

  it("29 and 58: a count of the thing done", () => {
    expect(withoutSource(analyse(29).proposals)).toEqual([
      kpi({ name: "公民共創事業の実施件数", unit: "件", targetValue: 4 }),
    ]);
    expect(withoutSource(analyse(58).proposals)).toEqual([
      kpi({ name: "外部有識者による評価の実施件数", unit: "件", targetValue: 20 }),
    ]);
  });

  it.each([
    [2, "受験者数増加"],
    [12, "1級 is a grade"],
    [47, "第3次 / 第4次 are ordinals"],
    [56, "ほぼゼロ is not a figure"],
    [104, "全図面 is not a figure"],
    [107, "第3次実施計画"],
    [118, "empty target"],
  ])("%i is not measurable (%s)", (number) => {
    expect(analyse(number)).toMatchObject({ measurability: "none", proposals: [] });
  });
});

describe("proposeKpis on other wording", () => {
  const read = (target: string, endFiscalYear: number | null = PLAN_END) => proposeKpis({ target, endFiscalYear });

  it("folds full-width digits and ％ (NFKC)", () => {
    expect(withoutSource(read("電子申請の利用率を５０％以上とする。").proposals)).toEqual([
      kpi({ name: "電子申請の利用率", unit: "%", targetValue: 50 }),
    ]);
  });

  it("takes a stated deadline (令和, R, 西暦) as the target year and never proposes it as a figure", () => {
    expect(read("令和８年度末までに電子申請の利用率を50%以上とする。")).toMatchObject({
      statedDeadline: 2026,
      proposals: [{ targetValue: 50, targetYear: 2026 }],
    });
    expect(read("R7年度までに処理件数を1,200件にする")).toMatchObject({
      statedDeadline: 2025,
      proposals: [{ name: "処理件数", unit: "件", targetValue: 1200, targetYear: 2025 }],
    });
    expect(read("2027年度に満足度60%")).toMatchObject({
      statedDeadline: 2027,
      proposals: [{ name: "満足度", targetValue: 60, targetYear: 2027 }],
    });
    expect(read("令和9年3月までに窓口を2か所にする")).toMatchObject({
      statedDeadline: 2026,
      proposals: [{ unit: "箇所", targetValue: 2, targetYear: 2026 }],
    });
    expect(read("令和8年度に計画を改定する")).toMatchObject({
      statedDeadline: 2026,
      measurability: "none",
      proposals: [],
    });
  });

  it("takes no deadline from an earlier era or from a year the era never had", () => {
    expect(read("平成30年度比で利用率を50%にする")).toMatchObject({
      statedDeadline: null,
      proposals: [{ targetValue: 50, targetYear: PLAN_END }],
    });
    expect(read("令和0年度までに5件", null)).toMatchObject({
      statedDeadline: null,
      measurability: "partial",
      proposals: [{ targetValue: 5, targetYear: null }],
    });
  });

  it("is partial when a figure has no deadline at all", () => {
    expect(read("利用率50%", null)).toMatchObject({
      measurability: "partial",
      proposals: [{ targetValue: 50, targetYear: null }],
    });
    expect(read("令和8年度に利用率50%", null)).toMatchObject({
      measurability: "measurable",
      proposals: [{ targetValue: 50, targetYear: 2026 }],
    });
  });

  it("reads 割, %削減, 以内 and ranges with their direction", () => {
    expect(read("参加率を3割にする").proposals).toMatchObject([{ unit: "%", targetValue: 30, direction: "increase" }]);
    expect(read("問い合わせ対応時間を3割削減する").proposals).toMatchObject([
      { name: "問い合わせ対応時間（現状比）", unit: "倍", targetValue: 0.7, direction: "decrease" },
    ]);
    expect(read("紙の使用量を20%削減する").proposals).toMatchObject([
      { unit: "倍", targetValue: 0.8, direction: "decrease" },
    ]);
    expect(read("待ち時間を30分以内にする").proposals).toMatchObject([
      { name: "待ち時間", unit: "分", targetValue: 30, direction: "decrease" },
    ]);
    expect(read("参加者数を40〜50人とする").proposals).toMatchObject([
      { name: "参加者数", unit: "人", targetValue: 40, direction: "increase" },
    ]);
    expect(read("待機日数を5～10日に短縮する").proposals).toMatchObject([
      { name: "待機日数", unit: "日", targetValue: 10, direction: "decrease" },
    ]);
    expect(read("来場者数を維持し、満足度80%を維持する").proposals).toMatchObject([
      { name: "満足度", targetValue: 80, direction: "maintain" },
    ]);
  });

  it("names a count without a subject after the item's title instead of a verb phrase", () => {
    expect(
      proposeKpis({ target: "第2次計画に基づき3施設を統合する", title: "公共施設の統合", endFiscalYear: PLAN_END })
        .proposals,
    ).toMatchObject([{ name: "公共施設の統合（施設数）", unit: "施設", targetValue: 3 }]);
  });

  it("proposes nothing from dates, ordinals, grades and item numbers", () => {
    for (const target of [
      "令和7年4月1日から運用を開始する",
      "No.44の取組と連携する",
      "第2期計画を策定する",
      "3級職の業務を見直す",
      "平成30年度の水準に戻す",
    ]) {
      expect(read(target), target).toMatchObject({ measurability: "none", proposals: [] });
    }
    // R8 is a deadline, but not inside a word.
    expect(read("QR2コードで10件受け付ける")).toMatchObject({
      statedDeadline: null,
      proposals: [{ unit: "件", targetValue: 10, targetYear: PLAN_END }],
    });
  });
});
