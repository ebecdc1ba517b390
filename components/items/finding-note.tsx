import { getTranslations } from "next-intl/server";
import type { ItemFinding } from "@/lib/items/get-item";
import { isTextFinding } from "@/lib/quality/flagged";
import type { TextFindingDetail } from "@/lib/quality/import-text-findings";
import { codePoints } from "@/lib/quality/text-checks";

/** A data-quality finding explained to a citizen: what differs, in which listing, or which characters look wrong. */
export async function FindingNote({ finding }: { finding: ItemFinding }) {
  const t = await getTranslations("findings");
  const field = finding.field ? t(`fields.${finding.field}`) : "";
  const variants = finding.detail.variants as Record<string, string> | undefined;
  const text = isTextFinding(finding) ? (finding.detail as unknown as TextFindingDetail) : null;
  // An invisible character is named by its code point; the others are shown as they are.
  const shown = (chars: string) =>
    finding.kind === "control_char" ? t("invisible", { codePoints: codePoints(chars) }) : `「${chars}」`;
  return (
    <li className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-3">
      <p className="font-bold">
        {t(`kinds.${finding.kind}`, { field })}
        <span className="ml-2 text-sm font-normal">（{t(`status.${finding.status}`)}）</span>
      </p>
      {variants && (
        <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
          {Object.entries(variants).map(([listing, value]) => (
            <div key={listing} className="contents">
              <dt lang="ja" className="font-bold">
                {listing}
              </dt>
              <dd lang={value === "" ? undefined : "ja"} className="break-words">
                {value === "" ? t("empty") : value}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {finding.kind === "nonstandard_category" && typeof finding.detail.value === "string" && (
        <p className="text-sm">{t("nonstandardValue", { value: finding.detail.value })}</p>
      )}
      {text && (
        <ul className="flex flex-col gap-1 text-sm">
          {text.spans.map((span) => (
            <li key={`${span.start}:${span.text}`}>
              {span.suggestion && finding.kind === "digit_for_letter"
                ? t("suggestion", { text: span.text, suggestion: span.suggestion })
                : t("flagged", { text: shown(span.text) })}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
