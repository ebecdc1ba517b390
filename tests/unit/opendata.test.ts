import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ItemSummary } from "../../lib/items/types.ts";
import { itemsToCsv, toOpenDataItem } from "../../lib/opendata/items.ts";
import { NOT_REPORTED, PLAN_YEARS } from "../support/items.ts";

const item: ItemSummary = {
  number: 7,
  title: 'A "quoted", title',
  bureau: { code: "01", name: "総務部", sourceName: "01総務部" },
  section: null,
  purpose: "一行目\n二行目",
  content: "内容",
  target: "50%",
  areaLabel: null,
  directionLabel: null,
  area: null,
  direction: null,
  classification: "分類",
  ...PLAN_YEARS,
  ...NOT_REPORTED,
  stale: false,
};

describe("open data", () => {
  it("publishes the source's bureau name and Japanese status terms", () => {
    const open = toOpenDataItem(item);
    expect(open.bureau).toBe("01総務部");
    expect(open.status).toBe("未報告");
    expect(open.area).toBeNull();
    expect(toOpenDataItem({ ...item, status: "in_progress", evaluation: "B" })).toMatchObject({
      status: "実施中",
      evaluation: "B 概ね順調",
    });
  });

  it("writes CSV with a BOM, CRLF and RFC 4180 quoting", () => {
    const csv = itemsToCsv([toOpenDataItem(item)]);
    expect(csv.startsWith("\uFEFFnumber,title,")).toBe(true);
    expect(csv).toContain('"A ""quoted"", title"');
    expect(csv).toContain('"一行目\n二行目"');
    expect(csv.endsWith("\r\n")).toBe(true);
    const [row] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      number: "7",
      title: 'A "quoted", title',
      purpose: "一行目\n二行目",
      section: "",
      status: "未報告",
      bureauCode: "01",
      planPeriod: `${PLAN_YEARS.startFiscalYear}-${PLAN_YEARS.endFiscalYear}`,
      // Booleans as the JSON writes them.
      stale: "false",
    });
  });

  it("keeps text cells from becoming formulas in a spreadsheet", () => {
    const hostile = {
      ...item,
      title: '=HYPERLINK("http://example.com")',
      purpose: "+1",
      content: "-2",
      target: "@SUM(A1)",
    };
    const [row] = parse(itemsToCsv([toOpenDataItem({ ...hostile, classification: "\tタブ" })]), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(row).toMatchObject({
      title: '\'=HYPERLINK("http://example.com")',
      purpose: "'+1",
      content: "'-2",
      target: "'@SUM(A1)",
      classification: "'\tタブ",
      // Numbers stay numbers.
      number: "7",
    });
  });
});
