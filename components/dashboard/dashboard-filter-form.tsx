import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { getPathname } from "@/lib/i18n/navigation";
import { periodKey } from "@/lib/periods/period-key";
import type { PeriodRef } from "@/lib/rollup/item-states";
import { loadLabels } from "./format";

export const DASHBOARD_GROUPS = ["area", "direction", "bureau", "classification"] as const;
export type DashboardGroup = (typeof DASHBOARD_GROUPS)[number];

export const parseDashboardGroup = (value: unknown): DashboardGroup | undefined =>
  DASHBOARD_GROUPS.find((g) => g === value);

/** The period (and on the dashboard, the breakdown) as a search form whose choices land in the URL. */
export async function DashboardFilterForm({
  path,
  periods,
  period,
  group,
  showGroup = false,
  internal = false,
}: {
  path: string;
  periods: PeriodRef[];
  period?: string;
  group?: DashboardGroup;
  showGroup?: boolean;
  /** the council's and secretariat's view, which counts approved reports not yet published */
  internal?: boolean;
}) {
  const [t, labels, locale] = await Promise.all([getTranslations("dashboard"), loadLabels(), getLocale()]);
  const action = getPathname({ href: path, locale });
  return (
    <FilterForm
      action={action}
      label={t("filters.label")}
      applyLabel={t("filters.apply")}
      clearLabel={t("filters.clear")}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <FilterSelect
          name="period"
          label={t("filters.period")}
          hint={t(internal ? "filters.periodHintInternal" : "filters.periodHint")}
          anyLabel={t("filters.latestPeriod")}
          value={period}
          options={[...periods].reverse().map((p) => ({
            value: periodKey(p),
            label: t("filters.periodOption", { period: labels.period(p), status: t(`periodStatus.${p.status}`) }),
          }))}
        />
        {showGroup && (
          <FilterSelect
            name="group"
            label={t("filters.group")}
            anyLabel={t("filters.allGroups")}
            value={group}
            options={DASHBOARD_GROUPS.map((g) => ({ value: g, label: t(`groupKinds.${g}`) }))}
          />
        )}
      </div>
    </FilterForm>
  );
}
