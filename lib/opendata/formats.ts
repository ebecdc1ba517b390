import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import catalog from "../../messages/opendata.ja.json";
import { layoutSheet, tokyoWallClock, XLSX_CONTENT_TYPE } from "../surveys/sheet-style.ts";
import { columnsOf, type DatasetColumn, type DatasetName, type DatasetRecord } from "./dictionary.ts";
import { inertText } from "./items.ts";

export type DatasetFormat = "csv" | "json" | "xlsx";
export const DATASET_FORMATS: readonly DatasetFormat[] = ["csv", "json", "xlsx"];

type Cell = string | number | boolean | null;
type AnyRecord = Record<string, Cell>;

/** What a dataset's files say about themselves (JSON envelope, xlsx properties). */
export interface DatasetMeta {
  municipality: { code: string; name: string };
  licence: { name: string; url: string };
  /** the newest change the open data reflects (ISO 8601) */
  updatedAt: string;
}

/**
 * An instant as the datasets write it: ISO 8601 in Japan time with its offset
 * ("2025-11-05T10:00:00+09:00"), which reads as the local time and stays unambiguous.
 */
export function tokyoIso(instant: string | Date): string {
  return `${tokyoWallClock(new Date(instant)).toISOString().slice(0, 19)}+09:00`;
}

function csvCell(value: Cell): string | number {
  if (value === null) return "";
  if (typeof value === "boolean") return String(value);
  return typeof value === "string" ? inertText(value) : value;
}

const firstValue = (records: readonly AnyRecord[], field: string) =>
  records.map((record) => csvCell(record[field])).find((cell) => cell !== "");

/**
 * Every dataset's columns with examples from the portal's own data, as the CSV writes them: the
 * column's first non-empty value in its dataset, else the same field's in another dataset (an item's
 * number or section before any report is published), else the dictionary's example.
 */
export function columnsWithExamples(
  records: { [N in DatasetName]: readonly DatasetRecord<N>[] },
): Record<DatasetName, DatasetColumn[]> {
  const all = Object.values(records) as readonly (readonly AnyRecord[])[];
  return Object.fromEntries(
    (Object.keys(records) as DatasetName[]).map((name) => [
      name,
      columnsOf(name).map((column) => {
        const found =
          firstValue(records[name] as readonly AnyRecord[], column.field) ??
          all.map((rows) => firstValue(rows, column.field)).find((value) => value !== undefined);
        return found === undefined ? column : { ...column, example: String(found) };
      }),
    ]),
  ) as Record<DatasetName, DatasetColumn[]>;
}

/**
 * CSV by the 自治体標準オープンデータセット conventions: UTF-8 with BOM, the dictionary's Japanese
 * headers, CRLF, RFC 4180 quoting, booleans as true/false, and text that a spreadsheet will not
 * run as a formula.
 */
export function datasetToCsv<N extends DatasetName>(name: N, records: readonly DatasetRecord<N>[]): string {
  const columns = columnsOf(name);
  const rows = (records as readonly AnyRecord[]).map((record) => columns.map((c) => csvCell(record[c.field])));
  const body = stringify(rows, {
    header: true,
    columns: columns.map((c) => c.label),
    record_delimiter: "\r\n",
    quoted_match: /[",\r\n]/,
  });
  return `\uFEFF${body}`;
}

/** JSON with the dictionary's English fields, and what the files say about themselves. */
export function datasetToJson<N extends DatasetName>(
  name: N,
  records: readonly DatasetRecord<N>[],
  meta: DatasetMeta,
): string {
  return JSON.stringify({ dataset: name, ...meta, records });
}

function xlsxCell(column: DatasetColumn, value: Cell): ExcelJS.CellValue {
  if (value === null) return null;
  // Excel has no time zones: the cell carries Tokyo's wall clock, as the CSV's offset says.
  if (column.type === "datetime" && typeof value === "string") return tokyoWallClock(new Date(value));
  return value;
}

/**
 * The dataset as a workbook: one sheet of records under the dictionary's Japanese headers (bold,
 * frozen, with filters), and a sheet 「項目定義」 with the dictionary itself.
 */
export async function datasetToXlsx<N extends DatasetName>(
  name: N,
  sheetName: string,
  records: readonly DatasetRecord<N>[],
  meta: DatasetMeta,
): Promise<Uint8Array<ArrayBuffer>> {
  const columns = columnsOf(name);
  const book = new ExcelJS.Workbook();
  // Fixed properties: the same data makes the same workbook.
  book.creator = meta.municipality.name;
  book.created = new Date(meta.updatedAt);
  book.modified = new Date(meta.updatedAt);

  const sheet = book.addWorksheet(sheetName);
  sheet.addRow(columns.map((c) => c.label));
  for (const record of records as readonly AnyRecord[])
    sheet.addRow(columns.map((c) => xlsxCell(c, record[c.field] ?? null)));
  columns.forEach((column, index) => {
    if (column.type === "datetime") sheet.getColumn(index + 1).numFmt = "yyyy-mm-dd hh:mm:ss";
  });
  layoutSheet(
    sheet,
    columns.map((c) => ({ header: c.label, maxWidth: c.type === "text" ? 50 : 24 })),
  );

  const dictionary = book.addWorksheet("項目定義");
  const headers = ["項目名", "英語項目名", "型", "例", "説明"];
  dictionary.addRow(headers);
  // The workbook is a Japanese file: types in the page's Japanese words.
  const types = catalog.opendata.types;
  for (const c of columns) dictionary.addRow([c.label, c.field, types[c.type], c.example, c.description.ja]);
  layoutSheet(
    dictionary,
    headers.map((header) => ({ header, maxWidth: 60 })),
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export const DATASET_CONTENT_TYPES: Record<DatasetFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: XLSX_CONTENT_TYPE,
};
