import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ItemChecks } from "@/components/consistency/item-checks";
import { PublishedOpinions } from "@/components/council/published-opinions";
import { ItemKpis } from "@/components/indicators/item-kpis";
import { FindingNote } from "@/components/items/finding-note";
import { StatusBadge } from "@/components/items/status-badge";
import { BackLink } from "@/components/public/back-link";
import { DefinitionList } from "@/components/public/definition-list";
import { MarkedText } from "@/components/quality/marked-text";
import { headingClass } from "@/components/ui/heading";
import { ja as jaTag } from "@/components/ui/ja";
import { Section } from "@/components/ui/section";
import { ItemVoices } from "@/components/voices/item-voices";
import { feedAlternate } from "@/lib/feeds/subject";
import { currentLocale, enterLocale } from "@/lib/i18n/page-locale";
import { getItem } from "@/lib/items/get-item";
import { getMunicipality } from "@/lib/municipality/get-municipality";
import { flaggedIn } from "@/lib/quality/flagged";
import { formatDate, formatFiscalRangeIn, formatFiscalYearIn } from "@/lib/wareki";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

async function loadItem(params: Promise<{ locale: string; number: string }>) {
  await enterLocale(params);
  const { number } = await params;
  return /^\d{1,6}$/.test(number) ? getItem(Number(number)) : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/items/[number]">): Promise<Metadata> {
  const item = await loadItem(params);
  if (!item) return {};
  return {
    title: `No.${item.number} ${item.title}`,
    alternates: {
      types: feedAlternate({ kind: "item", number: item.number, title: item.title }, await getMunicipality()),
    },
  };
}

export default async function ItemPage({ params }: PageProps<"/[locale]/items/[number]">) {
  const item = await loadItem(params);
  if (!item) notFound();
  const [t, te, tt, ta, tf, locale] = await Promise.all([
    getTranslations("item"),
    getTranslations("evaluation"),
    getTranslations("term"),
    getTranslations("achievement"),
    getTranslations("freshness"),
    currentLocale(),
  ]);
  const latest = item.reports[0];
  const openFindings = item.findings.filter((f) => f.status === "open");
  // A text as shown, with the characters an open finding flags marked in it. The plan's and the
  // reports' own words are Japanese, in the English UI too (WCAG 3.1.2).
  const marked = (field: "title" | "purpose" | "content" | "target" | "classification", text: string) => (
    <span lang="ja">
      <MarkedText text={text} flagged={flaggedIn(item.findings, field)} />
    </span>
  );
  const ja = (text: string | null) => (text ? <span lang="ja">{text}</span> : t("notSet"));
  const rows = [
    { label: t("fields.bureau"), value: ja(item.bureau.sourceName) },
    { label: t("fields.section"), value: ja(item.section) },
    { label: t("fields.area"), value: ja(item.areaLabel) },
    { label: t("fields.direction"), value: ja(item.directionLabel) },
    {
      label: t("fields.classification"),
      value: item.classification ? marked("classification", item.classification) : t("notSet"),
    },
    { label: t("fields.period"), value: formatFiscalRangeIn(item.startFiscalYear, item.endFiscalYear, locale) },
  ];
  return (
    <article className="flex flex-col gap-8">
      <BackLink label={t("breadcrumb")} href="/items" text={t("backToList")} />
      <header className="flex flex-col gap-3">
        <p className="text-lg font-bold text-solid-gray-800">{t("numberLabel", { number: item.number })}</p>
        <h1 className={headingClass.page}>{marked("title", item.title)}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={item.status} />
          <span className="text-sm">
            {item.asOf ? t("asOf", { date: formatDate(item.asOf, locale) }) : t("noReportYet")}
          </span>
          {item.stale && (
            <span className="rounded-4 border-2 border-solid-gray-800 px-2 text-sm font-bold">{tf("stale")}</span>
          )}
        </div>
        <p>
          <span className="font-bold">{t("achievementLabel")}</span>
          {ta(item.achievement)}
          {item.achievementNote && (
            <span className="block text-sm">{t("achievementNote", { note: item.achievementNote })}</span>
          )}
        </p>
      </header>

      <section aria-labelledby="target-heading" className="rounded-12 border-2 border-key-900 bg-key-50 p-4">
        <h2 id="target-heading" className={headingClass.subsection}>
          {t("fields.target")}
        </h2>
        <p className="mt-2 text-lg">{item.target ? marked("target", item.target) : t("targetMissing")}</p>
      </section>

      <ItemKpis number={item.number} />

      <Section headingId="overview-heading" title={t("overview")}>
        <DefinitionList className="gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]" items={rows} />
        <h3 className={headingClass.subsection}>{t("fields.purpose")}</h3>
        <p>{item.purpose ? marked("purpose", item.purpose) : t("notSet")}</p>
        <h3 className={headingClass.subsection}>{t("fields.content")}</h3>
        <p>{item.content ? marked("content", item.content) : t("notSet")}</p>
      </Section>

      <Section headingId="progress-heading" title={t("progress")}>
        {!latest ? (
          <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("noReportExplanation")}</p>
        ) : (
          <ol className="flex flex-col gap-4 border-l-4 border-key-900 pl-4">
            {item.reports.map((r) => (
              <li key={`${r.fiscalYear}-${r.term}-${r.revision}`} className="flex flex-col gap-2">
                <h3 className={headingClass.minor}>
                  {formatFiscalYearIn(r.fiscalYear, locale)} {tt(r.term)}
                  {r.revision > 1 && ` ${t("revision", { revision: r.revision })}`}
                </h3>
                <p className="text-sm">{t("publishedOn", { date: formatDate(r.publishedAt, locale) })}</p>
                <DefinitionList
                  className="gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]"
                  items={[
                    {
                      label: t("report.evaluation"),
                      value: r.evaluation ? `${r.evaluation} ${te(r.evaluation)}` : t("notSet"),
                    },
                    { label: t("report.progressPercent"), value: `${r.progressPercent ?? "—"}%` },
                    ...(["achievements", "issues", "nextSteps"] as const).map((key) => ({
                      label: t(`report.${key}`),
                      value: ja(r[key]),
                      valueClassName: "whitespace-pre-wrap",
                    })),
                  ]}
                />
              </li>
            ))}
          </ol>
        )}
      </Section>

      <ItemChecks number={item.number} />

      {item.changes.length > 0 && (
        <Section headingId="changes-heading" title={t("changes")}>
          <ul className="flex flex-col gap-3">
            {item.changes.map((c) => (
              <li key={`${c.changedAt}-${c.field}`}>
                <p className="font-bold">
                  {formatDate(c.changedAt, locale)} {t(`fields.${c.field}`)}
                  <span className="ml-2 text-sm font-normal">{t("changedBy")}</span>
                </p>
                <p>{t.rich("changeReason", { reason: c.reason, ja: jaTag })}</p>
                <p className="text-sm">
                  {t.rich("changeBeforeAfter", { before: c.before, after: c.after, ja: jaTag })}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <PublishedOpinions itemNumber={item.number} />

      <ItemVoices itemNumber={item.number} />

      <Section headingId="quality-heading" title={t("quality")}>
        <p>{openFindings.length === 0 ? t("qualityNone") : t("qualityLead", { count: openFindings.length })}</p>
        {openFindings.length > 0 && (
          <ul className="flex flex-col gap-3">
            {openFindings.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: findings of a fixed source, never reordered
              <FindingNote key={i} finding={f} />
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
