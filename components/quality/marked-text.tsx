import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import type { FlaggedText } from "@/lib/quality/flagged";
import { codePoints, markPieces } from "@/lib/quality/text-checks";

/** How a flagged span looks: a wavy underline, so that colour is not the only signal. */
const markClass = "bg-yellow-50 text-inherit underline decoration-yellow-1000 decoration-wavy underline-offset-4";

/**
 * A text as the source has it, with the characters an open finding flags marked where they stand:
 * a screen reader hears where the mark starts and, after it, what is wrong. An invisible control
 * character is shown by its code point instead (a bidirectional override would otherwise turn
 * the text around).
 */
export async function MarkedText({ text, flagged }: { text: string; flagged: readonly FlaggedText[] }) {
  const pieces = flagged.length === 0 ? [] : markPieces(text, flagged);
  if (pieces.every((p) => p.issue === null)) return text;
  const t = await getTranslations("findings");
  return pieces.map((piece, i) => {
    const key = `${i}:${piece.text}`;
    if (!piece.issue) return <Fragment key={key}>{piece.text}</Fragment>;
    const points = codePoints(piece.text);
    return (
      <mark key={key} className={markClass}>
        <span className="sr-only">{t("markStart")}</span>
        {piece.issue.kind === "control_char" ? <span aria-hidden="true">〔{points}〕</span> : piece.text}
        <span className="sr-only">{t(`marks.${piece.issue.kind}`, { codePoints: points })}</span>
      </mark>
    );
  });
}
