/**
 * Parses prisma/data/iizuka-plan-source.md (meeting record, vision draft,
 * public comments and the two plan item listings) into plain data.
 *
 * Everything is located by headings/markers rather than line numbers, and
 * text is kept as written (trimmed only) so that differences between the two
 * listings survive for the data-quality checks done elsewhere.
 */

import { ERA_NAME_PATTERN, eraYearToGregorian } from "../wareki.ts";
import type {
  ListingId,
  ParsedSource,
  SourceArea,
  SourceComment,
  SourceDirection,
  SourceIndicator,
  SourceItemRow,
  SourceMeeting,
  SourceMeetingAgendaItem,
  SourceVision,
  SourceVisionSection,
} from "./source-types";

const LISTING_MARKER = "## 飯塚市行政経営戦略推進プラン（素案）一覧";

interface Heading {
  line: number;
  level: number;
  text: string;
}

/** Splits the source once and indexes its markdown headings. */
class SourceDoc {
  readonly lines: string[];
  readonly headings: Heading[];

  constructor(markdown: string) {
    this.lines = markdown.split(/\r?\n/);
    this.headings = [];
    this.lines.forEach((line, index) => {
      const match = /^(#{1,6})\s+(.*)$/.exec(line);
      if (match) {
        this.headings.push({ line: index, level: match[1].length, text: match[2].trim() });
      }
    });
  }

  /** First heading at or after `fromLine` whose text matches. */
  findHeading(test: (text: string) => boolean, fromLine = 0): Heading {
    const heading = this.headings.find((h) => h.line >= fromLine && test(h.text));
    if (!heading) throw new Error(`parseSource: heading not found (${test.toString()})`);
    return heading;
  }

  /** Lines below a heading up to the next heading of the same or a higher level. */
  body(heading: Heading): string[] {
    const next = this.headings.find((h) => h.line > heading.line && h.level <= heading.level);
    return this.lines.slice(heading.line + 1, next ? next.line : this.lines.length);
  }
}

// --- text helpers -----------------------------------------------------------

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39);/g, (_, name: string) => ENTITIES[name]);
}

function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, "")).trim();
}

/** Text of each <p>/<li> element, in document order. */
function htmlBlocks(html: string): { tag: "p" | "li"; text: string }[] {
  return [...html.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({
    tag: m[1] as "p" | "li",
    text: htmlToText(m[2]),
  }));
}

/** Paragraphs of an HTML cell; a cell without <p> is one paragraph. */
function htmlParagraphs(html: string): string[] {
  const blocks = htmlBlocks(html).filter((b) => b.tag === "p");
  const paragraphs = blocks.length > 0 ? blocks.map((b) => b.text) : [htmlToText(html)];
  return paragraphs.filter((p) => p !== "");
}

/** Removes list markers ("- ", "・", "●", "➢", "○") the source uses for bullets. */
function stripBullet(text: string): string {
  return text
    .replace(/^\s*-\s+/, "")
    .replace(/^[・●➢○]\s*/, "")
    .trim();
}

/** Markdown/HTML line → plain text (no heading marks, bullets, bold or tags). */
function plainText(line: string): string {
  return stripBullet(htmlToText(line.replace(/^#{1,6}\s+/, "").replace(/\*\*/g, "")));
}

function isBullet(line: string): boolean {
  return /^\s*-\s+/.test(line);
}

function splitCells(line: string): string[] {
  return line.split("\t").map((cell) => cell.trim());
}

/** "① 規模 の 適 正 化" → "規模の適正化" (the source spaces out table cells). */
function directionName(text: string): string {
  return text.replace(/^[①-⑳]/, "").replace(/\s+/g, "");
}

/** Era year → Gregorian year, for the source's own era dates (元 = first year). */
function eraToYear(era: string, year: string): number {
  const gregorian = eraYearToGregorian(era, year);
  if (gregorian === null) throw new Error(`parseSource: no year ${year} in era ${era}`);
  return gregorian;
}

// --- meeting ----------------------------------------------------------------

/** 「令和5年10月18日」 in the meeting's date-and-time field. */
const MEETING_DATE = new RegExp(String.raw`(${ERA_NAME_PATTERN})(元|\d+)年(\d+)月(\d+)日`);

/** Key/value lines before the first "# " heading; tab-led lines continue the previous value. */
function parseMeetingFields(doc: SourceDoc): Map<string, string> {
  const end = doc.headings.find((h) => h.level === 1)?.line ?? doc.lines.length;
  const fields = new Map<string, string>();
  let lastKey: string | undefined;
  for (const line of doc.lines.slice(0, end)) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const key = line.slice(0, tab).trim();
    const value = line.slice(tab + 1).trim();
    if (key === "") {
      if (lastKey === undefined) throw new Error("parseSource: continuation line before any meeting field");
      fields.set(lastKey, `${fields.get(lastKey)} ${value}`.trim());
    } else {
      fields.set(key, value);
      lastKey = key;
    }
  }
  return fields;
}

function parseAgenda(html: string): SourceMeetingAgendaItem[] {
  const agenda: SourceMeetingAgendaItem[] = [];
  for (const block of htmlBlocks(html)) {
    if (block.tag === "p" && /^\d+\s/.test(block.text)) {
      agenda.push({ title: block.text, opinions: [] });
    } else if (block.tag === "li") {
      const current = agenda.at(-1);
      if (!current) throw new Error("parseSource: meeting opinion before any agenda item");
      current.opinions.push(stripBullet(block.text));
    }
    // Other <p> blocks are labels such as "<各委員から出された主な意見>".
  }
  return agenda;
}

function parseMeeting(doc: SourceDoc): SourceMeeting {
  const fields = parseMeetingFields(doc);
  const field = (key: string): string => {
    const value = fields.get(key);
    if (value === undefined) throw new Error(`parseSource: meeting field ${key} missing`);
    return value;
  };
  const names = (text: string): string[] =>
    text === "なし"
      ? []
      : text
          .split("、")
          .map((s) => s.trim())
          .filter((s) => s !== "");

  const heldAtText = field("開催日時");
  const date = MEETING_DATE.exec(heldAtText);
  if (!date) throw new Error(`parseSource: cannot read meeting date from ${heldAtText}`);
  const pad = (n: string) => n.padStart(2, "0");
  const heldOn = `${eraToYear(date[1], date[2])}-${pad(date[3])}-${pad(date[4])}`;

  const disclosureHtml = field("公開・非公開の別");
  // The chosen option is the one right after the checked checkbox.
  const disclosure = /<input[^>]*checked[^>]*>\s*\d+\s*([^\s<]+)/.exec(disclosureHtml);
  const observers = /傍聴者\s*(\d+)\s*人/.exec(disclosureHtml);
  if (!disclosure || !observers) throw new Error("parseSource: cannot read disclosure/observers");

  return {
    name: field("会議の名称"),
    heldOn,
    heldAtText,
    place: field("開催場所"),
    attendees: names(field("出席委員")),
    absentees: names(field("欠席委員")),
    secretariat: field("事務局職員"),
    agenda: parseAgenda(field("会議内容")),
    materials: htmlParagraphs(field("会議資料")).map((m) => m.replace(/^\d+\.\s*/, "")),
    disclosure: disclosure[1],
    observers: Number(observers[1]),
  };
}

// --- vision -----------------------------------------------------------------

/** Non-empty plain-text lines of a section body; TSV table rows are skipped. */
function paragraphs(lines: string[]): string[] {
  return lines
    .filter((l) => !l.includes("\t"))
    .map(plainText)
    .filter((t) => t !== "");
}

const SECTION_SPECS: { key: string; test: (heading: string) => boolean }[] = [
  { key: "はじめに", test: (h) => h.startsWith("飯塚市は、変わり続けなければならない") },
  { key: "今後に向けた課題", test: (h) => /^[\d-]+\.\s*今後に向けた課題/.test(h) },
  { key: "取り組みの考え方", test: (h) => /^\d+\.\s*取り組みの考え方/.test(h) },
  { key: "位置づけ", test: (h) => /^\(\d+\)\s*位置づけ/.test(h) },
  { key: "計画期間", test: (h) => /^\(\d+\)\s*計画期間/.test(h) },
  { key: "推進体制", test: (h) => /^\d+\.\s*推進体制/.test(h) },
  { key: "進行管理", test: (h) => /^\d+\.\s*進行管理/.test(h) },
];

function parseVision(doc: SourceDoc): SourceVision {
  const titleHeading = doc.findHeading((t) => t.includes("ビジョン"));
  const start = titleHeading.line;

  const goal = doc.findHeading((t) => t === "「目指す姿」", start);
  const catchphraseLine = doc.lines.slice(goal.line + 1).find((l) => l.trim() !== "");
  if (catchphraseLine === undefined) throw new Error("parseSource: catchphrase missing");

  const imagesLabel = doc.lines.findIndex((l, i) => i > goal.line && l.includes("実現後のイメージ"));
  if (imagesLabel < 0) throw new Error("parseSource: 目指す姿 images missing");
  const images: string[] = [];
  for (const line of doc.lines.slice(imagesLabel + 1)) {
    if (/^#/.test(line)) break;
    if (isBullet(line)) images.push(plainText(line));
  }

  const valuesHeading = doc.findHeading((t) => /^\d+\.\s*目指す姿の実現に向けて.*大切にしたいこと/.test(t), start);
  const values: SourceVision["values"] = [];
  for (const line of doc.body(valuesHeading)) {
    if (!isBullet(line)) continue;
    const bold = /^\s*-\s+\*\*(.+)\*\*\s*$/.exec(line);
    if (bold) {
      values.push({ title: bold[1].trim(), points: [] });
    } else if (/^\s+-/.test(line) && values.length > 0) {
      values[values.length - 1].points.push(plainText(line));
    }
    // The unindented lead-in bullet before the first value is not a value.
  }

  const sections: SourceVisionSection[] = SECTION_SPECS.map(({ key, test }) => {
    const heading = doc.findHeading(test, start);
    return { key, heading: heading.text, paragraphs: paragraphs(doc.body(heading)) };
  });

  return {
    title: titleHeading.text.replace(/\s*素案$/, ""),
    catchphrase: plainText(catchphraseLine),
    images,
    values,
    sections,
  };
}

// --- indicators -------------------------------------------------------------

/** 「飯塚市民意識調査（令和2(2020)年度実施）」: the survey's name and its year, in both calendars. */
const INDICATOR_SURVEY = new RegExp(String.raw`^(.+?)（(${ERA_NAME_PATTERN})(元|\d+)\((\d{4})\)年度`);

function parseIndicators(doc: SourceDoc): SourceIndicator[] {
  const heading = doc.findHeading((t) => /^\d+\.\s*成果指標$/.test(t));
  const body = doc.body(heading);
  const header = body.findIndex((l) => l.startsWith("成果指標\t"));
  if (header < 0) throw new Error("parseSource: indicator table missing");

  const indicators: SourceIndicator[] = [];
  for (const line of body.slice(header + 1)) {
    if (line.trim() === "") break;
    const [description = "", baseline = "", targetText = ""] = splitCells(line);
    const name = /「([^」]+)」/.exec(description);
    const value = /^([\d.]+)\s*(\S+)$/.exec(baseline);
    if (!name || !value) throw new Error(`parseSource: cannot read indicator row ${line}`);

    let survey: string;
    let baselineYear: number;
    const previous = indicators.at(-1);
    if (description.startsWith("同調査")) {
      // "同調査" = the survey named in the row above.
      if (!previous) throw new Error("parseSource: 同調査 without a preceding survey");
      ({ survey, baselineYear } = previous);
    } else {
      const source = INDICATOR_SURVEY.exec(description);
      if (!source) throw new Error(`parseSource: cannot read indicator survey ${description}`);
      survey = source[1].trim();
      baselineYear = eraToYear(source[2], source[3]);
      if (baselineYear !== Number(source[4])) {
        throw new Error(`parseSource: era year and Gregorian year disagree in ${description}`);
      }
    }
    indicators.push({
      name: name[1],
      description,
      survey,
      baselineYear,
      baselineValue: Number(value[1]),
      unit: value[2],
      targetText,
    });
  }
  return indicators;
}

// --- reform areas -----------------------------------------------------------

/** A direction written as a table row: name cell, then one cell per 【label】 with <li> bullets. */
function directionFromRow(cells: string[]): SourceDirection {
  const direction: SourceDirection = { name: directionName(htmlToText(cells[0])), policy: [], mainActions: [] };
  for (const cell of cells.slice(1)) {
    const blocks = htmlBlocks(cell);
    const label = blocks.find((b) => b.tag === "p" && /【.+】/.test(b.text))?.text ?? "";
    const target = directionList(direction, label);
    target.push(...blocks.filter((b) => b.tag === "li").map((b) => stripBullet(b.text)));
  }
  return direction;
}

function directionList(direction: SourceDirection, label: string): string[] {
  if (label.includes("方向性")) return direction.policy;
  if (label.includes("主な取り組み")) return direction.mainActions;
  throw new Error(`parseSource: unknown direction label "${label}"`);
}

function parseAreas(doc: SourceDoc): SourceArea[] {
  const areaHeadings = doc.headings.filter((h) => /^\d+-\d+\.\s*取り組みの方向性\s*～/.test(h.text));
  return areaHeadings.map((heading) => {
    const name = /～\s*(.+?)\s*～/.exec(heading.text)?.[1];
    if (!name) throw new Error(`parseSource: cannot read area name from ${heading.text}`);
    const area: SourceArea = { name, intro: [], directions: [] };
    // Bullets go to the list chosen by the last 【label】 heading of the current direction.
    let target: string[] | undefined;

    for (const line of doc.body(heading)) {
      const cells = line.split("\t");
      const markdownHeading = /^#{1,6}\s+(.*)$/.exec(line);
      if (cells.length > 1 && /^[①-⑳]/.test(htmlToText(cells[0]))) {
        area.directions.push(directionFromRow(cells));
        target = undefined;
      } else if (markdownHeading && /^[①-⑳]/.test(markdownHeading[1])) {
        area.directions.push({ name: directionName(markdownHeading[1]), policy: [], mainActions: [] });
        target = undefined;
      } else if (markdownHeading && /【.+】/.test(markdownHeading[1])) {
        const current = area.directions.at(-1);
        if (!current) throw new Error(`parseSource: ${markdownHeading[1]} before any direction in ${name}`);
        target = directionList(current, markdownHeading[1]);
      } else if (isBullet(line)) {
        if (area.directions.length === 0) area.intro.push(plainText(line));
        else if (target) target.push(plainText(line));
        else throw new Error(`parseSource: bullet outside a 【label】 in ${name}: ${line}`);
      }
    }
    return area;
  });
}

// --- public comments --------------------------------------------------------

function parseComments(doc: SourceDoc): SourceComment[] {
  const header = doc.lines.findIndex((l) => /^No\.\t年代\t意見\t回答/.test(l));
  if (header < 0) throw new Error("parseSource: public comment table missing");
  const comments: SourceComment[] = [];
  for (const line of doc.lines.slice(header + 1)) {
    if (line.trim() === "") break;
    const [number = "", ageGroup = "", opinion = "", response = ""] = splitCells(line);
    comments.push({
      number: Number(number),
      ageGroup,
      opinion: htmlParagraphs(opinion),
      response: htmlParagraphs(response),
    });
  }
  return comments;
}

// --- item listings ----------------------------------------------------------

type RowField = Exclude<keyof SourceItemRow, "listing" | "number">;

const COLUMN_FIELDS: Record<string, RowField | "number"> = {
  番号: "number",
  部局名: "bureau",
  取組項目名: "title",
  主たる所管部署: "section",
  取組の目的: "purpose",
  取組の内容: "content",
  "3年後の目指す姿（目標）": "target",
  プラン取組項目分類: "classification",
  大分類: "area",
  小分類: "direction",
};

function listingOf(columns: string[]): ListingId {
  if (columns.includes("プラン取組項目分類")) return "byClassification";
  if (columns.includes("大分類") && columns.includes("小分類")) return "byNumber";
  throw new Error(`parseSource: unknown listing header ${columns.join(",")}`);
}

/**
 * Each listing starts at LISTING_MARKER and runs to the next marker; its
 * header line ("番号\t…") is repeated at page breaks.
 */
function parseListings(doc: SourceDoc): SourceItemRow[] {
  const markers = doc.lines.flatMap((l, i) => (l.trim() === LISTING_MARKER ? [i] : []));
  if (markers.length === 0) throw new Error("parseSource: no item listing found");
  const rows: SourceItemRow[] = [];

  markers.forEach((start, index) => {
    const end = markers[index + 1] ?? doc.lines.length;
    let columns: (RowField | "number" | undefined)[] | undefined;
    let listing: ListingId | undefined;

    for (const line of doc.lines.slice(start + 1, end)) {
      const cells = splitCells(line);
      if (cells[0] === "番号") {
        columns = cells.map((c) => COLUMN_FIELDS[c]);
        listing = listingOf(cells);
      } else if (/^\d+$/.test(cells[0])) {
        if (!columns || !listing) throw new Error(`parseSource: item row before listing header: ${line}`);
        const row: SourceItemRow = {
          listing,
          number: Number(cells[0]),
          bureau: "",
          title: "",
          section: "",
          purpose: "",
          content: "",
          target: "",
          classification: "",
          area: "",
          direction: "",
        };
        columns.forEach((field, i) => {
          if (field && field !== "number") row[field] = cells[i] ?? "";
        });
        rows.push(row);
      }
    }
  });
  return rows;
}

export function parseSource(markdown: string): ParsedSource {
  const doc = new SourceDoc(markdown);
  return {
    meeting: parseMeeting(doc),
    vision: parseVision(doc),
    indicators: parseIndicators(doc),
    areas: parseAreas(doc),
    comments: parseComments(doc),
    rows: parseListings(doc),
  };
}
