// The open datasets' files from the one column dictionary: CSV headers and JSON fields are the
// dictionary's, the CSV follows the 自治体標準オープンデータセット conventions (code, ID and name first,
// UTF-8 with BOM, CRLF), text cells cannot become formulas, and the workbook has the same columns.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ItemSummary } from "../../lib/items/types.ts";
import type { Municipality } from "../../lib/municipality/get-municipality.ts";
import {
  type AnyDatasetRecord,
  columnsOf,
  DATASET_NAMES,
  DATASETS,
  type DatasetName,
} from "../../lib/opendata/dictionary.ts";
import {
  columnsWithExamples,
  type DatasetMeta,
  datasetToCsv,
  datasetToJson,
  datasetToXlsx,
  tokyoIso,
} from "../../lib/opendata/formats.ts";
import { toOpenDataItem } from "../../lib/opendata/items.ts";
import {
  changeRecords,
  checkRecords,
  indicatorRecords,
  indicatorValueRecords,
  itemRecords,
  reportRecords,
  summaryRecords,
  voiceRecords,
} from "../../lib/opendata/records.ts";
import type { ItemState } from "../../lib/rollup/item-states.ts";
import { summarize } from "../../lib/rollup/summary.ts";
import { NOT_REPORTED, PLAN_YEARS } from "../support/items.ts";

const CITY: Municipality = {
  name: "架空市",
  code: "999997",
  planName: "架空市行政改革プラン",
  startFiscalYear: 2024,
  endFiscalYear: 2026,
  licenceName: "CC BY 4.0",
  licenceUrl: "https://creativecommons.org/licenses/by/4.0/deed.ja",
  secretariat: "",
};

const META: DatasetMeta = {
  municipality: { code: CITY.code, name: CITY.name },
  licence: { name: CITY.licenceName, url: CITY.licenceUrl },
  updatedAt: "2025-11-05T01:00:00.000Z",
};

const item: ItemSummary = {
  number: 7,
  title: '=HYPERLINK("http://evil.example")',
  bureau: { code: "01", name: "総務部", sourceName: "01総務部" },
  section: "総務課",
  purpose: "+1 を目指す",
  content: "-内容\n二行目",
  target: "@50%",
  areaLabel: "人(職員)の改革",
  directionLabel: null,
  area: "人（職員）の改革",
  direction: null,
  classification: "\t分類",
  ...PLAN_YEARS,
  ...NOT_REPORTED,
  status: "in_progress",
  evaluation: "B",
  progressPercent: 40,
  asOf: "2025-11-05T01:00:00.000Z",
  stale: true,
};

const publishedAt = "2025-11-05T01:00:00.000Z";
const reportRow = {
  item: { number: 7, title: "取組", bureau: { code: "01", name: "総務部" }, section: null },
  period: { fiscalYear: 2025, term: "first_half" as const },
  status: "completed" as const,
  evaluation: null,
  progressPercent: null,
  achievements: '"引用", 実績',
  issues: "\r課題",
  nextSteps: "今後",
  publishedAt,
};

const state = (number: number, fields: Partial<ItemState> = {}): ItemState => ({
  number,
  title: `取組${number}`,
  target: "",
  bureau: { code: "01", name: "総務部", sourceName: "01総務部" },
  section: "総務課",
  area: "人（職員）の改革",
  direction: "意識改革",
  classification: "分類A",
  ...NOT_REPORTED,
  achievements: "",
  issues: "",
  nextSteps: "",
  endFiscalYear: 2026,
  checks: [],
  reportPeriodId: null,
  reportState: null,
  current: false,
  stale: false,
  measurability: null,
  kpis: [],
  ...fields,
});

/** One record or more of every dataset, made by the builders the routes use. */
const VOICES = voiceRecords(CITY, [
  {
    id: 12,
    reference: "V-000012",
    itemNumber: 7,
    itemTitle: "取組",
    body: "電話は［電話番号］です",
    name: null,
    ageGroup: "70plus",
    answer: "検討します",
    createdAt: publishedAt,
    answeredAt: publishedAt,
    publishedAt,
  },
  {
    id: 3,
    reference: "V-000003",
    itemNumber: 7,
    itemTitle: "取組",
    body: "良い取組です",
    name: "いいづか",
    ageGroup: null,
    answer: "ありがとうございます",
    createdAt: publishedAt,
    answeredAt: publishedAt,
    publishedAt,
  },
]);

const RECORDS: { [N in DatasetName]: AnyDatasetRecord[] } = {
  items: itemRecords(CITY, [item]),
  reports: reportRecords(CITY, [
    { ...reportRow, revision: 1 },
    { ...reportRow, revision: 2 },
  ]),
  indicators: indicatorRecords(CITY, [
    {
      id: 3,
      scope: "vision",
      itemNumber: null,
      name: "市民満足度",
      description: "市民意識調査",
      unit: "%",
      baselineValue: 45.2,
      baselineYear: 2023,
      targetValue: null,
      targetYear: 2028,
      targetText: "上昇",
      direction: "increase",
      sourceText: "令和5年度市民意識調査",
    },
  ]),
  "indicator-values": indicatorValueRecords(CITY, [
    {
      indicator: { id: 3, name: "市民満足度", unit: "%", itemNumber: null },
      fiscalYear: 2024,
      value: 47,
      note: null,
      report: null,
    },
    {
      indicator: { id: 9, name: "利用率", unit: "%", itemNumber: 7 },
      fiscalYear: 2025,
      value: -1.5,
      note: "-速報値",
      report: { period: { fiscalYear: 2025, term: "first_half" }, revision: 2, publishedAt },
    },
  ]),
  summary: summaryRecords(
    CITY,
    summarize(
      [
        state(1),
        state(2, { status: "completed", evaluation: "A", progressPercent: 100, asOf: publishedAt, current: true }),
      ],
      {
        areas: ["人（職員）の改革"],
        directions: [{ name: "意識改革", area: "人（職員）の改革" }],
        bureaus: [{ code: "01", name: "総務部" }],
        sections: [{ name: "総務課", bureauCode: "01" }],
        classifications: ["分類A"],
      },
    ),
  ),
  checks: checkRecords(CITY, [
    {
      period: { fiscalYear: 2025, term: "first_half" },
      itemNumber: 7,
      itemTitle: "取組",
      finding: { kind: "completed_below_full", kpiId: null },
      kpiName: null,
      explanation: { text: "年度末に完了予定", explainedAt: publishedAt },
    },
    {
      period: { fiscalYear: 2025, term: "first_half" },
      itemNumber: 7,
      itemTitle: "取組",
      finding: { kind: "completed_kpi_unmet", kpiId: 9 },
      kpiName: "利用率",
      explanation: null,
    },
  ]),
  changes: changeRecords(CITY, [
    {
      id: 1,
      itemNumber: 7,
      itemTitle: "取組",
      field: "target",
      before: "20%",
      after: "25%",
      reason: "前倒しで達成したため",
      changedAt: publishedAt,
    },
  ]),
  voices: VOICES,
};

// Records end in CRLF only: a file with bare LF line ends would not parse into its rows.
const csvRows = (csv: string) => parse(csv, { bom: true, record_delimiter: "\r\n" }) as string[][];
const byLabel = (name: DatasetName, csv: string) => {
  const [header, ...rows] = csvRows(csv);
  expect(header).toEqual(columnsOf(name).map((c) => c.label));
  return rows.map((row) => Object.fromEntries(header.map((label, i) => [label, row[i]])));
};

describe("the voices dataset", () => {
  it("lists voices by 受付番号 with the age group's Japanese term, the name only as given", () => {
    expect(VOICES.map((r) => [r.id, r.reference, r.ageGroup, r.name])).toEqual([
      ["V-000003", "V-000003", null, "いいづか"],
      ["V-000012", "V-000012", "70代以上", null],
    ]);
  });
});

describe("the column dictionary", () => {
  it.each(DATASET_NAMES)("starts %s with the standard's three columns and names each column once", (name) => {
    const columns = columnsOf(name);
    expect(columns.slice(0, 3).map((c) => c.label)).toEqual(["全国地方公共団体コード", "ID", "地方公共団体名"]);
    expect(new Set(columns.map((c) => c.label)).size).toBe(columns.length);
    expect(new Set(columns.map((c) => c.field)).size).toBe(columns.length);
    for (const column of columns) {
      expect(column.field).toMatch(/^[a-z][A-Za-z]*$/);
      expect(column.description.ja).not.toBe("");
      expect(column.description.en).not.toBe("");
      if (column.example === "") continue;
      if (column.type === "integer") expect(column.example).toMatch(/^-?\d+$/);
      if (column.type === "decimal") expect(Number.isFinite(Number(column.example))).toBe(true);
      if (column.type === "boolean") expect(["true", "false"]).toContain(column.example);
      if (column.type === "datetime") expect(column.example).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);
    }
  });

  it("gives the items dataset every field of the items API (the plan period as its two years)", () => {
    const fields = new Set(columnsOf("items").map((c) => c.field));
    const api = Object.keys(toOpenDataItem(item)).flatMap((key) =>
      key === "planPeriod" ? ["startFiscalYear", "endFiscalYear"] : [key],
    );
    expect(api.filter((key) => !fields.has(key))).toEqual([]);
  });

  it("takes its examples from the portal's data: the dataset's own, else the same field elsewhere, else the dictionary's", () => {
    const columns = columnsWithExamples({ ...RECORDS, reports: [] } as never);
    const example = (name: DatasetName, field: string) => columns[name].find((c) => c.field === field)?.example;
    expect(example("items", "municipalityCode")).toBe("999997");
    expect(example("items", "title")).toBe('\'=HYPERLINK("http://evil.example")');
    // No report published yet: the report's municipality and section come from the items.
    expect(example("reports", "municipalityName")).toBe("架空市");
    expect(example("reports", "section")).toBe("総務課");
    const elsewhere = new Set(
      DATASET_NAMES.filter((n) => n !== "reports").flatMap((n) => columnsOf(n).map((c) => c.field)),
    );
    const reportOnly = columnsOf("reports").find((c) => !elsewhere.has(c.field))!;
    expect(example("reports", reportOnly.field)).toBe(reportOnly.example);
  });

  it.each(DATASET_NAMES)("is exactly what the builders of %s fill", (name) => {
    const fields = columnsOf(name).map((c) => c.field);
    expect(RECORDS[name].length).toBeGreaterThan(0);
    for (const record of RECORDS[name]) expect(Object.keys(record).sort()).toEqual([...fields].sort());
  });
});

describe("dataset files", () => {
  it.each(DATASET_NAMES)(
    "writes %s as CSV: BOM, the dictionary's Japanese headers, CRLF, the municipality on every row",
    (name) => {
      const csv = datasetToCsv(name, RECORDS[name] as never);
      expect(csv.startsWith("\uFEFF全国地方公共団体コード,ID,地方公共団体名,")).toBe(true);
      expect(csv.endsWith("\r\n")).toBe(true);
      const rows = byLabel(name, csv);
      expect(rows).toHaveLength(RECORDS[name].length);
      for (const row of rows) {
        expect(row.全国地方公共団体コード).toBe("999997");
        expect(row.地方公共団体名).toBe("架空市");
      }
      expect(new Set(rows.map((r) => r.ID)).size).toBe(rows.length);
    },
  );

  it("keeps every text cell inert, quotes what RFC 4180 requires and writes booleans and empties as JSON does", () => {
    const [row] = byLabel("items", datasetToCsv("items", RECORDS.items as never));
    expect(row).toMatchObject({
      ID: "7",
      番号: "7",
      取組項目名: '\'=HYPERLINK("http://evil.example")',
      取組の目的: "'+1 を目指す",
      取組の内容: "'-内容\n二行目",
      "3年後の目指す姿（目標）": "'@50%",
      プラン取組項目分類: "'\t分類",
      大分類: "人(職員)の改革",
      小分類: "",
      部局名: "総務部",
      部局コード: "01",
      進捗状況: "実施中",
      評価: "B",
      進捗率: "40",
      未更新: "true",
      報告公開日時: "2025-11-05T10:00:00+09:00",
      達成度: "判定前",
    });
    const reports = byLabel("reports", datasetToCsv("reports", RECORDS.reports as never));
    expect(reports.map((r) => [r.ID, r.版, r.訂正])).toEqual([
      ["7-2025-first_half-1", "1", "false"],
      ["7-2025-first_half-2", "2", "true"],
    ]);
    expect(reports[0]).toMatchObject({
      実績: '"引用", 実績',
      課題: "'\r課題",
      評価: "",
      進捗率: "",
      報告期間: "令和7年度 上半期",
    });
    // A negative number is a number, not text a spreadsheet would run; a note starting with "-" is text.
    const values = byLabel("indicator-values", datasetToCsv("indicator-values", RECORDS["indicator-values"] as never));
    expect(values.map((v) => [v.ID, v.実績値, v.備考, v.報告ID])).toEqual([
      ["3-2024", "47", "", ""],
      ["9-2025-first_half", "-1.5", "'-速報値", "7-2025-first_half-2"],
    ]);
  });

  it("adds up the summary's groups and names them by dimension", () => {
    const rows = byLabel("summary", datasetToCsv("summary", RECORDS.summary as never));
    expect(rows.map((r) => [r.ID, r.集計区分, r.区分名, r.取組項目数])).toEqual([
      ["overall", "全体", "全体", "2"],
      ["area:人（職員）の改革", "大分類", "人（職員）の改革", "2"],
      ["direction:意識改革", "小分類", "意識改革", "2"],
      ["bureau:01", "部局", "総務部", "2"],
      ["section:総務課", "所管部署", "総務課", "2"],
      ["classification:分類A", "プラン取組項目分類", "分類A", "2"],
    ]);
    expect(rows[0]).toMatchObject({
      "進捗状況（未報告）": "1",
      "進捗状況（完了）": "1",
      "評価（A）": "1",
      報告あり: "1",
    });
    expect(rows[1].上位区分).toBe("");
    expect(rows[2].上位区分).toBe("人（職員）の改革");
    expect(rows[4].上位区分).toBe("01");
  });

  it.each(DATASET_NAMES)("writes %s as JSON with the dictionary's fields and what the file is", (name) => {
    const json = JSON.parse(datasetToJson(name, RECORDS[name] as never, META));
    expect(json).toMatchObject({ dataset: name, ...META });
    expect(json.records).toEqual(JSON.parse(JSON.stringify(RECORDS[name])));
  });

  it("keeps JSON values typed and as written", () => {
    const [record] = JSON.parse(datasetToJson("items", RECORDS.items as never, META)).records;
    expect(record).toMatchObject({ stale: true, progressPercent: 40, title: item.title, direction: null });
  });

  it.each(DATASET_NAMES)(
    "writes %s as a workbook: bold, frozen, filtered headers, the data, and the dictionary",
    async (name) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await datasetToXlsx(name, DATASETS[name].sheet, RECORDS[name] as never, META)).buffer);
      const sheet = book.getWorksheet(DATASETS[name].sheet)!;
      const columns = columnsOf(name);
      const header = sheet.getRow(1);
      expect(columns.map((_, i) => header.getCell(i + 1).value)).toEqual(columns.map((c) => c.label));
      expect(header.getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.rowCount).toBe(RECORDS[name].length + 1);
      expect(sheet.getRow(2).getCell(1).value).toBe("999997");
      const dictionary = book.getWorksheet("項目定義")!;
      expect(dictionary.getColumn(1).values.slice(2)).toEqual(columns.map((c) => c.label));
      expect(dictionary.getColumn(2).values.slice(2)).toEqual(columns.map((c) => c.field));
      expect(dictionary.getColumn(3).values.slice(2)).toEqual(
        columns.map(
          (c) =>
            ({
              code: "コード（文字列）",
              text: "文字列",
              integer: "整数",
              decimal: "数値",
              boolean: "真偽値",
              datetime: "日時",
            })[c.type],
        ),
      );
    },
  );

  it("keeps formula-like text as text in the workbook and dates as Japan's wall clock", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await datasetToXlsx("items", "取組項目", RECORDS.items as never, META)).buffer);
    const row = book.getWorksheet("取組項目")!.getRow(2);
    const cellOf = (field: string) => row.getCell(columnsOf("items").findIndex((c) => c.field === field) + 1);
    expect(cellOf("title").value).toBe(item.title);
    expect(cellOf("title").formula).toBeUndefined();
    expect(cellOf("stale").value).toBe(true);
    expect(cellOf("asOf").value).toEqual(new Date("2025-11-05T10:00:00.000Z"));
  });

  it("writes instants in Japan time with their offset", () => {
    expect(tokyoIso("2025-03-31T15:30:00.000Z")).toBe("2025-04-01T00:30:00+09:00");
  });
});
