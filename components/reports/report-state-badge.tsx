import { useTranslations } from "next-intl";
import { Badge, type BadgeStyles } from "@/components/ui/badge";
import type { ReportStateKey } from "@/lib/reports/list-my-items";

/** The tone and symbol of each report state (the staff home's counts use them too). */
export const REPORT_STATE_STYLE: BadgeStyles<ReportStateKey> = {
  none: { tone: "neutral", symbol: "－" },
  draft: { tone: "muted", symbol: "✎" },
  submitted: { tone: "info", symbol: "▶" },
  returned: { tone: "danger", symbol: "!" },
  approved: { tone: "success", symbol: "✓" },
  published: { tone: "done", symbol: "◎" },
};

/** A report's state in the workflow (未作成 … 公開済). */
export function ReportStateBadge({ state }: { state: ReportStateKey }) {
  const t = useTranslations("reportState");
  return <Badge {...REPORT_STATE_STYLE[state]}>{t(state)}</Badge>;
}
