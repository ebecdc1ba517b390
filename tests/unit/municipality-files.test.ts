// What the portal's files say about whose plan they carry: the Atom feed's title, description and
// author, and the workbooks' creator, all from the municipality's data (here not Iizuka's).
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import FeedParser from "feedparser";
import { describe, expect, it } from "vitest";
import { renderAtom } from "../../lib/feeds/atom.ts";
import { buildPeriodSheet } from "../../lib/surveys/period-sheet.ts";
import { buildSurveyWorkbook } from "../../lib/surveys/survey-workbook.ts";

// No secretariat: the feed's author is the municipality alone.
const MINAMI = { name: "南町", planName: "第3次行財政改革実施計画", secretariat: "" };
const PERIOD = { key: "2025-first_half", fiscalYear: 2025, term: "first_half" } as const;

async function feedMeta(xml: string) {
  const parser = new FeedParser({ strict: true });
  Readable.from([xml]).pipe(parser);
  for await (const _ of parser);
  return parser.meta;
}

async function creatorOf(book: ExcelJS.Workbook) {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await book.xlsx.writeBuffer());
  return read.creator;
}

describe("the municipality in generated files", () => {
  it("names the plan and the publisher in the feed", async () => {
    const xml = renderAtom(
      {
        municipality: MINAMI,
        subject: { kind: "department", code: "02", name: "総務課" },
        publications: [],
        updated: "2025-11-05T00:00:00.000Z",
      },
      "https://portal.example.jp",
    );
    const meta = await feedMeta(xml);
    expect(meta.title).toBe("総務課 — 南町第3次行財政改革実施計画 進捗報告");
    expect(meta.description).toBe(
      "南町第3次行財政改革実施計画 進捗ポータルで公開した進捗報告（新しいものから最大50件）",
    );
    expect(meta.author).toBe("南町");
    expect(xml).not.toContain("飯塚");
  });

  it("names the plan as the workbooks' creator", async () => {
    const survey = await buildSurveyWorkbook({
      municipality: MINAMI,
      period: PERIOD,
      section: null,
      rows: [],
      kpis: [],
    });
    expect(await creatorOf(survey)).toBe("南町第3次行財政改革実施計画 進捗管理");
    expect(await creatorOf(buildPeriodSheet({ municipality: MINAMI, period: PERIOD, rows: [] }))).toBe(
      "南町第3次行財政改革実施計画 進捗管理",
    );
  });
});
