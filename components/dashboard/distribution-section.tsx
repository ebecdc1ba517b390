import { getTranslations } from "next-intl/server";
import type { SeriesStyle } from "@/components/charts/patterns";
import { ValueBarChart } from "@/components/charts/value-bar-chart";
import type { Rollup } from "@/lib/rollup/rollup";
import { ChartSection } from "./chart-section";
import { achievementParts, countsSentence, evaluationParts, type Labels, type Part } from "./format";
import { ACHIEVEMENT_STYLES, EVALUATION_STYLES } from "./series";
import { ShareTable } from "./share-table";

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
      <ShareTable caption={caption} parts={parts} total={total} />
    </ChartSection>
  );
}

const AXES = [
  { key: "evaluation", parts: evaluationParts, styles: EVALUATION_STYLES },
  { key: "achievement", parts: achievementParts, styles: ACHIEVEMENT_STYLES },
] as const;

/** A set's 評価 and 達成度, a section each; 達成度 says how it is judged. */
export async function AxisSections({ idPrefix, rollup, labels }: { idPrefix: string; rollup: Rollup; labels: Labels }) {
  const t = await getTranslations("dashboard");
  return AXES.map((axis) => (
    <DistributionSection
      key={axis.key}
      id={`${idPrefix}-${axis.key}`}
      heading={t(`sections.${axis.key}`)}
      caption={t(`captions.${axis.key}`)}
      parts={axis.parts(rollup, labels)}
      styles={axis.styles}
      total={rollup.items}
      note={axis.key === "achievement" ? t("method.achievement") : undefined}
    />
  ));
}
