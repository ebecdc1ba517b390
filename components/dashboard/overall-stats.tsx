import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { Rollup } from "@/lib/rollup/rollup";
import { toPercent } from "./format";

/** The key figures of a set of items, each with what it is computed over. */
export async function OverallStats({ rollup }: { rollup: Rollup }) {
  const t = await getTranslations("dashboard");
  const figures: { key: keyof Messages["dashboard"]["stats"]; value: string; note: string | null }[] = [
    { key: "items", value: t("count", { count: rollup.items }), note: null },
    { key: "reported", value: t("count", { count: rollup.reported }), note: null },
    { key: "notReported", value: t("count", { count: rollup.byStatus.not_reported }), note: null },
    {
      key: "meanProgress",
      value: rollup.meanProgress === null ? t("noValue") : t("percent", { value: rollup.meanProgress }),
      note:
        rollup.meanProgress === null ? t("stats.noMeanNote") : t("stats.meanProgressNote", { count: rollup.reported }),
    },
    {
      key: "completedShare",
      value: t("percent", { value: toPercent(rollup.completedShare) }),
      note: t("stats.completedShareNote", { total: rollup.items, count: rollup.byStatus.completed }),
    },
    {
      key: "updateRate",
      value: t("percent", { value: toPercent(rollup.updateRate) }),
      note: t("stats.updateRateNote", { count: rollup.current }),
    },
    { key: "stale", value: t("count", { count: rollup.stale }), note: t("stats.staleNote") },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {figures.map((f) => (
        <div key={f.key} className="flex flex-col rounded-8 border border-solid-gray-420 p-3">
          <dt className="text-sm font-bold text-solid-gray-800">{t(`stats.${f.key}`)}</dt>
          <dd className="text-2xl font-bold text-solid-gray-900">{f.value}</dd>
          {f.note && <dd className="text-sm text-solid-gray-700">{f.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
