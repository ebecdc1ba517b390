import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ItemSummary } from "../../lib/items/types.ts";
import { itemsToCsv, toOpenDataItem } from "../../lib/opendata/items.ts";

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
  startFiscalYear: 2024,
  endFiscalYear: 2026,
  status: "not_reported",
  evaluation: null,
  progressPercent: null,
  asOf: null,
  stale: false,
  achievement: "pending",
  updatedAt: "2026-11-25T00:00:00.000Z",
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
    });
  });
});
