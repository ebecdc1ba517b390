import { getTranslations } from "next-intl/server";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { EVALUATION_KEYS } from "@/lib/rollup/rollup";
import type { TrendPoint } from "@/lib/rollup/summary";
import { ChartSection } from "./chart-section";
import { DataTable } from "./data-table";
import { evaluationParts, type Labels } from "./format";
import { EVALUATION_STYLES } from "./series";

/** 評価 as it stood at each reporting period, oldest first. */
export async function TrendSection({ id, trend, labels }: { id: string; trend: TrendPoint[]; labels: Labels }) {
  const t = await getTranslations("dashboard");
  const latest = trend.at(-1);
  const summary = latest
    ? t("summary.trend", {
        count: trend.length,
        period: labels.period(latest.period),
        parts: evaluationParts(latest.overall, labels)
          .filter((p) => p.count > 0)
          .map((p) => t("summary.part", { label: p.label, count: p.count }))
          .join(t("summary.separator")),
      })
    : t("summary.trendEmpty");
  return (
    <ChartSection id={id} heading={t("sections.trend")} summary={<p>{summary}</p>}>
      {latest && (
        <>
          <StackedBarChart
            orientation="columns"
            rows={trend.map((point) => ({ label: labels.period(point.period), values: point.overall.byEvaluation }))}
            series={EVALUATION_KEYS.map((key) => ({ key, label: labels.evaluation(key), ...EVALUATION_STYLES[key] }))}
          />
          <DataTable
            caption={t("captions.trend")}
            corner={t("columns.period")}
            columns={[
              ...EVALUATION_KEYS.map((key) => labels.evaluation(key)),
              t("columns.total"),
              t("columns.meanProgress"),
            ]}
            rows={trend.map((point) => ({
              key: String(point.period.id),
              header: labels.period(point.period),
              cells: [
                ...EVALUATION_KEYS.map((key) => point.overall.byEvaluation[key]),
                point.overall.items,
                point.overall.meanProgress === null
                  ? t("noValue")
                  : t("percent", { value: point.overall.meanProgress }),
              ],
            }))}
          />
        </>
      )}
    </ChartSection>
  );
}
