import { getLocale, getTranslations } from "next-intl/server";
import { fieldClass, labelClass } from "@/components/ui/field";
import { getPathname } from "@/lib/i18n/navigation";
import { periodKey } from "@/lib/periods/period-key";
import type { PeriodRef } from "@/lib/rollup/item-states";
import { loadLabels } from "./format";

export const DASHBOARD_GROUPS = ["area", "direction", "bureau", "classification"] as const;
export type DashboardGroup = (typeof DASHBOARD_GROUPS)[number];

export const parseDashboardGroup = (value: unknown): DashboardGroup | undefined =>
  DASHBOARD_GROUPS.find((g) => g === value);

/**
 * A plain GET form: the period (and on the dashboard, the breakdown) land in
 * the URL, so a link or a reload shows the same view, with or without JavaScript.
 */
export async function DashboardFilterForm({
  path,
  periods,
  period,
  group,
  showGroup = false,
}: {
  path: string;
  periods: PeriodRef[];
  period?: string;
  group?: DashboardGroup;
  showGroup?: boolean;
}) {
  const [t, labels, locale] = await Promise.all([getTranslations("dashboard"), loadLabels(), getLocale()]);
  const action = getPathname({ href: path, locale });
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("filters.label")}
      className="no-print flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-period" className={labelClass}>
            {t("filters.period")}
          </label>
          <p id="filter-period-hint" className="text-sm text-solid-gray-700">
            {t("filters.periodHint")}
          </p>
          <select
            id="filter-period"
            name="period"
            defaultValue={period ?? ""}
            aria-describedby="filter-period-hint"
            className={`${fieldClass} sm:mt-auto`}
          >
            <option value="">{t("filters.latestPeriod")}</option>
            {[...periods].reverse().map((p) => (
              <option key={p.id} value={periodKey(p)}>
                {t("filters.periodOption", { period: labels.period(p), status: t(`periodStatus.${p.status}`) })}
              </option>
            ))}
          </select>
        </div>
        {showGroup && (
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-group" className={labelClass}>
              {t("filters.group")}
            </label>
            <select id="filter-group" name="group" defaultValue={group ?? ""} className={`${fieldClass} sm:mt-auto`}>
              <option value="">{t("filters.allGroups")}</option>
              {DASHBOARD_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {t(`groupKinds.${g}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-8 bg-key-900 px-6 py-3 font-bold text-white hover:bg-key-1000">
          {t("filters.apply")}
        </button>
        <a href={action} className="text-key-900 underline underline-offset-4">
          {t("filters.clear")}
        </a>
      </div>
    </form>
  );
}
