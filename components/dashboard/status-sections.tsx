import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { type ChartSeries, StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { Ja, ja } from "@/components/ui/ja";
import { Link } from "@/lib/i18n/navigation";
import { STATUS_KEYS } from "@/lib/reports/vocabulary";
import type { Rollup } from "@/lib/rollup/rollup";
import type { GroupKind, GroupRollup } from "@/lib/rollup/summary";
import { ChartSection, Collapsible } from "./chart-section";
import { DataTable } from "./data-table";
import { countsSentence, type Labels, statusParts, toPercent } from "./format";
import { STATUS_STYLES } from "./series";
import { ShareTable } from "./share-table";

const statusSeries = (labels: Labels): ChartSeries[] =>
  STATUS_KEYS.map((key) => ({ key, label: labels.status(key), ...STATUS_STYLES[key] }));

/** One set's items by 進捗状況: summary sentence, key figures, a stacked bar, and the counts with their shares. */
export async function StatusSection({
  id,
  heading,
  level = 2,
  rollup,
  rowLabel,
  labels,
  figures,
}: {
  id: string;
  heading: ReactNode;
  level?: 2 | 3;
  rollup: Rollup;
  rowLabel: string;
  labels: Labels;
  figures?: ReactNode;
}) {
  const t = await getTranslations("dashboard");
  const parts = statusParts(rollup, labels);
  return (
    <ChartSection id={id} heading={heading} level={level} summary={<p>{countsSentence(t, rollup.items, parts)}</p>}>
      {figures}
      <StackedBarChart rows={[{ label: rowLabel, values: rollup.byStatus }]} series={statusSeries(labels)} />
      <ShareTable caption={t("captions.overall")} parts={parts} total={rollup.items} />
    </ChartSection>
  );
}

/**
 * Items by 進捗状況 for each group of one kind (areas, directions, bureaus,
 * sections, classifications), with mean progress and share complete.
 */
export async function GroupStatusSection({
  id,
  kind,
  heading,
  level = 2,
  groups,
  overallItems,
  labels,
  collapsed = false,
}: {
  id: string;
  kind: GroupKind;
  heading: ReactNode;
  level?: 2 | 3;
  groups: GroupRollup[];
  /** items of the whole set, to say how many belong to no group of this kind */
  overallItems: number;
  labels: Labels;
  collapsed?: boolean;
}) {
  const t = await getTranslations("dashboard");
  const kindLabel = t(`groupKinds.${kind}`);
  const total = groups.reduce((n, g) => n + g.items, 0);
  const reported = groups.reduce((n, g) => n + g.reported, 0);
  const share = (g: GroupRollup) => (g.items === 0 ? 0 : g.reported / g.items);
  const top = groups.reduce<GroupRollup | null>(
    (best, g) => (g.items > 0 && (!best || share(g) > share(best)) ? g : best),
    null,
  );
  const unassigned = overallItems - total;
  const summary = (
    <>
      <p>
        {reported > 0 && top
          ? t.rich("summary.groups", {
              ja,
              kind: kindLabel,
              groups: groups.length,
              total,
              reported,
              top: top.name,
              topRate: toPercent(share(top)),
            })
          : t("summary.groupsNone", { kind: kindLabel, groups: groups.length, total })}
      </p>
      {unassigned > 0 && <p className="text-sm">{t("summary.unassigned", { kind: kindLabel, count: unassigned })}</p>}
    </>
  );
  const name = (g: GroupRollup) =>
    kind === "bureau" && g.code ? (
      <Link href={`/departments/${g.code}`} className="text-key-900 underline underline-offset-4">
        <Ja>{g.name}</Ja>
      </Link>
    ) : (
      <Ja>{g.name}</Ja>
    );
  const chart = (
    <StackedBarChart
      rows={groups.map((g) => ({ label: g.name, values: g.byStatus }))}
      series={statusSeries(labels)}
      labelWidth={kind === "classification" || kind === "section" ? 176 : 136}
    />
  );
  const table = (
    <DataTable
      caption={t("captions.groups", { kind: kindLabel })}
      corner={kindLabel}
      columns={[
        ...STATUS_KEYS.map((key) => labels.status(key)),
        t("columns.total"),
        t("columns.meanProgress"),
        t("columns.completedShare"),
      ]}
      rows={groups.map((g) => ({
        key: g.name,
        header: name(g),
        cells: [
          ...STATUS_KEYS.map((key) => g.byStatus[key]),
          g.items,
          g.meanProgress === null ? t("noValue") : t("percent", { value: g.meanProgress }),
          t("percent", { value: toPercent(g.completedShare) }),
        ],
      }))}
    />
  );
  return (
    <ChartSection id={id} heading={heading} level={level} summary={summary}>
      {/* Collapsed, the disclosure holds what it names, the table; the chart is in the breakdown's own view (?group=). */}
      {collapsed ? (
        <Collapsible summary={t("showTable", { caption: t("captions.groups", { kind: kindLabel }) })}>
          {table}
        </Collapsible>
      ) : (
        <>
          {chart}
          {table}
        </>
      )}
    </ChartSection>
  );
}
