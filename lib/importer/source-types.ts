/** Shapes the source parser produces. Text is kept exactly as in the source (trimmed only). */

export type ListingId = "byClassification" | "byNumber";

export const ITEM_FIELDS = ["bureau", "title", "section", "purpose", "content", "target"] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

/** One row of one of the two item listings. Empty cells are "". */
export interface SourceItemRow {
  listing: ListingId;
  number: number;
  bureau: string;
  title: string;
  section: string;
  purpose: string;
  content: string;
  target: string;
  /** プラン取組項目分類 (listing byClassification only, else ""). */
  classification: string;
  /** 大分類 (listing byNumber only, else ""). */
  area: string;
  /** 小分類 (listing byNumber only, else ""). */
  direction: string;
}

export interface SourceDirection {
  /** e.g. "業務の効率化" */
  name: string;
  /** 【取り組みの方向性】 bullets */
  policy: string[];
  /** 【主な取り組み】 bullets */
  mainActions: string[];
}

export interface SourceArea {
  /** e.g. "情報・デジタル化の改革" */
  name: string;
  /** the bullets that introduce the area in the vision (6-x section) */
  intro: string[];
  directions: SourceDirection[];
}

export interface SourceIndicator {
  /** e.g. "効果的・効率的な行政経営の推進" */
  name: string;
  /** the full indicator text as in the source */
  description: string;
  /** survey name, e.g. "飯塚市民意識調査" */
  survey: string;
  /** fiscal year of the baseline survey, e.g. 2020 */
  baselineYear: number;
  baselineValue: number;
  unit: string;
  /** "上昇" */
  targetText: string;
}

export interface SourceComment {
  number: number;
  ageGroup: string;
  /** paragraphs of the opinion */
  opinion: string[];
  /** paragraphs of the city's response */
  response: string[];
}

export interface SourceMeetingAgendaItem {
  title: string;
  /** 主な意見 raised under this agenda item */
  opinions: string[];
}

export interface SourceMeeting {
  name: string;
  /** ISO date, e.g. "2023-10-18" */
  heldOn: string;
  /** as written, e.g. "令和5年10月18日(水) 13:30~15:00" */
  heldAtText: string;
  place: string;
  attendees: string[];
  absentees: string[];
  secretariat: string;
  agenda: SourceMeetingAgendaItem[];
  materials: string[];
  disclosure: string;
  observers: number;
}

export interface SourceVisionSection {
  /** e.g. "目指す姿" */
  key: string;
  heading: string;
  /** paragraphs / bullets as plain text (no markdown markers, no HTML) */
  paragraphs: string[];
}

export interface SourceVision {
  title: string;
  /** "いつでも どこでも つながる 飯塚市" */
  catchphrase: string;
  /** 「目指す姿」実現後のイメージ bullets */
  images: string[];
  /** 大切にしたいこと (5), each with its explanation bullets */
  values: { title: string; points: string[] }[];
  /** other sections: はじめに, 取り組みの考え方, 位置づけ, 計画期間, 推進体制, 進行管理 */
  sections: SourceVisionSection[];
}

export interface ParsedSource {
  meeting: SourceMeeting;
  vision: SourceVision;
  indicators: SourceIndicator[];
  areas: SourceArea[];
  comments: SourceComment[];
  rows: SourceItemRow[];
}
