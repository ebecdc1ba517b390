import { foldSearchText } from "../items/filter.ts";

/** An item as a member may name it in the opinion form. */
export interface NamedItem {
  number: number;
  title: string;
}

export type ItemMatch = { kind: "found"; number: number } | { kind: "none" } | { kind: "many"; numbers: number[] };

// 「44」「４４」「No.44」「No. 44」「44番」, or an option of the form's list: 「44 電子申請の推進」.
const NUMBER_FIRST = /^(?:no\.?\s*)?(\d{1,5})(?:番)?(?:\s|$)/i;

/**
 * Which item a member means: a number in any width (with or without 「No.」, or followed by the
 * title as the form's list offers it), else words of the title, matched as the item search folds
 * text (width, case, katakana as hiragana). A title matching several items names none of them.
 */
export function matchItemReference(reference: string, items: readonly NamedItem[]): ItemMatch {
  const text = reference.normalize("NFKC").trim();
  const number = NUMBER_FIRST.exec(text);
  if (number) {
    const wanted = Number(number[1]);
    return items.some((item) => item.number === wanted) ? { kind: "found", number: wanted } : { kind: "none" };
  }
  const words = text.split(/\s+/).map(foldSearchText).filter(Boolean);
  if (words.length === 0) return { kind: "none" };
  const hits = items.filter((item) => {
    const title = foldSearchText(item.title);
    return words.every((word) => title.includes(word));
  });
  if (hits.length === 1) return { kind: "found", number: hits[0].number };
  return hits.length === 0 ? { kind: "none" } : { kind: "many", numbers: hits.map((item) => item.number) };
}
