import { getTranslations } from "next-intl/server";
import { ja } from "@/components/ui/ja";
import type { CheckFinding } from "@/lib/consistency/checks";
import { type Explanations, explanationKey } from "@/lib/consistency/explanations";
import { currentLocale } from "@/lib/i18n/page-locale";
import { formatFigure } from "@/lib/indicators/figure";
import type { ItemState } from "@/lib/rollup/item-states";
import { formatDate, formatFiscalYearShortIn } from "@/lib/wareki";

/** What findings say in words (their kind, and the figures that disagree): made once per page. */
export async function findingTexts() {
  const [t, ts, locale] = await Promise.all([getTranslations("checks"), getTranslations("status"), currentLocale()]);
  const figure = (value: number | null, unit: string) => (value === null ? "—" : `${formatFigure(value)}${unit}`);
  const detail = (item: ItemState, finding: CheckFinding) => {
    const kpi = item.kpis.find((k) => k.id === finding.kpiId);
    switch (finding.kind) {
      case "on_track_kpi_away":
        if (!kpi) return null;
        return t.rich(kpi.targetValue === null ? "details.kpiAwayNoTarget" : "details.kpiAway", {
          ja,
          name: kpi.name,
          previous: figure(kpi.previous ?? kpi.baselineValue, kpi.unit),
          actual: figure(kpi.actual, kpi.unit),
          target: figure(kpi.targetValue, kpi.unit),
        });
      case "completed_kpi_unmet":
        if (!kpi) return null;
        return t.rich("details.kpiUnmet", {
          ja,
          name: kpi.name,
          actual: figure(kpi.actual, kpi.unit),
          target: figure(kpi.targetValue, kpi.unit),
        });
      case "completed_below_full":
        return t("details.progress", { percent: item.progressPercent ?? 0 });
      case "past_plan_period":
        return t("details.pastPeriod", {
          end: formatFiscalYearShortIn(item.endFiscalYear, locale),
          status: ts(item.status),
        });
      case "no_achievements":
        return null;
    }
  };
  return { title: (finding: CheckFinding) => t(`kinds.${finding.kind}`), detail, locale, t };
}

/**
 * An item's 整合性チェック findings at a period, each with what disagrees and the secretariat's
 * explanation (or that there is none yet).
 */
export async function CheckList({ item, explanations }: { item: ItemState; explanations: Explanations }) {
  const { title, detail, locale, t } = await findingTexts();
  return (
    <ul className="flex flex-col gap-3">
      {item.checks.map((finding) => {
        const key = explanationKey(item.number, finding);
        const explanation = explanations[key];
        const said = detail(item, finding);
        return (
          <li key={key} className="flex flex-col gap-1 rounded-8 border border-solid-gray-420 p-3">
            <p className="font-bold">{title(finding)}</p>
            {said && <p className="text-sm">{said}</p>}
            {explanation ? (
              <div className="border-l-4 border-key-900 pl-3">
                <p className="text-sm font-bold">
                  {t("explanation", { date: formatDate(explanation.explainedAt, locale) })}
                </p>
                <p lang="ja" className="whitespace-pre-wrap">
                  {explanation.text}
                </p>
              </div>
            ) : (
              <p className="text-sm text-solid-gray-800">{t("noExplanation")}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
