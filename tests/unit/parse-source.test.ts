import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../lib/importer/parse-source";
import type { ListingId, SourceItemRow } from "../../lib/importer/source-types";

const markdown = fs.readFileSync(new URL("../../prisma/data/iizuka-plan-source.md", import.meta.url), "utf8");
const parsed = parseSource(markdown);

function listing(id: ListingId): SourceItemRow[] {
  return parsed.rows.filter((r) => r.listing === id);
}

function item(id: ListingId, number: number): SourceItemRow {
  const row = listing(id).find((r) => r.number === number);
  if (!row) throw new Error(`item ${number} missing from ${id}`);
  return row;
}

const LISTINGS: ListingId[] = ["byClassification", "byNumber"];

const BUREAUS = [
  "01総務部",
  "02行政経営部",
  "03市民協働部",
  "04市民環境部",
  "05経済部",
  "06福祉部",
  "07都市建設部",
  "08企業局",
  "09議会事務局",
  "10教育部",
];

const AREAS = [
  { name: "情報・デジタル化の改革", directions: ["業務の効率化", "利便性の向上"] },
  { name: "人（職員）の改革", directions: ["働き方改革の推進", "人材の育成・確保"] },
  { name: "財政の改革", directions: ["歳入の確保", "歳出の適正化"] },
  { name: "施設・モノの改革", directions: ["規模の適正化", "管理の効率化"] },
];

describe("parseSource: item listings", () => {
  it.each(LISTINGS)("%s has 118 rows numbered exactly 1..118", (id) => {
    const numbers = listing(id)
      .map((r) => r.number)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 118 }, (_, i) => i + 1));
  });

  it("yields only the two listings", () => {
    expect(parsed.rows).toHaveLength(236);
  });

  it.each(LISTINGS)("%s uses the 10 bureaus", (id) => {
    expect([...new Set(listing(id).map((r) => r.bureau))].sort()).toEqual(BUREAUS);
  });

  it("fills classification only in byClassification, with 43 distinct values", () => {
    const classifications = listing("byClassification").map((r) => r.classification);
    expect(classifications.every((c) => c !== "")).toBe(true);
    expect(new Set(classifications).size).toBe(43);
    expect(listing("byNumber").every((r) => r.classification === "")).toBe(true);
    expect(listing("byClassification").every((r) => r.area === "" && r.direction === "")).toBe(true);
  });

  it("keeps the 小分類 values as written, including the off-list 歳入の適正化", () => {
    const directions = new Set(
      listing("byNumber")
        .map((r) => r.direction)
        .filter((d) => d !== ""),
    );
    const expected = [...AREAS.flatMap((a) => a.directions), "歳入の適正化"];
    expect([...directions].sort()).toEqual(expected.sort());
    expect(item("byNumber", 80).direction).toBe("歳入の適正化");
  });

  it("keeps empty cells as empty strings", () => {
    for (const id of LISTINGS) {
      expect(item(id, 2).purpose).toBe("");
      expect(item(id, 118).section).toBe("");
      expect(item(id, 118).target).toBe("");
    }
    for (const n of [20, 87]) {
      expect(item("byNumber", n).area).toBe("");
      expect(item("byNumber", n).direction).toBe("");
    }
    expect(item("byNumber", 76).content).toBe("");
    expect(item("byClassification", 76).content).toBe(
      "市役所窓口横に、コンビニのマルチコピー機を設置（近くのコンビニと連携して設置）する。",
    );
  });

  it("keeps each listing's own wording (no normalisation)", () => {
    expect(item("byClassification", 49).target).toContain("貸付件数365件のうち2割（73件）");
    expect(item("byNumber", 49).target).toContain("貸付件数365件のうち割（73件）");
    expect(item("byClassification", 80).title).toBe("各種産業祭りの歳出の適正化");
    expect(item("byNumber", 80).title).toBe("各種産業祭りの歳入の適正化");
    expect(item("byClassification", 87).title).toBe("民間委託（アウトソーシング）導入による有害鳥獣対策");
    expect(item("byNumber", 87).title).toBe("民間委託(アウトソーシング)導入による有害鳥獣対策");
    expect(item("byNumber", 23).purpose).toContain("A I O C R");
  });

  it("maps every column of a row", () => {
    expect(item("byNumber", 1)).toMatchObject({
      bureau: "01総務部",
      title: "組織や仕事への貢献意欲向上のための人材育成基本計画の改訂",
      section: "人事課",
      area: "人（職員）の改革",
      direction: "人材の育成・確保",
    });
    expect(item("byClassification", 16)).toMatchObject({
      title: "窓口対応事務・電話対応事務の効率化",
      section: "人事課",
      target:
        "勤務時間中の問合せ関連事務を簡素化・効率化することで、勤務時間内での事務作業時間を確保し時間外勤務時間を削減する。",
      classification: "窓口業務等の包括的民間委託",
    });
  });

  it("treats missing trailing cells as empty and accepts CRLF line endings", () => {
    const trimmed = markdown.replace(/^(20\t.*?)\t+$/m, "$1");
    expect(trimmed).not.toBe(markdown);
    expect(parseSource(trimmed).rows).toEqual(parsed.rows);
    expect(parseSource(markdown.replace(/\n/g, "\r\n"))).toEqual(parsed);
  });
});

describe("parseSource: reform areas", () => {
  it("reads the 4 areas with their 2 directions each, in order", () => {
    expect(parsed.areas.map((a) => ({ name: a.name, directions: a.directions.map((d) => d.name) }))).toEqual(AREAS);
  });

  it("reads intro, policy and main action bullets without markers", () => {
    expect(parsed.areas.map((a) => a.intro.length)).toEqual([3, 5, 4, 3]);
    expect(parsed.areas.map((a) => a.directions.map((d) => d.policy.length))).toEqual([
      [2, 2],
      [2, 2],
      [2, 2],
      [2, 2],
    ]);
    expect(parsed.areas.map((a) => a.directions.map((d) => d.mainActions.length))).toEqual([
      [6, 6],
      [4, 5],
      [5, 4],
      [2, 5],
    ]);
    const [digital, people] = parsed.areas;
    expect(digital.directions[0].mainActions[1]).toBe("ペーパーレス化の更なる推進");
    expect(digital.directions[1].policy[0]).toBe(
      "市民がオンラインで行える手続きの範囲を拡充し、業務の効率化とともに利便性の向上を実現します。",
    );
    expect(people.directions[1].mainActions[1]).toBe("資格取得の推奨");
    const bullets = parsed.areas.flatMap((a) => [
      ...a.intro,
      ...a.directions.flatMap((d) => [...d.policy, ...d.mainActions]),
    ]);
    expect(bullets.filter((b) => /^[-●➢・\s]|<|\*\*/.test(b))).toEqual([]);
  });
});

describe("parseSource: indicators", () => {
  it("reads the 5 成果指標 with baselines", () => {
    expect(parsed.indicators.map((i) => [i.name, i.baselineValue, i.unit, i.baselineYear, i.targetText])).toEqual([
      ["効果的・効率的な行政経営の推進", 6.8, "%", 2020, "上昇"],
      ["公共施設等の最適化と有効利活用", 7.3, "%", 2020, "上昇"],
      ["財政の健全化", 4.2, "%", 2020, "上昇"],
      ["職員の能力開発と人材育成の推進", 7.0, "%", 2020, "上昇"],
      ["職場満足度", 47.89, "%", 2019, "上昇"],
    ]);
    expect(parsed.indicators.map((i) => i.survey)).toEqual([
      ...Array<string>(4).fill("飯塚市民意識調査"),
      "働き方改革に関する職員アンケート",
    ]);
    expect(parsed.indicators[1].description).toMatch(/^同調査 「公共施設等の最適化と有効利活用」/);
  });
});

describe("parseSource: public comments", () => {
  it("reads the 6 comments with age groups and paragraphs", () => {
    expect(parsed.comments.map((c) => [c.number, c.ageGroup])).toEqual([
      [1, "30代"],
      [2, "30代"],
      [3, "60代"],
      [4, "60代"],
      [5, "60代"],
      [6, "40代"],
    ]);
    expect(parsed.comments.map((c) => [c.opinion.length, c.response.length])).toEqual([
      [5, 1],
      [11, 1],
      [2, 1],
      [12, 3],
      [16, 2],
      [2, 1],
    ]);
    expect(parsed.comments[2].opinion[0]).toBe("ビジョン(素案)を拝見しましたが、ChatGPTについての記載がありません。");
    expect(parsed.comments.flatMap((c) => [...c.opinion, ...c.response]).some((p) => p.includes("<"))).toBe(false);
  });
});

describe("parseSource: meeting", () => {
  const { meeting } = parsed;

  it("reads the header fields", () => {
    expect(meeting.name).toBe("第5回 飯塚市行政経営戦略推進審議会");
    expect(meeting.heldOn).toBe("2023-10-18");
    expect(meeting.heldAtText).toBe("令和5年10月18日(水) 13:30~15:00");
    expect(meeting.place).toBe("オンライン(委員)、飯塚市役所 5階研修室(事務局)");
    expect(meeting.attendees).toEqual(["井澤会長", "大久保副会長", "河委員", "菅原委員", "畠中委員"]);
    expect(meeting.absentees).toEqual([]);
    expect(meeting.secretariat).toMatch(/^【行政経営部】東部長 【業務改善・DX推進課】中嶋課長/);
    expect(meeting.materials).toHaveLength(3);
    expect(meeting.materials[0]).toBe("飯塚市行政経営戦略推進ビジョン素案");
    expect(meeting.disclosure).toBe("公開");
    expect(meeting.observers).toBe(2);
  });

  it("reads the agenda, including opinions continued on the next source line", () => {
    expect(meeting.agenda.map((a) => a.title.split(" ")[0])).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(meeting.agenda[0].title).toBe("1 開会");
    expect(meeting.agenda[5].title).toBe("6 閉会");
    expect(meeting.agenda.map((a) => a.opinions.length)).toEqual([0, 3, 1, 4, 1, 0]);
    expect(meeting.agenda[3].opinions[1]).toBe("受益者負担の見直しについては、減免の見直しとセットで行うべき。");
    expect(meeting.agenda[1].opinions[0]).toMatch(/^目指す姿について/);
  });
});

describe("parseSource: vision", () => {
  const { vision } = parsed;

  it("reads title, catchphrase, images and values", () => {
    expect(vision.title).toBe("飯塚市行政経営戦略推進ビジョン");
    expect(vision.catchphrase).toBe("いつでも どこでも つながる 飯塚市");
    expect(vision.images).toHaveLength(4);
    expect(vision.images[2]).toBe("ファスト窓口の設置。");
    expect(vision.values.map((v) => v.points.length)).toEqual([2, 2, 1, 1, 1]);
    expect(vision.values[2].title).toBe("「当たり前」を疑え！「本当に必要なもの」を残し「ムダなもの」を捨てる");
    expect(vision.values[4].points[0]).toMatch(/^前例にとらわれない発想のもと/);
  });

  it("reads the text sections as plain paragraphs", () => {
    expect(vision.sections.map((s) => s.key)).toEqual([
      "はじめに",
      "今後に向けた課題",
      "取り組みの考え方",
      "位置づけ",
      "計画期間",
      "推進体制",
      "進行管理",
    ]);
    const section = (key: string) => vision.sections.find((s) => s.key === key)!;
    expect(section("はじめに").heading).toBe("飯塚市は、変わり続けなければならない。");
    expect(section("はじめに").paragraphs).toHaveLength(6);
    // The source's Devanagari glitch is data, not something to repair here.
    expect(section("取り組みの考え方").heading).toBe("3. 取り組みの考え方 ～ バックキャストिंग ～");
    expect(section("計画期間").paragraphs).toHaveLength(2);
    expect(section("推進体制").paragraphs).toHaveLength(4);
    expect(section("進行管理").paragraphs[0]).toMatch(/^ビジョンの進行管理にあたっては/);
    const text = vision.sections.flatMap((s) => s.paragraphs);
    expect(text.filter((p) => /^[-#・]|\*\*|<|\t/.test(p))).toEqual([]);
  });
});
