import { useTranslations } from "next-intl";
import { Badge, type BadgeStyles } from "@/components/ui/badge";
import type { OpinionEntry } from "@/lib/council/opinions";

const STYLE: BadgeStyles<OpinionEntry["state"]> = {
  submitted: { tone: "info", symbol: "▶" },
  answered: { tone: "success", symbol: "✓" },
  published: { tone: "done", symbol: "◎" },
};

/** 対応待ち / 対応済み（未公開） / 公開済み. */
export function OpinionStateBadge({ state }: { state: OpinionEntry["state"] }) {
  const t = useTranslations("opinions.states");
  return <Badge {...STYLE[state]}>{t(state)}</Badge>;
}
