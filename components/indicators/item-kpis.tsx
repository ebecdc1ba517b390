import { getTranslations } from "next-intl/server";
import { headingClass } from "@/components/ui/heading";
import { getItemKpis } from "@/lib/indicators/item-kpis";
import { KpiDetail } from "./kpi-detail";
import { MeasurabilityBadge } from "./measurability-badge";

/**
 * The public item page's KPI section: how measurable the target is, then each
 * confirmed KPI with its published actuals (chart, table and a sentence).
 */
export async function ItemKpis({ number }: { number: number }) {
  const [data, t] = await Promise.all([getItemKpis(number), getTranslations("indicators.public")]);
  if (!data) return null;
  return (
    <section aria-labelledby="item-kpis-heading" className="flex flex-col gap-4">
      <h2 id="item-kpis-heading" className={headingClass.section}>
        {t("itemHeading")}
      </h2>
      <MeasurabilityBadge measurability={data.measurability} withHelp />
      {data.kpis.length === 0 ? (
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("noKpis")}</p>
      ) : (
        data.kpis.map((kpi) => <KpiDetail key={kpi.id} kpi={kpi} id={`kpi-${kpi.id}`} level={3} />)
      )}
    </section>
  );
}
