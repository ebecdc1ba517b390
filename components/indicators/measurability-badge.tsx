import { useTranslations } from "next-intl";
import { Badge, type BadgeStyles } from "@/components/ui/badge";
import type { TargetMeasurability } from "@/lib/generated/prisma/enums";

const STYLE: BadgeStyles<TargetMeasurability | "unset"> = {
  measurable: { tone: "info", symbol: "◎" },
  partial: { tone: "muted", symbol: "△" },
  none: { tone: "neutral", symbol: "－" },
  unset: { tone: "neutral", symbol: "？" },
};

/** How measurable a target is (数値・期限あり / 数値が一部 / 数値目標なし). */
export function MeasurabilityBadge({
  measurability,
  withHelp = false,
}: {
  measurability: TargetMeasurability | null;
  withHelp?: boolean;
}) {
  const t = useTranslations("indicators");
  const key = measurability ?? "unset";
  return (
    <span className="inline-flex flex-col gap-1">
      <span className="self-start">
        <Badge {...STYLE[key]}>{t("measurabilityLabel", { label: t(`measurability.${key}`) })}</Badge>
      </span>
      {withHelp && <span className="text-sm text-solid-gray-800">{t(`measurabilityHelp.${key}`)}</span>}
    </span>
  );
}
