import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * The text of each page of a PDF, as a reader would copy it (pdf.js, no rendering), NFKC-normalised:
 * the fonts Chromium embeds map some kanji to their Kangxi-radical look-alikes (「⽬」 for 「目」).
 */
export async function pdfPageTexts(data: Uint8Array): Promise<string[]> {
  // pdf.js refuses a Node Buffer (a Uint8Array subclass): it needs a plain view of the bytes.
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const doc = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(
        content.items
          .map((item) => ("str" in item ? item.str : ""))
          .join("")
          .normalize("NFKC"),
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
