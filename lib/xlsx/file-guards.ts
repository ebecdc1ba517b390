// Protections every uploaded spreadsheet goes through before it is read: size, zip bomb, merged
// cells, formulas, and the encoding of a CSV. Plain functions returning what they found, so each
// reader turns a finding into its own refusal (and its own catalog code).
import type { Cell, Worksheet } from "exceljs";
import JSZip from "jszip";

/** What a file may weigh, as uploaded and once unpacked (a workbook is a zip). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

/**
 * Unpacks every entry with a running total, so a zip bomb stops at the limit instead of filling
 * memory (the sizes a zip declares can lie). "ok" only for a zip that holds a workbook.
 */
export async function checkWorkbookZip(
  bytes: Uint8Array,
  limit = MAX_UNPACKED_BYTES,
): Promise<"ok" | "not_workbook" | "unpacked_too_large"> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return "not_workbook";
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const outcome = await new Promise<"ok" | "not_workbook" | "unpacked_too_large">((resolve) => {
      const stream = entry.nodeStream("nodebuffer");
      stream
        .on("data", (chunk: Buffer) => {
          total += chunk.byteLength;
          if (total > limit) {
            stream.pause();
            resolve("unpacked_too_large");
          }
        })
        .on("error", () => resolve("not_workbook"))
        .on("end", () => resolve("ok"));
    });
    if (outcome !== "ok") return outcome;
  }
  return zip.file("xl/workbook.xml") ? "ok" : "not_workbook";
}

/** The first merged range of a sheet, or null: merged cells hide which row a value belongs to. */
export function firstMergedRange(sheet: Worksheet): string | null {
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  return merges[0] ?? null;
}

/** How a cell cannot be read: a formula (exceljs does not calculate, a cached result may be stale) or an error value. */
export function unreadableCell(cell: Cell): "formula" | "cell_error" | null {
  const value = cell.value;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) return "formula";
  if (value !== null && typeof value === "object" && "error" in value) return "cell_error";
  return null;
}

/** A cell's value as text: rich text joined, numbers as typed, dates as ISO days. */
export function cellValueText(cell: Cell): string {
  const value = cell.value;
  if (value == null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value) return String(value.text);
  return "";
}

/** UTF-8 when the bytes are valid UTF-8 (BOM or not), else Shift_JIS/CP932 as Excel writes on Japanese Windows. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: "UTF-8" | "Shift_JIS" } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("shift_jis").decode(bytes), encoding: "Shift_JIS" };
  }
}
