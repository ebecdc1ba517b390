import { useTranslations } from "next-intl";
import { Badge, type BadgeStyles } from "@/components/ui/badge";
import type { VoiceState } from "@/lib/generated/prisma/enums";

const STYLE: BadgeStyles<VoiceState> = {
  received: { tone: "info", symbol: "▶" },
  forwarded: { tone: "caution", symbol: "→" },
  answered: { tone: "success", symbol: "✓" },
  published: { tone: "done", symbol: "◎" },
  rejected: { tone: "muted", symbol: "×" },
};

/** 受付 / 回付済み / 回答済み / 公開済み / 不掲載. */
export function VoiceStateBadge({ state }: { state: VoiceState }) {
  const t = useTranslations("voiceStaff.states");
  return <Badge {...STYLE[state]}>{t(state)}</Badge>;
}
