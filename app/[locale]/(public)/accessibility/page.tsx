import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BulletList } from "@/components/public/bullet-list";
import { ja, jaText } from "@/components/ui/ja";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { getMunicipality } from "@/lib/municipality/get-municipality";
import { planTitle } from "@/lib/municipality/plan-title";
import { formatDate } from "@/lib/wareki";

const ESTABLISHED_ON = "2025-11-25";
const TARGET_DATE = "2026-03-31";

export const generateMetadata = titleFromCatalog("accessibility");

export default async function AccessibilityPage({ params }: PageProps<"/[locale]/accessibility">) {
  const locale = await enterLocale(params);
  const [t, tOpen, tSite, tFooter, municipality] = await Promise.all([
    getTranslations("accessibility"),
    getTranslations("opendata"),
    getTranslations("site"),
    getTranslations("footer"),
    getMunicipality(),
  ]);
  const who = {
    municipality: municipality.name,
    plan: planTitle(municipality),
    portal: tSite.markup("name", { plan: planTitle(municipality), ja: jaText }),
    // The footer's operator: without a secretariat, the municipality alone.
    organization: tFooter("organization", {
      municipality: municipality.name,
      secretariat: municipality.secretariat,
    }).trim(),
  };
  // Japanese readers expect the official 和暦 form; other languages get the Gregorian calendar.
  const dateOf = (isoDate: string) => formatDate(isoDate, locale);

  // The statement's parts in order: a heading each, its paragraphs, and a list where it has one.
  const parts: {
    id: Exclude<keyof Messages["accessibility"], "title" | "lead">;
    body: ReactNode[];
    list?: string[];
    after?: string[];
    /** a page of the portal the part names */
    link?: { href: string; label: string };
  }[] = [
    { id: "policy", body: [t("policy.jis"), t("policy.wcag")] },
    { id: "scope", body: [t("scope.body")], link: { href: "/opendata", label: tOpen("accessibilityLink") } },
    { id: "exceptions", body: [t("exceptions.body")], list: [t("exceptions.pdf"), t("exceptions.charts")] },
    { id: "deadline", body: [t("deadline.body", { date: dateOf(TARGET_DATE) })] },
    {
      id: "testing",
      body: [t("testing.body")],
      list: [t("testing.automated"), t("testing.keyboard")],
      after: [t("testing.results")],
    },
    { id: "established", body: [t("established.body", { date: dateOf(ESTABLISHED_ON) })] },
    { id: "department", body: [t.rich("department.body", { ...who, ja })] },
    { id: "contact", body: [t.rich("contact.body", { ...who, ja })] },
  ];
  return (
    <article className="flex max-w-3xl flex-col gap-10 text-std-16N-175">
      <PageHeader title={t("title")} lead={t.rich("lead", { ...who, ja })} />

      {parts.map((part) => (
        <Section key={part.id} headingId={part.id} title={t(`${part.id}.heading`)} className="flex flex-col gap-3">
          {part.body.map((text, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a part's paragraphs never move
            <p key={i}>{text}</p>
          ))}
          {part.list && <BulletList lines={part.list} />}
          {part.after?.map((text) => (
            <p key={text}>{text}</p>
          ))}
          {part.link && (
            <p>
              <Link href={part.link.href} className="text-key-900 underline underline-offset-4">
                {part.link.label}
              </Link>
            </p>
          )}
        </Section>
      ))}
    </article>
  );
}
