import type { ReactNode } from "react";

/** Tones of the DADS palette; a badge always carries a symbol and words too, so that colour is never the only signal. */
export type BadgeTone = "neutral" | "muted" | "info" | "caution" | "success" | "done" | "danger";

const TONE: Record<BadgeTone, string> = {
  neutral: "border-solid-gray-600 bg-white text-solid-gray-800",
  muted: "border-solid-gray-700 bg-solid-gray-50 text-solid-gray-900",
  info: "border-key-900 bg-key-50 text-key-1000",
  caution: "border-yellow-1000 bg-yellow-50 text-yellow-1200",
  success: "border-green-1000 bg-green-50 text-green-1100",
  done: "border-green-1000 bg-white text-green-1100",
  danger: "border-red-1000 bg-red-50 text-red-1100",
};

/** A state in words with its symbol (read by nobody: the words carry the meaning) on a tone. */
export function Badge({ tone, symbol, children }: { tone: BadgeTone; symbol: string; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-bold whitespace-nowrap ${TONE[tone]}`}
    >
      <span aria-hidden="true">{symbol}</span>
      {children}
    </span>
  );
}

/** How one value of a state looks. */
export interface BadgeStyle {
  tone: BadgeTone;
  symbol: string;
}

/** The tone and symbol of each value of a state, declared once per domain. */
export type BadgeStyles<K extends string> = Record<K, BadgeStyle>;
