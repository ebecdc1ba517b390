import { getTranslations } from "next-intl/server";
import { Badge, type BadgeStyles } from "@/components/ui/badge";
import type { StatusKey } from "@/lib/reports/vocabulary";

const STYLE: BadgeStyles<StatusKey> = {
  not_reported: { tone: "neutral", symbol: "－" },
  not_started: { tone: "muted", symbol: "○" },
  considering: { tone: "caution", symbol: "◇" },
  in_progress: { tone: "info", symbol: "▶" },
  completed: { tone: "success", symbol: "✓" },
  suspended: { tone: "danger", symbol: "■" },
};

/** An item's progress status (進捗状況). */
export async function StatusBadge({ status }: { status: StatusKey }) {
  const t = await getTranslations("status");
  return <Badge {...STYLE[status]}>{t(status)}</Badge>;
}
