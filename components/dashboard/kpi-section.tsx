import { getTranslations } from "next-intl/server";
import { ValueBarChart } from "@/components/charts/value-bar-chart";
import { ja, jaText } from "@/components/ui/ja";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { currentLocale } from "@/lib/i18n/page-locale";
import type { ItemState, KpiState } from "@/lib/rollup/item-states";
import { kpiAchievementRate, type Rollup } from "@/lib/rollup/rollup";
import { formatFiscalYearShortIn } from "@/lib/wareki";
import { ChartSection, Collapsible } from "./chart-section";
import { DataTable } from "./data-table";
import { type Translator, toPercent } from "./format";
import { RATE_STYLE } from "./series";

function value(t: Translator, locale: Locale, v: number | null, unit: string, year: number | null) {
  if (v === null) return t("noValue");
  return year === null
    ? t.rich("kpi.value", { value: v, unit, ja })
    : t.rich("kpi.valueWithYear", { value: v, unit, ja, year: formatFiscalYearShortIn(year, locale) });
}

/**
 * KPI achievement: how far each KPI's latest actual has come from its baseline
 * towards its target (the rate of lib/rollup/rollup.ts), and the set's summary.
 */
export async function KpiSection({ id, rollup, items }: { id: string; rollup: Rollup; items: ItemState[] }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), currentLocale()]);
  const kpis = items.flatMap((item) => item.kpis.map((kpi) => ({ item, kpi, rate: kpiAchievementRate(kpi) })));
  const measured = kpis.filter((k): k is { item: ItemState; kpi: KpiState; rate: number } => k.rate !== null);
  const { kpi } = rollup;
  const summary =
    kpi.kpis === 0
      ? t("summary.kpiNone")
      : kpi.meanRate === null
        ? t("summary.kpiNoneMeasured", { kpis: kpi.kpis })
        : t("summary.kpi", {
            kpis: kpi.kpis,
            measured: kpi.measured,
            achieved: kpi.achieved,
            mean: toPercent(kpi.meanRate),
          });
  const name = (k: { item: ItemState; kpi: KpiState }) =>
    t.rich("kpi.itemName", { number: k.item.number, name: k.kpi.name, ja });
  const body = (
    <>
      {measured.length > 0 && (
        <>
          <p className="text-sm">{t("kpi.rateNote")}</p>
          <ValueBarChart
            rows={measured.map((k) => ({
              label: t.markup("kpi.itemName", { number: k.item.number, name: k.kpi.name, ja: jaText }),
              value: Math.min(toPercent(k.rate), 100),
              text: t("percent", { value: toPercent(k.rate) }),
            }))}
            style={RATE_STYLE}
            max={100}
            labelWidth={176}
          />
        </>
      )}
      <DataTable
        caption={t("captions.kpi")}
        corner={t("kpi.item")}
        columns={[t("kpi.direction"), t("kpi.baseline"), t("kpi.actual"), t("kpi.target"), t("kpi.rate")]}
        rows={kpis.map((k) => ({
          key: String(k.kpi.id),
          header: (
            <Link href={`/items/${k.item.number}`} className="text-key-900 underline underline-offset-4">
              {name(k)}
            </Link>
          ),
          cells: [
            t(`kpi.directions.${k.kpi.direction}`),
            value(t, locale, k.kpi.baselineValue, k.kpi.unit, k.kpi.baselineYear),
            value(t, locale, k.kpi.actual, k.kpi.unit, k.kpi.actualYear),
            value(t, locale, k.kpi.targetValue, k.kpi.unit, k.kpi.targetYear),
            k.rate === null ? t("notComputable") : t("percent", { value: toPercent(k.rate) }),
          ],
        }))}
      />
    </>
  );
  return (
    <ChartSection id={id} heading={t("sections.kpi")} summary={<p>{summary}</p>}>
      {kpis.length === 0 ? null : kpis.length > 12 ? (
        <Collapsible summary={t("showTable", { caption: t("captions.kpi") })}>{body}</Collapsible>
      ) : (
        body
      )}
    </ChartSection>
  );
}
