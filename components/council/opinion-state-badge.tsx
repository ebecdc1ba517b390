import { useTranslations } from "next-intl";
import type { OpinionEntry } from "@/lib/council/opinions";

// A symbol per state, so the state never depends on colour alone.
const STATE_STYLE: Record<OpinionEntry["state"], { symbol: string; className: string }> = {
  submitted: { symbol: "▶", className: "border-key-900 bg-key-50 text-key-1000" },
  answered: { symbol: "✓", className: "border-green-1000 bg-green-50 text-green-1100" },
  published: { symbol: "◎", className: "border-green-1000 bg-white text-green-1100" },
};

/** 対応待ち / 対応済み（未公開） / 公開済み. */
export function OpinionStateBadge({ state }: { state: OpinionEntry["state"] }) {
  const t = useTranslations("opinions.states");
  const style = STATE_STYLE[state];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-bold whitespace-nowrap ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(state)}
    </span>
  );
}
