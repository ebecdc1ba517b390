import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { formatJapaneseDate } from "@/lib/wareki";

const ESTABLISHED_ON = "2025-11-25";
const TARGET_DATE = "2026-03-31";

export const generateMetadata = titleFromCatalog("accessibility");

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className={headingClass.section}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

export default async function AccessibilityPage({ params }: PageProps<"/[locale]/accessibility">) {
  await enterLocale(params);
  const [t, locale, format] = await Promise.all([getTranslations("accessibility"), getLocale(), getFormatter()]);
  // Japanese readers expect the official 和暦 form; other languages get the Gregorian calendar.
  const formatDate = (isoDate: string) =>
    locale === "ja" ? formatJapaneseDate(isoDate) : format.dateTime(new Date(isoDate), { dateStyle: "long" });

  return (
    <article className="flex max-w-3xl flex-col gap-10 text-std-16N-175">
      <PageHeader title={t("title")} lead={t("lead")} />

      <Section id="policy" heading={t("policy.heading")}>
        <p>{t("policy.jis")}</p>
        <p>{t("policy.wcag")}</p>
      </Section>

      <Section id="scope" heading={t("scope.heading")}>
        <p>{t("scope.body")}</p>
      </Section>

      <Section id="exceptions" heading={t("exceptions.heading")}>
        <p>{t("exceptions.body")}</p>
        <ul className="list-disc pl-6">
          <li>{t("exceptions.pdf")}</li>
          <li>{t("exceptions.charts")}</li>
        </ul>
      </Section>

      <Section id="deadline" heading={t("deadline.heading")}>
        <p>{t("deadline.body", { date: formatDate(TARGET_DATE) })}</p>
      </Section>

      <Section id="testing" heading={t("testing.heading")}>
        <p>{t("testing.body")}</p>
        <ul className="list-disc pl-6">
          <li>{t("testing.automated")}</li>
          <li>{t("testing.keyboard")}</li>
        </ul>
        <p>{t("testing.results")}</p>
      </Section>

      <Section id="established" heading={t("established.heading")}>
        <p>{t("established.body", { date: formatDate(ESTABLISHED_ON) })}</p>
      </Section>

      <Section id="department" heading={t("department.heading")}>
        <p>{t("department.body")}</p>
      </Section>

      <Section id="contact" heading={t("contact.heading")}>
        <p>{t("contact.body")}</p>
      </Section>
    </article>
  );
}
