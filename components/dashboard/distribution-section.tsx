import { getTranslations } from "next-intl/server";
import type { SeriesStyle } from "@/components/charts/patterns";
import { ValueBarChart } from "@/components/charts/value-bar-chart";
import { ChartSection } from "./chart-section";
import { DataTable } from "./data-table";
import { countsSentence, type Part, toPercent } from "./format";

/** A set's items across the categories of one axis (評価, 達成度): a bar per category and the same counts as a table. */
export async function DistributionSection({
  id,
  heading,
  caption,
  parts,
  styles,
  total,
  note,
}: {
  id: string;
  heading: string;
  caption: string;
  parts: Part[];
  styles: Record<string, SeriesStyle>;
  total: number;
  note?: string;
}) {
  const t = await getTranslations("dashboard");
  return (
    <ChartSection
      id={id}
      heading={heading}
      summary={
        <>
          <p>{countsSentence(t, total, parts)}</p>
          {note && <p className="text-sm">{note}</p>}
        </>
      }
    >
      <ValueBarChart
        rows={parts.map((p) => ({
          label: p.label,
          value: p.count,
          text: t("count", { count: p.count }),
          style: styles[p.key],
        }))}
        style={styles[parts[0].key]}
      />
      <DataTable
        caption={caption}
        corner={t("columns.category")}
        columns={[t("columns.count"), t("columns.share")]}
        rows={parts.map((p) => ({
          key: p.key,
          header: p.label,
          cells: [
            t("count", { count: p.count }),
            t("percent", { value: toPercent(total === 0 ? 0 : p.count / total) }),
          ],
        }))}
        foot={{
          key: "total",
          header: t("columns.total"),
          cells: [t("count", { count: total }), t("percent", { value: total === 0 ? 0 : 100 })],
        }}
      />
    </ChartSection>
  );
}
