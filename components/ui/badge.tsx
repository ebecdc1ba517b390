import type { ReactNode } from "react";

/** Tones of the DADS palette; a badge always carries a symbol and words too, so that colour is never the only signal. */
export type BadgeTone = "neutral" | "muted" | "info" | "caution" | "success" | "done" | "danger";

/** A state in words with its symbol (read by nobody: the words carry the meaning) on a tone (`.badge` in app/globals.css). */
export function Badge({ tone, symbol, children }: { tone: BadgeTone; symbol: string; children: ReactNode }) {
  return (
    <span className={`badge badge-${tone}`}>
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
