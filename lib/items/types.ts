import type { Achievement, Evaluation } from "../generated/prisma/enums.ts";
import type { StatusKey } from "../reports/vocabulary.ts";

/** The item fields a finding or a recorded change names (labels under "item.fields" and "findings.fields"). */
export const ITEM_FIELD_KEYS = [
  "title",
  "bureau",
  "section",
  "purpose",
  "content",
  "target",
  "area",
  "direction",
  "classification",
  "period",
  "kpi",
] as const;
export type ItemFieldKey = (typeof ITEM_FIELD_KEYS)[number];

/** Each field's name in the open data (the pages word them in their catalogs). */
export const ITEM_FIELD_TERMS: Record<ItemFieldKey, string> = {
  title: "取組項目名",
  bureau: "部局",
  section: "所管部署",
  purpose: "取組の目的",
  content: "取組の内容",
  target: "3年後の目指す姿（目標）",
  area: "大分類",
  direction: "小分類",
  classification: "プラン取組項目分類",
  period: "計画期間",
  kpi: "KPIの目標",
};

/** Whether a field name as the database stores it (plain text) is one the pages can label. */
export function isItemFieldKey(value: unknown): value is ItemFieldKey {
  return typeof value === "string" && (ITEM_FIELD_KEYS as readonly unknown[]).includes(value);
}

/** A plan item as public pages and the open data read it (JSON-serialisable for the data cache). */
export interface ItemSummary {
  number: number;
  title: string;
  bureau: { code: string; name: string; sourceName: string };
  section: string | null;
  purpose: string;
  content: string;
  target: string;
  /** 大分類 / 小分類 exactly as the source says, null when empty */
  areaLabel: string | null;
  directionLabel: string | null;
  /** the vision's area / direction the labels resolve to, null when none */
  area: string | null;
  direction: string | null;
  classification: string | null;
  startFiscalYear: number;
  endFiscalYear: number;
  status: StatusKey;
  evaluation: Evaluation | null;
  progressPercent: number | null;
  /** publishedAt of the latest published report */
  asOf: string | null;
  /** nothing published for the latest closed period (未更新) */
  stale: boolean;
  /** 達成度 against the 3-year target */
  achievement: Achievement;
  updatedAt: string;
}
