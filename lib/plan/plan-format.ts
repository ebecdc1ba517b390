// The plan workbook's shape, shared by the reader, the template and the export (documented in the
// README, "Loading another municipality's plan").

export const MUNICIPALITY_SHEET = "団体";
export const ITEM_SHEET = "取組項目";
export const AREA_SHEET = "大分類";
export const DIRECTION_SHEET = "小分類";
export const INDICATOR_SHEET = "成果指標";

/**
 * 「団体」 is a two-column table: the key in column A, its value in column B (a header row
 * 「項目」「値」 may stand above). One value per line reads better than a wide row of headers.
 */
export const MUNICIPALITY_KEYS = {
  name: "団体名",
  code: "全国地方公共団体コード",
  planName: "計画名",
  startFiscalYear: "計画期間（開始年度）",
  endFiscalYear: "計画期間（終了年度）",
  secretariat: "担当部署（事務局）",
} as const;
/** Keys a 「団体」 sheet may leave out: files made before the row existed still read. */
export const OPTIONAL_MUNICIPALITY_KEYS: readonly (keyof typeof MUNICIPALITY_KEYS)[] = ["secretariat"];
export const MUNICIPALITY_HEADER = ["項目", "値"] as const;

export const ITEM_COLUMNS = {
  number: "番号",
  title: "取組項目",
  bureau: "部局",
  section: "所管部署",
  purpose: "目的",
  content: "内容",
  target: "3年後の目指す姿（目標）",
  area: "大分類",
  direction: "小分類",
  classification: "プラン取組項目分類",
  startFiscalYear: "計画期間（開始年度）",
  endFiscalYear: "計画期間（終了年度）",
} as const;
export const ITEM_HEADERS = Object.values(ITEM_COLUMNS);

export const AREA_COLUMNS = { name: "名称", description: "説明" } as const;
export const DIRECTION_COLUMNS = { name: "名称", area: "大分類", description: "説明" } as const;
export const INDICATOR_COLUMNS = {
  name: "名称",
  unit: "単位",
  baselineValue: "基準値",
  baselineYear: "基準年度",
  targetValue: "目標値",
  targetYear: "目標年度",
  direction: "方向",
} as const;

/** 方向 of a 成果指標 as the sheet writes it. */
export const DIRECTION_TERMS = { increase: "上昇", decrease: "低下", maintain: "維持" } as const;

/** Data rows a sheet (or a CSV) may have. */
export const MAX_PLAN_ROWS = 2000;

/** 全国地方公共団体コード: the check is the municipality module's (5 digits and a check digit). */
export { isMunicipalityCode } from "../municipality/code.ts";

/** 部局 as written: 「01総務部」 carries its code, 「総務部」 gets one assigned. */
export function splitBureau(written: string): { code: string | null; name: string } {
  const match = /^(\d{1,4})\s*(\S.*)$/.exec(written.normalize("NFKC").trim());
  return match ? { code: match[1], name: match[2] } : { code: null, name: written.trim() };
}
