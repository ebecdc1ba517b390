import type ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ITEM_HEADERS, isMunicipalityCode, splitBureau } from "../../lib/plan/plan-format.ts";
import { buildPlanWorkbook, TEMPLATE_CONTENT } from "../../lib/plan/plan-workbook.ts";
import { PlanFileError, readPlanFile } from "../../lib/plan/read-plan-file.ts";
import { KAWASEMI_CODE, KAWASEMI_ITEMS, kawasemiPlan } from "../fixtures/plan-kawasemi.ts";

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function refusalOf(bytes: Uint8Array, fileName = "plan.xlsx") {
  try {
    await readPlanFile(bytes, fileName);
  } catch (error) {
    if (error instanceof PlanFileError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("全国地方公共団体コード", () => {
  it("checks the check digit", () => {
    expect(isMunicipalityCode("402052")).toBe(true); // 飯塚市
    expect(isMunicipalityCode("131016")).toBe(true); // 千代田区
    expect(isMunicipalityCode(KAWASEMI_CODE)).toBe(true);
    expect(isMunicipalityCode("402051")).toBe(false);
    expect(isMunicipalityCode("40205")).toBe(false);
    expect(isMunicipalityCode("40205a")).toBe(false);
  });
});

describe("部局", () => {
  it("takes a leading code, full width too, and keeps a name without one", () => {
    expect(splitBureau("01総務部")).toEqual({ code: "01", name: "総務部" });
    expect(splitBureau("０２ 市民部")).toEqual({ code: "02", name: "市民部" });
    expect(splitBureau("総務部")).toEqual({ code: null, name: "総務部" });
  });
});

describe("readPlanFile", () => {
  it("reads the fixture plan: municipality, 23 items, 和暦 years, categories and indicators", async () => {
    const file = await readPlanFile(await bytesOf(buildPlanWorkbook(kawasemiPlan())), "kawasemi.xlsx");
    expect(file.problems).toEqual([]);
    expect(file.municipality).toEqual({
      name: "かわせみ町",
      code: KAWASEMI_CODE,
      planName: "かわせみ町行財政改革実施計画",
      startFiscalYear: 2025,
      endFiscalYear: 2027,
      secretariat: "企画財政課",
    });
    expect(file.items).toHaveLength(KAWASEMI_ITEMS);
    expect(file.items.slice(0, 3).map((i) => [i.line, i.number, i.startFiscalYear, i.endFiscalYear])).toEqual([
      [2, 1, 2025, 2027],
      [3, 2, 2025, 2027],
      [4, 3, 2026, 2027],
    ]);
    expect(file.areas?.map((a) => a.name)).toHaveLength(3);
    expect(file.directions).toHaveLength(6);
    expect(file.indicators?.map((i) => [i.name, i.direction, i.baselineValue])).toEqual([
      ["町民満足度", "increase", 52.5],
      ["窓口の平均待ち時間", "decrease", 25],
    ]);
  });

  it("reads the template with its example row and no problems", async () => {
    const file = await readPlanFile(
      await bytesOf(buildPlanWorkbook(TEMPLATE_CONTENT, { instructions: true })),
      "template.xlsx",
    );
    expect(file.problems).toEqual([]);
    expect(file.items.map((i) => i.fields.title)).toEqual(["（例）行政手続のオンライン化"]);
    expect(file.municipality?.secretariat).toBe("企画課");
  });

  it("reads 担当部署（事務局） as optional: a file without the row keeps the portal's, a blank one names none", async () => {
    const without = buildPlanWorkbook(kawasemiPlan());
    without.getWorksheet("団体")!.spliceRows(7, 1);
    const old = await readPlanFile(await bytesOf(without), "plan.xlsx");
    expect(old.problems).toEqual([]);
    expect(old.municipality).toMatchObject({ name: "かわせみ町", secretariat: null });

    const plan = kawasemiPlan();
    plan.municipality.secretariat = "  ";
    const blank = await readPlanFile(await bytesOf(buildPlanWorkbook(plan)), "plan.xlsx");
    expect(blank.problems).toEqual([]);
    expect(blank.municipality?.secretariat).toBe("");

    plan.municipality.secretariat = "課".repeat(101);
    const long = await readPlanFile(await bytesOf(buildPlanWorkbook(plan)), "plan.xlsx");
    expect(long.problems).toEqual([
      { sheet: "団体", line: 7, column: "担当部署（事務局）", code: "tooLong", params: { limit: 100 } },
    ]);
  });

  it("names each unreadable cell by sheet, row and column", async () => {
    const workbook = buildPlanWorkbook(kawasemiPlan());
    const items = workbook.getWorksheet("取組項目")!;
    items.getCell("B3").value = { formula: 'A3&"x"' } as never;
    items.getCell("K4").value = "令和百";
    items.getCell("A5").value = "五";
    items.getCell("L6").value = "R6";
    const file = await readPlanFile(await bytesOf(workbook), "plan.xlsx");
    expect(file.problems).toEqual([
      { sheet: "取組項目", line: 3, column: "取組項目", code: "formula" },
      { sheet: "取組項目", line: 3, column: "取組項目", code: "required" },
      { sheet: "取組項目", line: 4, column: "計画期間（開始年度）", code: "planYear", params: { value: "令和百" } },
      { sheet: "取組項目", line: 5, column: "番号", code: "number", params: { value: "五" } },
      { sheet: "取組項目", line: 6, column: "計画期間（終了年度）", code: "planPeriodOrder" },
    ]);
  });

  it("checks 「団体」 by the municipality's rules, naming each row", async () => {
    const plan = kawasemiPlan();
    plan.municipality.name = "";
    plan.municipality.planName = "計".repeat(201);
    plan.municipality.startFiscalYear = "令和9";
    plan.municipality.endFiscalYear = "令和7";
    const file = await readPlanFile(await bytesOf(buildPlanWorkbook(plan)), "plan.xlsx");
    expect(file.problems).toEqual([
      { sheet: "団体", line: 2, column: "団体名", code: "required" },
      { sheet: "団体", line: 4, column: "計画名", code: "tooLong", params: { limit: 200 } },
      { sheet: "団体", line: 6, column: "計画期間（終了年度）", code: "planPeriodOrder" },
    ]);
    plan.municipality.endFiscalYear = "";
    const empty = await readPlanFile(await bytesOf(buildPlanWorkbook(plan)), "plan.xlsx");
    expect(empty.problems).toContainEqual({ sheet: "団体", line: 6, column: "計画期間（終了年度）", code: "required" });
  });

  it("accepts 「団体」 without a header row and headers with half-width parentheses", async () => {
    const workbook = buildPlanWorkbook(kawasemiPlan());
    workbook.getWorksheet("団体")!.spliceRows(1, 1);
    workbook.getWorksheet("取組項目")!.getCell("K1").value = "計画期間(開始年度)";
    const file = await readPlanFile(await bytesOf(workbook), "plan.xlsx");
    expect(file.problems).toEqual([]);
    expect(file.municipality?.code).toBe(KAWASEMI_CODE);
  });

  it("reads a CSV in UTF-8 with BOM and in Shift_JIS, with no municipality", async () => {
    const csv = [
      ITEM_HEADERS.join(","),
      '1,"窓口の改善",総務部,総務課,目的,"内容, 続き",目標,大分類A,小分類A,分類,令和7,R9',
    ].join("\r\n");
    for (const [bytes, encoding] of [
      [new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]), "UTF-8"],
      [new Uint8Array(iconv.encode(csv, "Shift_JIS")), "Shift_JIS"],
    ] as const) {
      const file = await readPlanFile(bytes, "items.csv");
      expect(file.encoding).toBe(encoding);
      expect(file.municipality).toBeNull();
      expect(file.items).toEqual([
        {
          line: 2,
          number: 1,
          fields: {
            title: "窓口の改善",
            bureau: "総務部",
            section: "総務課",
            purpose: "目的",
            content: "内容, 続き",
            target: "目標",
            area: "大分類A",
            direction: "小分類A",
            classification: "分類",
          },
          startFiscalYear: 2025,
          endFiscalYear: 2027,
        },
      ]);
    }
  });

  it("refuses files that cannot be plans", async () => {
    expect(await refusalOf(new Uint8Array())).toEqual({ code: "empty", params: {} });
    expect(await refusalOf(new TextEncoder().encode("x"), "plan.pdf")).toEqual({ code: "not_plan", params: {} });
    expect(await refusalOf(new TextEncoder().encode("番号,取組項目\n1,a\n"), "items.csv")).toMatchObject({
      code: "missing_headers",
      params: { sheet: "CSV" },
    });
    expect(await refusalOf(new TextEncoder().encode(`${ITEM_HEADERS.join(",")}\n1,"open\n`), "items.csv")).toEqual({
      code: "csv_malformed",
      params: { line: 2 },
    });
    const noMunicipality = buildPlanWorkbook(kawasemiPlan());
    noMunicipality.removeWorksheet(noMunicipality.getWorksheet("団体")!.id);
    expect(await refusalOf(await bytesOf(noMunicipality))).toEqual({
      code: "missing_sheet",
      params: { sheet: "団体" },
    });
    const noKey = buildPlanWorkbook(kawasemiPlan());
    noKey.getWorksheet("団体")!.spliceRows(3, 1);
    expect(await refusalOf(await bytesOf(noKey))).toEqual({
      code: "missing_headers",
      params: { sheet: "団体", missing: "「全国地方公共団体コード」" },
    });
  });
});
