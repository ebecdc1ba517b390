import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { getExplanations } from "@/lib/consistency/explanations";
import { currentLocale } from "@/lib/i18n/page-locale";
import { getPublicSummary } from "@/lib/rollup/get-summary";
import { formatFiscalYearShortIn } from "@/lib/wareki";
import { CheckList } from "./check-list";

/** An item's 整合性チェック on its public page: as of the latest period, from the published reports. */
export async function ItemChecks({ number }: { number: number }) {
  const summary = await getPublicSummary();
  const item = summary.items.find((i) => i.number === number);
  if (!summary.period || !item) return null;
  const [t, tt, locale, explanations] = await Promise.all([
    getTranslations("checks"),
    getTranslations("term"),
    currentLocale(),
    getExplanations(summary.period.id),
  ]);
  const period = `${formatFiscalYearShortIn(summary.period.fiscalYear, locale)} ${tt(summary.period.term)}`;
  return (
    <Section headingId="checks-heading" title={t("heading")} lead={t("lead")}>
      {item.checks.length === 0 ? (
        <p>{t("none", { period })}</p>
      ) : (
        <>
          <p>{t("itemLead", { period })}</p>
          <CheckList item={item} explanations={explanations} />
        </>
      )}
    </Section>
  );
}
