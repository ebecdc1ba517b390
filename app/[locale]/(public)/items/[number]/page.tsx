import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublishedOpinions } from "@/components/council/published-opinions";
import { ItemKpis } from "@/components/indicators/item-kpis";
import { FindingNote } from "@/components/items/finding-note";
import { StatusBadge } from "@/components/items/status-badge";
import { headingClass } from "@/components/ui/heading";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getItem } from "@/lib/items/get-item";
import { formatFiscalRange, formatFiscalYear, formatJapaneseDate } from "@/lib/wareki";

// Rendered on first request and kept until a change to the item revalidates it.
export const revalidate = 3600;
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
  return { title: item ? `No.${item.number} ${item.title}` : undefined };
}

export default async function ItemPage({ params }: PageProps<"/[locale]/items/[number]">) {
  const item = await loadItem(params);
  if (!item) notFound();
  const [t, te, tt, ta, tf] = await Promise.all([
    getTranslations("item"),
    getTranslations("evaluation"),
    getTranslations("term"),
    getTranslations("achievement"),
    getTranslations("freshness"),
  ]);
  const latest = item.reports[0];
  const openFindings = item.findings.filter((f) => f.status === "open");
  const rows: [string, string][] = [
    [t("fields.bureau"), item.bureau.sourceName],
    [t("fields.section"), item.section ?? t("notSet")],
    [t("fields.area"), item.areaLabel ?? t("notSet")],
    [t("fields.direction"), item.directionLabel ?? t("notSet")],
    [t("fields.classification"), item.classification ?? t("notSet")],
    [t("fields.period"), formatFiscalRange(item.startFiscalYear, item.endFiscalYear)],
  ];
  return (
    <article className="flex flex-col gap-8">
      <nav aria-label={t("breadcrumb")}>
        <Link href="/items" className="text-key-900 underline underline-offset-4">
          {t("backToList")}
        </Link>
      </nav>
      <header className="flex flex-col gap-3">
        <p className="text-lg font-bold text-solid-gray-800">{t("numberLabel", { number: item.number })}</p>
        <h1 className={headingClass.page}>{item.title}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={item.status} />
          <span className="text-sm">
            {item.asOf ? t("asOf", { date: formatJapaneseDate(item.asOf) }) : t("noReportYet")}
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
        <p className="mt-2 text-lg">{item.target || t("targetMissing")}</p>
      </section>

      <ItemKpis number={item.number} />

      <section aria-labelledby="overview-heading" className="flex flex-col gap-4">
        <h2 id="overview-heading" className={headingClass.section}>
          {t("overview")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-bold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <h3 className={headingClass.subsection}>{t("fields.purpose")}</h3>
        <p>{item.purpose || t("notSet")}</p>
        <h3 className={headingClass.subsection}>{t("fields.content")}</h3>
        <p>{item.content || t("notSet")}</p>
      </section>

      <section aria-labelledby="progress-heading" className="flex flex-col gap-4">
        <h2 id="progress-heading" className={headingClass.section}>
          {t("progress")}
        </h2>
        {!latest ? (
          <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("noReportExplanation")}</p>
        ) : (
          <ol className="flex flex-col gap-4 border-l-4 border-key-900 pl-4">
            {item.reports.map((r) => (
              <li key={`${r.fiscalYear}-${r.term}-${r.revision}`} className="flex flex-col gap-2">
                <h3 className={headingClass.minor}>
                  {formatFiscalYear(r.fiscalYear)} {tt(r.term)}
                  {r.revision > 1 && ` ${t("revision", { revision: r.revision })}`}
                </h3>
                <p className="text-sm">{t("publishedOn", { date: formatJapaneseDate(r.publishedAt) })}</p>
                <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
                  <div className="contents">
                    <dt className="font-bold">{t("report.evaluation")}</dt>
                    <dd>{r.evaluation ? `${r.evaluation} ${te(r.evaluation)}` : t("notSet")}</dd>
                  </div>
                  <div className="contents">
                    <dt className="font-bold">{t("report.progressPercent")}</dt>
                    <dd>{r.progressPercent ?? "—"}%</dd>
                  </div>
                  <div className="contents">
                    <dt className="font-bold">{t("report.achievements")}</dt>
                    <dd className="whitespace-pre-wrap">{r.achievements}</dd>
                  </div>
                  <div className="contents">
                    <dt className="font-bold">{t("report.issues")}</dt>
                    <dd className="whitespace-pre-wrap">{r.issues}</dd>
                  </div>
                  <div className="contents">
                    <dt className="font-bold">{t("report.nextSteps")}</dt>
                    <dd className="whitespace-pre-wrap">{r.nextSteps}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
        )}
      </section>

      {item.changes.length > 0 && (
        <section aria-labelledby="changes-heading" className="flex flex-col gap-4">
          <h2 id="changes-heading" className={headingClass.section}>
            {t("changes")}
          </h2>
          <ul className="flex flex-col gap-3">
            {item.changes.map((c) => (
              <li key={`${c.changedAt}-${c.field}`}>
                <p className="font-bold">
                  {formatJapaneseDate(c.changedAt)} {t(`fields.${c.field}`)}
                </p>
                <p>{t("changeReason", { reason: c.reason })}</p>
                <p className="text-sm">{t("changeBeforeAfter", { before: c.before, after: c.after })}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <PublishedOpinions itemNumber={item.number} />

      <section aria-labelledby="quality-heading" className="flex flex-col gap-4">
        <h2 id="quality-heading" className={headingClass.section}>
          {t("quality")}
        </h2>
        <p>{openFindings.length === 0 ? t("qualityNone") : t("qualityLead", { count: openFindings.length })}</p>
        {openFindings.length > 0 && (
          <ul className="flex flex-col gap-3">
            {openFindings.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: findings of a fixed source, never reordered
              <FindingNote key={i} finding={f} />
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
