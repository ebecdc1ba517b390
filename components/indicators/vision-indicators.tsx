import { getTranslations } from "next-intl/server";
import { headingClass } from "@/components/ui/heading";
import { listVisionIndicators } from "@/lib/indicators/item-kpis";
import { type HeadingLevel, KpiDetail } from "./kpi-detail";

/** The vision's 成果指標 with their baselines and the yearly actuals the secretariat enters. */
export async function VisionIndicators({ level = 2 }: { level?: 2 | 3 }) {
  const [indicators, t] = await Promise.all([listVisionIndicators(), getTranslations("indicators.public")]);
  const Heading = `h${level}` as const;
  return (
    <section aria-labelledby="vision-indicators-heading" className="flex flex-col gap-4">
      <Heading id="vision-indicators-heading" className={headingClass.section}>
        {t("visionHeading")}
      </Heading>
      <p>{t("visionLead", { count: indicators.length })}</p>
      {indicators.map((indicator) => (
        <KpiDetail
          key={indicator.id}
          kpi={indicator}
          id={`vision-indicator-${indicator.id}`}
          level={(level + 1) as HeadingLevel}
          description={indicator.description}
          targetText={t("visionTarget", { target: indicator.targetText })}
        />
      ))}
    </section>
  );
}
