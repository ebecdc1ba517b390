import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { STATUS_KEYS } from "@/lib/reports/vocabulary";
import type { Rollup } from "@/lib/rollup/rollup";

const BAR_CLASS: Record<(typeof STATUS_KEYS)[number], string> = {
  not_reported: "bg-solid-gray-200",
  not_started: "bg-solid-gray-536",
  considering: "bg-yellow-700",
  in_progress: "bg-key-700",
  completed: "bg-green-800",
  suspended: "bg-red-900",
};

/** A set's progress as a bar and the same numbers as text (never colour alone). */
export async function StatusBreakdown({ rollup, label }: { rollup: Rollup; label: ReactNode }) {
  const t = await getTranslations("status");
  const tp = await getTranslations("progress");
  const shown = STATUS_KEYS.filter((key) => rollup.byStatus[key] > 0);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex h-4 w-full overflow-hidden rounded-full border border-solid-gray-600" aria-hidden="true">
        {shown.map((key) => (
          <div
            key={key}
            className={BAR_CLASS[key]}
            style={{ width: `${(rollup.byStatus[key] / Math.max(rollup.items, 1)) * 100}%` }}
          />
        ))}
      </div>
      <p className="sr-only">{label}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {shown.map((key) => (
          <li key={key}>
            {t(key)} <span className="font-bold">{tp("count", { count: rollup.byStatus[key] })}</span>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        {rollup.meanProgress === null
          ? tp("noMean")
          : tp("mean", { mean: rollup.meanProgress, reported: rollup.reported })}
      </p>
    </div>
  );
}
