// The plan workbook as a file: the template (headers, drop-downs, an example row, instructions) and
// the export of the current plan in the same shape, which imports back without changes.
import ExcelJS from "exceljs";
import { layoutSheet } from "../surveys/sheet-style.ts";
import {
  AREA_COLUMNS,
  AREA_SHEET,
  DIRECTION_COLUMNS,
  DIRECTION_SHEET,
  DIRECTION_TERMS,
  INDICATOR_COLUMNS,
  INDICATOR_SHEET,
  ITEM_COLUMNS,
  ITEM_SHEET,
  MUNICIPALITY_HEADER,
  MUNICIPALITY_KEYS,
  MUNICIPALITY_SHEET,
} from "./plan-format.ts";

type Value = string | number | null;

/** A plan's contents as the sheets hold them, one object per row keyed like the column constants. */
export interface PlanContent {
  municipality: Record<keyof typeof MUNICIPALITY_KEYS, Value>;
  items: Record<keyof typeof ITEM_COLUMNS, Value>[];
  areas: Record<keyof typeof AREA_COLUMNS, Value>[];
  directions: Record<keyof typeof DIRECTION_COLUMNS, Value>[];
  indicators: Record<keyof typeof INDICATOR_COLUMNS, Value>[];
}

/** Rows kept open for drop-downs below the data (the template's rows to fill). */
const VALIDATED_ROWS = 1000;

function table<K extends string>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Record<K, string>,
  rows: Record<K, Value>[],
  wide: readonly K[] = [],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  const keys = Object.keys(columns) as K[];
  sheet.addRow(keys.map((key) => columns[key]));
  for (const row of rows) sheet.addRow(keys.map((key) => row[key] ?? null));
  layoutSheet(
    sheet,
    keys.map((key) => ({
      header: columns[key],
      wrap: wide.includes(key),
      maxWidth: wide.includes(key) ? 50 : 30,
    })),
  );
  return sheet;
}

/** A list drop-down on one column, from a range of another sheet (the categories the plan defines). */
function listFrom(sheet: ExcelJS.Worksheet, column: number, source: string, firstRow: number): void {
  for (let row = 2; row <= Math.max(firstRow, 2) + VALIDATED_ROWS; row += 1)
    sheet.getCell(row, column).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [source],
      showErrorMessage: false,
    };
}

/**
 * Builds the workbook. With `instructions` (the template) it adds the sheet 「記入方法」 and
 * drop-downs for 大分類, 小分類 and 方向 (they warn nothing: the import checks every value).
 */
export function buildPlanWorkbook(content: PlanContent, options: { instructions?: boolean } = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "plan-portal";
  if (options.instructions) {
    const help = workbook.addWorksheet("記入方法");
    for (const line of INSTRUCTIONS) help.addRow([line]);
    help.getColumn(1).width = 110;
    help.getColumn(1).alignment = { wrapText: true, vertical: "top" };
    help.getRow(1).font = { bold: true, size: 14 };
  }
  const municipality = workbook.addWorksheet(MUNICIPALITY_SHEET);
  municipality.addRow([...MUNICIPALITY_HEADER]);
  for (const key of Object.keys(MUNICIPALITY_KEYS) as (keyof typeof MUNICIPALITY_KEYS)[])
    municipality.addRow([MUNICIPALITY_KEYS[key], content.municipality[key]]);
  layoutSheet(municipality, [
    { header: MUNICIPALITY_HEADER[0], minWidth: 24 },
    { header: MUNICIPALITY_HEADER[1], minWidth: 30 },
  ]);
  municipality.autoFilter = undefined as never;

  const items = table(workbook, ITEM_SHEET, ITEM_COLUMNS, content.items, [
    "title",
    "purpose",
    "content",
    "target",
  ] as const);
  table(workbook, AREA_SHEET, AREA_COLUMNS, content.areas, ["description"] as const);
  table(workbook, DIRECTION_SHEET, DIRECTION_COLUMNS, content.directions, ["description"] as const);
  const indicators = table(workbook, INDICATOR_SHEET, INDICATOR_COLUMNS, content.indicators);
  if (options.instructions) {
    const keys = Object.keys(ITEM_COLUMNS);
    const last = content.items.length + 1;
    listFrom(items, keys.indexOf("area") + 1, `'${AREA_SHEET}'!$A$2:$A$${VALIDATED_ROWS}`, last);
    listFrom(items, keys.indexOf("direction") + 1, `'${DIRECTION_SHEET}'!$A$2:$A$${VALIDATED_ROWS}`, last);
    listFrom(
      indicators,
      Object.keys(INDICATOR_COLUMNS).indexOf("direction") + 1,
      `"${Object.values(DIRECTION_TERMS).join(",")}"`,
      content.indicators.length + 1,
    );
  }
  return workbook;
}

const INSTRUCTIONS = [
  "計画ファイルの記入方法",
  "このファイルに計画の取組項目を記入し、ポータルの「計画ファイルの取り込み」（/staff/plan/import）で取り込みます。最初の読み込みは、サーバーを PLAN_FILE=ファイル名 npm start で起動するか、npm run plan:import -- ファイル名 で行えます。",
  "シート「団体」：A列の項目ごとに、B列に値を記入します。全国地方公共団体コードは6桁（最後の1桁はチェックディジット）です。担当部署（事務局）はポータルを運営する部署で、フッターなどに「運営：○○市 企画課」のように表示します（任意。空欄のときは団体名だけを表示します）。",
  "シート「取組項目」：1行に1つの取組項目を記入します。番号は重複させないでください。行の数に上限はありません（2000行まで）。",
  "部局は「01総務部」のように先頭に2桁の部局コードを付けても、「総務部」のように付けなくても構いません。付けない場合は、出てきた順にコードを割り当てます（取り込み直しても変わりません）。",
  "年度は 2024、令和6、R6、令和6年度 のどれでも構いません。取組項目の計画期間が空欄のときは、「団体」の計画期間になります。",
  "大分類は、シート「大分類」に記入したもの（またはポータルに登録済みのもの）から選んでください。それ以外の大分類はエラーになります。小分類はシート「小分類」に、属する大分類とともに記入します。",
  "シート「成果指標」は任意です。方向は 上昇、低下、維持 のいずれかです。",
  "セルの結合と数式は使わないでください。シート名と1行目の見出しは変えないでください。",
  "CSVで取り込む場合は、シート「取組項目」だけを同じ見出しでCSV（UTF-8またはShift_JIS）に保存してください。団体の情報はそのまま変わりません。",
  "取り込みでは何も削除しません。ファイルにない取組項目は確認画面に表示されます。",
];

/** The template's example: one municipality, one area with one direction, one item, one indicator. */
export const TEMPLATE_CONTENT: PlanContent = {
  municipality: {
    name: "○○市",
    code: "402052",
    planName: "○○市行政改革推進プラン",
    startFiscalYear: "令和6",
    endFiscalYear: "令和8",
    secretariat: "企画課",
  },
  items: [
    {
      number: 1,
      title: "（例）行政手続のオンライン化",
      bureau: "01総務部",
      section: "デジタル推進課",
      purpose: "市民が来庁せずに手続できるようにする。",
      content: "申請手続を電子申請システムに順次移行する。",
      target: "主な手続の80%をオンラインで受け付けている。",
      area: "（例）デジタル化の改革",
      direction: "（例）行政サービスの向上",
      classification: "（例）オンライン化",
      startFiscalYear: "R6",
      endFiscalYear: "R8",
    },
  ],
  areas: [{ name: "（例）デジタル化の改革", description: "大分類の説明（任意）" }],
  directions: [{ name: "（例）行政サービスの向上", area: "（例）デジタル化の改革", description: "" }],
  indicators: [
    {
      name: "（例）オンライン手続の利用率",
      unit: "%",
      baselineValue: 20,
      baselineYear: "令和5",
      targetValue: 80,
      targetYear: "令和8",
      direction: "上昇",
    },
  ],
};
