import { useTranslations } from "next-intl";
import type { TargetMeasurability } from "@/lib/generated/prisma/enums";

const STYLE: Record<TargetMeasurability | "unset", string> = {
  measurable: "border-key-900 bg-key-50 text-key-1000",
  partial: "border-solid-gray-700 bg-solid-gray-50 text-solid-gray-900",
  none: "border-solid-gray-600 bg-white text-solid-gray-800",
  unset: "border-solid-gray-600 bg-white text-solid-gray-800",
};

/** How measurable a target is (数値・期限あり / 数値が一部 / 数値目標なし), in words, never by colour alone. */
export function MeasurabilityBadge({ measurability, withHelp = false }: { measurability: TargetMeasurability | null; withHelp?: boolean }) {
  const t = useTranslations("indicators");
  const key = measurability ?? "unset";
  return (
    <span className="inline-flex flex-col gap-1">
      <span className={`inline-block self-start rounded-full border px-3 py-0.5 text-sm font-bold ${STYLE[key]}`}>
        {t("measurabilityLabel", { label: t(`measurability.${key}`) })}
      </span>
      {withHelp && <span className="text-sm text-solid-gray-800">{t(`measurabilityHelp.${key}`)}</span>}
    </span>
  );
}
