import type { Cell, Fill, Worksheet } from "exceljs";
import { TERM_TERMS } from "../reports/vocabulary.ts";
import { formatFiscalYearShort } from "../wareki.ts";

/** Gray for what the reader may not change (read-only columns, the header row). */
export const READ_ONLY_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E7E7" } };
export const HEADER_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD0D0D0" } };

/** The column of a sheet: its header, width bounds and whether long text wraps. */
export interface ColumnSpec {
  header: string;
  /** characters (half-width); the width fits the content within these bounds */
  minWidth?: number;
  maxWidth?: number;
  wrap?: boolean;
}

/** Width of text as Excel counts it: full-width characters (Japanese) take two half-width columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}

/** Header row in bold on gray, frozen, with filters; column widths fitted to what the rows hold. */
export function layoutSheet(sheet: Worksheet, columns: readonly ColumnSpec[]): void {
  columns.forEach((spec, index) => {
    const column = sheet.getColumn(index + 1);
    let widest = displayWidth(spec.header);
    column.eachCell({ includeEmpty: false }, (cell) => {
      // A date cell shows as its number format ("2025/10/01 09:30"), not as its text.
      const text = cell.value instanceof Date ? "0000/00/00 00:00" : (cell.text ?? "");
      for (const line of text.split("\n")) widest = Math.max(widest, displayWidth(line));
    });
    column.width = Math.min(spec.maxWidth ?? 60, Math.max(spec.minWidth ?? 6, widest + 2));
    if (spec.wrap) column.alignment = { wrapText: true, vertical: "top" };
    else column.alignment = { vertical: "top" };
  });
  // After the columns' alignment, which would otherwise override the header's.
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  for (let index = 1; index <= columns.length; index += 1) header.getCell(index).fill = HEADER_FILL;
  sheet.views = [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** A4 landscape, one page wide, the header row repeated on each printed page. */
export function printA4Landscape(sheet: Worksheet): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  };
  sheet.headerFooter = { oddFooter: "&P / &N" };
}

/** Marks a cell the reader must not change: locked (the default) and shaded. */
export function readOnly(cell: Cell): void {
  cell.protection = { locked: true };
  cell.fill = READ_ONLY_FILL;
}

/** "令和7年度上半期": the period as a file name carries it (no spaces). */
export function periodFilePart(period: { fiscalYear: number; term: "first_half" | "year_end" }): string {
  return `${formatFiscalYearShort(period.fiscalYear)}${TERM_TERMS[period.term]}`;
}

/**
 * Content-Disposition for a download with a Japanese name: the name in RFC 5987's
 * `filename*` (UTF-8), and an ASCII `filename` for clients that know no better.
 */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

/** An instant as Excel shows it: Excel has no time zones, so the date cell carries Tokyo's wall clock. */
export function tokyoWallClock(date: Date): Date {
  return new Date(date.getTime() + 9 * 60 * 60 * 1000);
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
