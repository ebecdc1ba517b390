import ExcelJS, { type Workbook } from "exceljs";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import {
  MAX_FILE_BYTES,
  MAX_ROWS,
  MAX_UNPACKED_BYTES,
  readSurveyFile,
  type SurveyFile,
  SurveyFileError,
} from "../../lib/surveys/read-survey-file.ts";
import { buildSurveyWorkbook, KPI_SHEET, REPORT_HEADERS, REPORT_SHEET } from "../../lib/surveys/survey-workbook.ts";
import { SURVEY } from "../support/survey-data.ts";

/** Columns of 報告 by header (1-based), as the workbook lays them out. */
const COL = Object.fromEntries(REPORT_HEADERS.map((header, index) => [header, index + 1])) as Record<
  (typeof REPORT_HEADERS)[number],
  number
>;
const KPI_VALUE_COL = 7;

/** The workbook as downloaded: built once, every test changes its own copy. */
const downloaded = buildSurveyWorkbook(SURVEY).then((book) => book.xlsx.writeBuffer());

/** The downloaded workbook changed with exceljs (as a section, or a broken tool, would) and saved again. */
async function edited(change: (book: Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await downloaded);
  change(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const reportSheet = (book: Workbook) => book.getWorksheet(REPORT_SHEET)!;

/** Sets one cell's number format: cells loaded with the same style share one object, which `numFmt =` would change for all. */
function formatAs(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

/** The refusal a file gets; fails the test when the file is read instead. */
async function refusal(bytes: Uint8Array, fileName: string): Promise<SurveyFileError> {
  const outcome = await readSurveyFile(bytes, fileName).then(
    () => new Error("the file was read, not refused"),
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(SurveyFileError);
  return outcome as SurveyFileError;
}

/** A CSV line with the 報告 headers' columns, quoted as Excel quotes (only where needed). */
function csvLine(values: Partial<Record<(typeof REPORT_HEADERS)[number], string>>): string {
  return REPORT_HEADERS.map((header) => {
    const value = values[header] ?? "";
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  }).join(",");
}
const CSV_HEADER = REPORT_HEADERS.join(",");

describe("reading the survey workbook back", () => {
  let file: SurveyFile;

  beforeAll(async () => {
    const bytes = await edited((book) => {
      const sheet = reportSheet(book);
      const first = sheet.getRow(2);
      first.getCell(COL.進捗状況).value = "完了";
      first.getCell(COL.評価).value = "A";
      first.getCell(COL.進捗率).value = 100;
      first.getCell(COL.実績).value = {
        richText: [{ text: "電子申告を" }, { font: { bold: true }, text: "全税目" }, { text: "に拡大した。" }],
      };
      first.getCell(COL.課題).value = "";
      first.getCell(COL.今後の取組).value = "継続する。\n周知を続ける。";
      // Typed by hand with the IME left in full-width mode.
      const second = sheet.getRow(3);
      second.getCell(COL.番号).value = "４３";
      second.getCell(COL.進捗状況).value = "実施中";
      second.getCell(COL.評価).value = "Ｂ";
      second.getCell(COL.進捗率).value = "４０％";
      second.getCell(COL.実績).value = "着手した。";
      book.getWorksheet(KPI_SHEET)!.getRow(2).getCell(KPI_VALUE_COL).value = 52.5;
    });
    file = await readSurveyFile(bytes, "調査票_令和7年度上半期_税務課.xlsx");
  });

  it("reads the period and the report each row was based on from the hidden sheet, by item number", () => {
    expect(file).toMatchObject({ kind: "xlsx", encoding: null, period: "2025-first_half" });
    expect(file.bases).toEqual(
      new Map([
        [42, { reportId: 7, version: 3 }],
        [43, { reportId: 0, version: 0 }],
        [44, { reportId: 9, version: 3 }],
      ]),
    );
  });

  it("gives each row its line and its fields as the form names them, terms turned into values", () => {
    expect(file.rows).toEqual([
      {
        line: 2,
        itemNumber: 42,
        fields: {
          status: "completed",
          evaluation: "A",
          progressPercent: "100",
          achievements: "電子申告を全税目に拡大した。",
          issues: "",
          nextSteps: "継続する。\n周知を続ける。",
        },
        problems: [],
      },
      {
        line: 3,
        itemNumber: 43,
        fields: {
          status: "in_progress",
          evaluation: "B",
          progressPercent: "40",
          achievements: "着手した。",
          issues: "",
          nextSteps: "",
        },
        problems: [],
      },
      {
        // Locked in the sheet (submitted): read as it was written.
        line: 4,
        itemNumber: 44,
        fields: {
          status: "in_progress",
          evaluation: "B",
          progressPercent: "40",
          achievements: "電子申告の対象を拡大した。",
          issues: "周知が不十分。",
          nextSteps: "広報を強化する。",
        },
        problems: [],
      },
    ]);
  });

  it("reads the KPI actuals with their lines", () => {
    expect(file.kpis).toEqual([
      { line: 2, itemNumber: 42, name: "電子申告利用率", value: "52.5", problems: [] },
      { line: 3, itemNumber: 44, name: "処理時間", value: "", problems: [] },
    ]);
  });

  it("reads 進捗率 as the section sees it: 「40%」 typed as text, and a cell shown as a percentage", async () => {
    const bytes = await edited((book) => {
      const sheet = reportSheet(book);
      sheet.getRow(2).getCell(COL.進捗率).value = "40%";
      // Typing 100% in Excel stores 1 shown as 100% (and passes the sheet's 0–100 check).
      const shownAsPercent = sheet.getRow(3).getCell(COL.進捗率);
      shownAsPercent.value = 1;
      formatAs(shownAsPercent, "0%");
      const literal = sheet.getRow(4).getCell(COL.進捗率);
      literal.value = 35;
      formatAs(literal, '0"%"');
      // 45% typed into a KPI counted in percent stores 0.45; in one counted in hours it means nothing.
      const kpis = book.getWorksheet(KPI_SHEET)!;
      for (const [row, value] of [
        [2, 0.45],
        [3, 0.5],
      ]) {
        const cell = kpis.getRow(row!).getCell(KPI_VALUE_COL);
        cell.value = value!;
        formatAs(cell, "0.0%");
      }
    });
    const read = await readSurveyFile(bytes, "survey.xlsx");
    expect(read.rows.map((row) => row.fields.progressPercent)).toEqual(["40", "100", "35"]);
    expect(read.kpis.map((kpi) => kpi.value)).toEqual(["45", "50%"]);
  });

  it("skips blank rows but keeps the line numbers Excel shows", async () => {
    const bytes = await edited((book) => {
      const sheet = reportSheet(book);
      sheet.spliceRows(3, 0, []);
    });
    const read = await readSurveyFile(bytes, "survey.xlsx");
    expect(read.rows.map((row) => [row.line, row.itemNumber])).toEqual([
      [2, 42],
      [4, 43],
      [5, 44],
    ]);
  });
});

describe("cells the import cannot take are problems of their row", () => {
  let file: SurveyFile;

  beforeAll(async () => {
    const bytes = await edited((book) => {
      const sheet = reportSheet(book);
      sheet.getRow(2).getCell(COL.進捗率).value = { formula: "20*2", result: 40 } as ExcelJS.CellFormulaValue;
      sheet.getRow(3).getCell(COL.実績).value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      sheet.getRow(4).getCell(COL.番号).value = "四十四";
      book.getWorksheet(KPI_SHEET)!.getRow(2).getCell(KPI_VALUE_COL).value = {
        formula: "SUM(D2:E2)",
        result: 90,
      } as ExcelJS.CellFormulaValue;
    });
    file = await readSurveyFile(bytes, "survey.xlsx");
  });

  it("refuses a formula (its cached result may be stale), naming sheet, line and column, and reads it as empty", () => {
    expect(file.rows[0]).toMatchObject({
      line: 2,
      itemNumber: 42,
      problems: [{ sheet: REPORT_SHEET, line: 2, column: "進捗率", code: "formula" }],
    });
    expect(file.rows[0]!.fields.progressPercent).toBe("");
    expect(file.kpis[0]).toMatchObject({
      value: "",
      problems: [{ sheet: KPI_SHEET, line: 2, column: "実績値", code: "formula" }],
    });
  });

  it("names an error value (#N/A) and reads it as empty", () => {
    expect(file.rows[1]!.problems).toEqual([{ sheet: REPORT_SHEET, line: 3, column: "実績", code: "cell_error" }]);
    expect(file.rows[1]!.fields.achievements).toBe("");
  });

  it("names a 番号 that is not a number, and leaves the row without an item", () => {
    expect(file.rows[2]).toMatchObject({
      line: 4,
      itemNumber: null,
      problems: [{ sheet: REPORT_SHEET, line: 4, column: "番号", code: "number" }],
    });
  });

  it("leaves the other rows' cells alone", () => {
    expect(file.rows[1]).toMatchObject({ itemNumber: 43, fields: { status: "" } });
    expect(file.rows[2]!.fields.achievements).toBe("電子申告の対象を拡大した。");
  });
});

describe("reading a CSV with the same headers", () => {
  const lines = [
    CSV_HEADER,
    csvLine({ 番号: "42", 進捗状況: "実施中", 評価: "B", 進捗率: "40%", 実績: "髙橋係長と①を実施、②は検討中" }),
    "",
    csvLine({ 番号: "４３", 進捗状況: "完了", 評価: "A", 進捗率: "１００", 実績: '一行目\r\n二行目、"引用", コンマ' }),
    // Typed in half-width mode: the middle dot is U+FF65, the percent sign trails a space.
    csvLine({ 番号: "44", 進捗状況: "休止･中止", 進捗率: "30％ ", 今後の取組: "～再開を検討" }),
  ];
  const text = `${lines.join("\r\n")}\r\n`;
  const expected = [
    {
      line: 2,
      itemNumber: 42,
      fields: {
        status: "in_progress",
        evaluation: "B",
        progressPercent: "40",
        achievements: "髙橋係長と①を実施、②は検討中",
        issues: "",
        nextSteps: "",
      },
      problems: [],
    },
    {
      line: 4,
      itemNumber: 43,
      fields: {
        status: "completed",
        evaluation: "A",
        progressPercent: "100",
        achievements: '一行目\r\n二行目、"引用", コンマ',
        issues: "",
        nextSteps: "",
      },
      problems: [],
    },
    {
      line: 5,
      itemNumber: 44,
      fields: {
        status: "suspended",
        evaluation: "",
        progressPercent: "30",
        achievements: "",
        issues: "",
        nextSteps: "～再開を検討",
      },
      problems: [],
    },
  ];

  it.each([
    ["UTF-8 with BOM", new TextEncoder().encode(`\uFEFF${text}`), "UTF-8"],
    ["UTF-8 without BOM", new TextEncoder().encode(text), "UTF-8"],
    // Excel's 「CSV（コンマ区切り）」 on Japanese Windows: CP932, with its extensions (髙, ①).
    ["Shift_JIS (CP932)", new Uint8Array(iconv.encode(text, "cp932")), "Shift_JIS"],
  ])("reads %s, quoted fields and line numbers as Excel shows them", async (_, bytes, encoding) => {
    const file = await readSurveyFile(bytes, "調査票.csv");
    expect(file).toMatchObject({ kind: "csv", encoding, period: null, bases: null, kpis: [] });
    expect(file.rows).toEqual(expected);
  });

  it("decodes what iconv-lite writes as plain Shift_JIS the same way", async () => {
    const file = await readSurveyFile(new Uint8Array(iconv.encode(text, "Shift_JIS")), "調査票.CSV");
    expect(file.encoding).toBe("Shift_JIS");
    expect(file.rows.map((row) => row.fields.achievements)).toEqual(expected.map((row) => row.fields.achievements));
  });

  it("counts a row's 番号 problem in the CSV", async () => {
    const file = await readSurveyFile(
      new TextEncoder().encode([CSV_HEADER, csvLine({ 番号: "42a" })].join("\n")),
      "survey.csv",
    );
    expect(file.rows).toMatchObject([
      { line: 2, itemNumber: null, problems: [{ sheet: "CSV", line: 2, column: "番号", code: "number" }] },
    ]);
  });
});

// Building a 60 MB zip bomb or a 2,001-row workbook takes seconds on a busy machine.
describe("a file that cannot be a survey is refused as a whole", { timeout: 30_000 }, () => {
  it("an empty file", async () => {
    expect(await refusal(new Uint8Array(0), "survey.xlsx")).toMatchObject({ code: "empty" });
    expect(await refusal(new Uint8Array(0), "survey.csv")).toMatchObject({ code: "empty" });
  });

  it("a text file renamed .xlsx", async () => {
    const bytes = new TextEncoder().encode(`${CSV_HEADER}\n42,電子申告の推進\n`);
    expect(await refusal(bytes, "survey.xlsx")).toMatchObject({ code: "not_survey" });
  });

  it("a zip that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "これはブックではありません");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(await refusal(bytes, "survey.xlsx")).toMatchObject({ code: "not_survey" });
  });

  it("a zip that is broken after its first bytes", async () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await refusal(bytes, "survey.xlsx")).toMatchObject({ code: "not_survey" });
  });

  it("a workbook the portal did not make (no _meta sheet)", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet(REPORT_SHEET).addRow([...REPORT_HEADERS]);
    book.getWorksheet(REPORT_SHEET)!.addRow([42, "電子申告の推進"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await refusal(bytes, "survey.xlsx")).toMatchObject({ code: "not_survey" });
  });

  it("a workbook without its 報告 sheet", async () => {
    const bytes = await edited((book) => book.removeWorksheet(reportSheet(book).id));
    expect(await refusal(bytes, "survey.xlsx")).toMatchObject({ code: "missing_sheet", params: { sheet: "報告" } });
  });

  it("a header renamed or missing, naming the ones missing", async () => {
    const bytes = await edited((book) => {
      const header = reportSheet(book).getRow(1);
      header.getCell(COL.進捗率).value = "進捗";
      header.getCell(COL.課題).value = null;
    });
    expect(await refusal(bytes, "survey.xlsx")).toMatchObject({
      code: "missing_headers",
      params: { sheet: "報告", missing: "「進捗率」「課題」" },
    });
    const csv = new TextEncoder().encode(`${CSV_HEADER.replace(",評価,", ",評定,")}\n42\n`);
    expect(await refusal(csv, "survey.csv")).toMatchObject({
      code: "missing_headers",
      params: { sheet: "CSV", missing: "「評価」" },
    });
  });

  it("a KPI実績 header renamed", async () => {
    const bytes = await edited((book) => {
      book.getWorksheet(KPI_SHEET)!.getRow(1).getCell(KPI_VALUE_COL).value = "実績";
    });
    expect(await refusal(bytes, "survey.xlsx")).toMatchObject({
      code: "missing_headers",
      params: { sheet: "KPI実績", missing: "「実績値」" },
    });
  });

  it("merged cells", async () => {
    const bytes = await edited((book) => reportSheet(book).mergeCells("J2:K2"));
    expect(await refusal(bytes, "survey.xlsx")).toMatchObject({
      code: "merged_cells",
      params: { sheet: "報告", range: "J2:K2" },
    });
  });

  it("more than 5 MB", async () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await refusal(bytes, "survey.xlsx")).toMatchObject({ code: "too_large", params: { limitMb: 5 } });
    expect(await refusal(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41), "survey.csv")).toMatchObject({
      code: "too_large",
    });
  });

  it("more than 2,000 data rows, and not at 2,000", async () => {
    const withRows = (count: number) =>
      edited((book) => {
        const sheet = reportSheet(book);
        for (let i = 0; i < count; i++) sheet.addRow([1000 + i, "追加"]);
      });
    // The workbook has 3 rows already.
    const atLimit = await readSurveyFile(await withRows(MAX_ROWS - 3), "survey.xlsx");
    expect(atLimit.rows).toHaveLength(MAX_ROWS);
    expect(await refusal(await withRows(MAX_ROWS - 2), "survey.xlsx")).toMatchObject({
      code: "too_many_rows",
      params: { sheet: "報告", limit: 2000 },
    });

    const csv = (count: number) =>
      new TextEncoder().encode(
        [CSV_HEADER, ...Array.from({ length: count }, (_, i) => csvLine({ 番号: String(i + 1) })), "", ""].join("\n"),
      );
    expect((await readSurveyFile(csv(MAX_ROWS), "survey.csv")).rows).toHaveLength(MAX_ROWS);
    expect(await refusal(csv(MAX_ROWS + 1), "survey.csv")).toMatchObject({
      code: "too_many_rows",
      params: { sheet: "CSV", limit: 2000 },
    });
  });

  it("a zip bomb: a small file that unpacks to more than 50 MB", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/sharedStrings.xml", new Uint8Array(MAX_UNPACKED_BYTES + 10 * 1024 * 1024).fill(0x30));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.byteLength).toBeLessThan(1024 * 1024);
    expect(await refusal(bytes, "survey.xlsx")).toMatchObject({ code: "unpacked_too_large", params: { limitMb: 50 } });
  });

  it("a zip bomb spread over many entries, each under the limit", async () => {
    const zip = new JSZip();
    const part = new Uint8Array(8 * 1024 * 1024).fill(0x30);
    for (let i = 0; i < 7; i++) zip.file(`xl/worksheets/sheet${i + 1}.xml`, part);
    zip.file("xl/workbook.xml", "<workbook/>");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(await refusal(bytes, "survey.xlsx")).toMatchObject({ code: "unpacked_too_large" });
  });

  it("a CSV with a quote never closed, naming the row it starts in", async () => {
    const bytes = new TextEncoder().encode(
      [CSV_HEADER, csvLine({ 番号: "42", 実績: "一行目\n二行目" }), '43,"納税の利便性向上', "44,課税事務の効率化"].join(
        "\n",
      ),
    );
    expect(await refusal(bytes, "survey.csv")).toMatchObject({ code: "csv_malformed", params: { line: 3 } });
  });

  it("a file that is neither a workbook nor a CSV", async () => {
    expect(await refusal(new TextEncoder().encode(CSV_HEADER), "survey.txt")).toMatchObject({ code: "not_survey" });
    const binary = new Uint8Array([0x00, 0x01, 0x02, 0x00, 0x41]);
    expect(await refusal(binary, "survey.csv")).toMatchObject({ code: "not_survey" });
  });
});
