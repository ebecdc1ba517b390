import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/items/status-badge";
import { StatusBreakdown } from "@/components/progress/status-breakdown";
import { headingClass } from "@/components/ui/heading";
import { ScrollTable, Th } from "@/components/ui/scroll-table";
import { CHANGE_KINDS, type ItemChange, type KpiMovement } from "@/lib/editions/diff-editions";
import { getEdition } from "@/lib/editions/get-edition";
import type { EditionRef } from "@/lib/editions/load-editions";
import type { SnapshotItem } from "@/lib/editions/snapshot";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { parsePeriodKey } from "@/lib/periods/period-key";
import { ACHIEVEMENT_KEYS } from "@/lib/rollup/rollup";
import { formatFiscalYearShort, formatJapaneseDate } from "@/lib/wareki";

// Rendered on first request and kept: an edition never changes once frozen.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; period: string }>;

async function loadEdition(params: Params) {
  const locale = await enterLocale(params);
  const { period } = await params;
  return { locale, edition: parsePeriodKey(period) ? await getEdition(period) : null };
}

async function periodNamer() {
  const tt = await getTranslations("term");
  return (ref: Pick<EditionRef, "fiscalYear" | "term">) => `${formatFiscalYearShort(ref.fiscalYear)} ${tt(ref.term)}`;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/editions/[period]">): Promise<Metadata> {
  const { edition } = await loadEdition(params);
  if (!edition) return {};
  const [t, name] = await Promise.all([getTranslations("editions"), periodNamer()]);
  return { title: t("name", { period: name(edition) }) };
}

const linkClass = "text-key-900 underline underline-offset-4";
const thClass = "border-b-2 border-solid-gray-800 px-3 py-2 text-left font-bold whitespace-nowrap";
const tdClass = "border-b border-solid-gray-420 px-3 py-2 align-top";

export default async function EditionPage({ params }: PageProps<"/[locale]/editions/[period]">) {
  const { locale, edition } = await loadEdition(params);
  if (!edition) notFound();
  const [t, ts, te, name] = await Promise.all([
    getTranslations("editions"),
    getTranslations("status"),
    getTranslations("evaluation"),
    periodNamer(),
  ]);
  const numberFormat = new Intl.NumberFormat(locale);
  const period = name(edition);
  const { overall, diff, snapshot } = edition;

  const evaluationText = (evaluation: SnapshotItem["evaluation"]) =>
    evaluation ? `${evaluation} ${te(evaluation)}` : t("evaluationNone");
  const percentText = (value: number | null) =>
    value === null ? t("none") : t("percent", { value: numberFormat.format(value) });
  const kpiValue = (value: number, unit: string, year: number | null) =>
    year === null
      ? t("change.kpiValueNoYear", { value: numberFormat.format(value), unit })
      : t("change.kpiValue", { value: numberFormat.format(value), unit, year: formatFiscalYearShort(year) });
  const judgement = (m: KpiMovement) => {
    if (m.change === "first") return t("judgement.first");
    if (m.direction === "maintain" && m.judgement !== "neutral")
      return t(m.judgement === "good" ? "judgement.maintainGood" : "judgement.maintainBad");
    return t(`judgement.${m.judgement}`);
  };

  function changeDetail(change: ItemChange) {
    switch (change.kind) {
      case "newly_completed":
        return <p>{t("change.fromTo", { from: ts(change.from), to: ts("completed") })}</p>;
      case "stage":
        return <p>{t("change.fromTo", { from: ts(change.from), to: ts(change.to) })}</p>;
      case "evaluation":
        return <p>{t("change.fromTo", { from: evaluationText(change.from), to: evaluationText(change.to) })}</p>;
      case "target":
        return (
          <p className="whitespace-pre-wrap">
            {t("change.target", {
              from: change.from || t("change.emptyTarget"),
              to: change.to || t("change.emptyTarget"),
            })}
          </p>
        );
      case "kpi":
        return (
          <ul className="list-disc pl-6">
            {change.movements.map((m) => {
              const after = kpiValue(m.after, m.unit, m.afterYear);
              const text =
                m.before === null
                  ? t("change.kpiFirst", { name: m.name, after, judgement: judgement(m) })
                  : t("change.kpi", {
                      name: m.name,
                      before: kpiValue(m.before, m.unit, m.beforeYear),
                      after,
                      judgement: judgement(m),
                    });
              return <li key={m.id}>{text}</li>;
            })}
          </ul>
        );
      case "newly_reported":
        return (
          <p>
            {t("change.reported", {
              status: ts(change.status),
              evaluation: evaluationText(change.evaluation),
              progress: percentText(change.progressPercent),
            })}
          </p>
        );
      case "became_stale":
        return (
          <p>
            {change.asOf
              ? t("change.stale", { date: formatJapaneseDate(change.asOf), status: ts(change.status) })
              : t("change.staleNoDate", { status: ts(change.status) })}
          </p>
        );
    }
  }

  const numbers: [string, string][] = [
    [t("summary.items"), t("count", { count: overall.items })],
    [t("summary.reported"), t("count", { count: overall.reported })],
    [t("summary.current"), t("count", { count: overall.current })],
    [t("summary.completed"), t("count", { count: overall.byStatus.completed })],
    [t("summary.meanProgress"), percentText(overall.meanProgress)],
    [t("summary.kpi"), t("summary.kpiValue", { measured: overall.kpi.measured, achieved: overall.kpi.achieved })],
  ];
  const shownKinds = CHANGE_KINDS.filter((kind) => diff.counts[kind] > 0);

  return (
    <article className="flex flex-col gap-8">
      <nav aria-label={t("edition.breadcrumb")}>
        <Link href="/editions" className={linkClass}>
          {t("edition.backToList")}
        </Link>
      </nav>
      <header className="flex flex-col gap-3">
        <h1 className={headingClass.page}>{t("name", { period })}</h1>
        <p className="font-bold">
          <time dateTime={edition.frozenAt}>{t("frozenOn", { date: formatJapaneseDate(edition.frozenAt) })}</time>
        </p>
        <p>{t("edition.lead")}</p>
      </header>

      {(edition.previous || edition.next) && (
        <nav aria-label={t("edition.pager")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {edition.previous && (
              <li>
                <Link href={`/editions/${edition.previous.key}`} rel="prev" className={linkClass}>
                  {t("edition.previous", { period: name(edition.previous) })}
                </Link>
              </li>
            )}
            {edition.next && (
              <li>
                <Link href={`/editions/${edition.next.key}`} rel="next" className={linkClass}>
                  {t("edition.next", { period: name(edition.next) })}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}

      <section aria-labelledby="overall-heading" className="flex flex-col gap-4">
        <h2 id="overall-heading" className={headingClass.section}>
          {t("edition.overallHeading")}
        </h2>
        <StatusBreakdown rollup={overall} label={t("edition.overallLabel", { count: overall.items, period })} />
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-3">
          {numbers.map(([label, value]) => (
            <div key={label} className="flex flex-col">
              <dt className="text-sm">{label}</dt>
              <dd className="text-lg font-bold">{value}</dd>
            </div>
          ))}
        </dl>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-2">
            <h3 className={headingClass.minor}>{t("edition.evaluationHeading")}</h3>
            <ul className="flex flex-col gap-1">
              {(["A", "B", "C", "D"] as const).map((key) => (
                <li key={key}>
                  {key} {te(key)} <span className="font-bold">{t("count", { count: overall.byEvaluation[key] })}</span>
                </li>
              ))}
              <li>
                {t("evaluationNone")}{" "}
                <span className="font-bold">{t("count", { count: overall.byEvaluation.unrated })}</span>
              </li>
              <li>
                {ts("not_reported")}{" "}
                <span className="font-bold">{t("count", { count: overall.byEvaluation.not_reported })}</span>
              </li>
            </ul>
          </div>
          <div className="flex flex-col gap-2">
            <h3 className={headingClass.minor}>{t("edition.achievementHeading")}</h3>
            <ul className="flex flex-col gap-1">
              {ACHIEVEMENT_KEYS.map((key) => (
                <li key={key}>
                  {t(`achievement.${key}`)}{" "}
                  <span className="font-bold">{t("count", { count: overall.byAchievement[key] })}</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section aria-labelledby="changes-heading" className="flex flex-col gap-4">
        <h2 id="changes-heading" className={headingClass.section}>
          {t("edition.changesHeading")}
        </h2>
        <p>
          {edition.previous ? t("edition.changesSince", { period: name(edition.previous) }) : t("edition.changesFirst")}
        </p>
        {diff.items.length === 0 ? (
          <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("edition.noChanges")}</p>
        ) : (
          <>
            <div className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
              <h3 className="font-bold">{t("edition.countsLabel")}</h3>
              <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                {CHANGE_KINDS.map((kind) => {
                  const text = t("edition.kindCount", { kind: t(`kinds.${kind}`), count: diff.counts[kind] });
                  return (
                    <li key={kind}>
                      {diff.counts[kind] > 0 ? (
                        <a href={`#changes-${kind}`} className={linkClass}>
                          {text}
                        </a>
                      ) : (
                        text
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
            {shownKinds.map((kind) => (
              <section key={kind} aria-labelledby={`changes-${kind}`} className="flex flex-col gap-3">
                <h3 id={`changes-${kind}`} className={headingClass.subsection}>
                  {t("edition.kindHeading", { kind: t(`kinds.${kind}`), count: diff.counts[kind] })}
                </h3>
                <ul className="flex flex-col gap-3">
                  {diff.items.flatMap((item) =>
                    item.changes
                      .filter((change) => change.kind === kind)
                      .map((change) => (
                        <li key={item.number} className="border-l-4 border-key-900 pl-3">
                          <Link href={`/items/${item.number}`} className={`${linkClass} font-bold`}>
                            {t("edition.numberLabel", { number: item.number })} {item.title}
                          </Link>
                          {changeDetail(change)}
                        </li>
                      )),
                  )}
                </ul>
              </section>
            ))}
          </>
        )}
      </section>

      <section aria-labelledby="items-heading" className="flex flex-col gap-4">
        <h2 id="items-heading" className={headingClass.section}>
          {t("edition.itemsHeading")}
        </h2>
        <p className="text-sm">{t("edition.scrollHint")}</p>
        <ScrollTable
          caption={t("edition.tableCaption", { period, count: snapshot.items.length })}
          label={t("edition.scrollLabel")}
        >
          <thead>
            <tr>
              <Th scope="col" className={thClass}>
                {t("edition.columns.number")}
              </Th>
              <Th scope="col" className={thClass}>
                {t("edition.columns.title")}
              </Th>
              <Th scope="col" className={thClass}>
                {t("edition.columns.status")}
              </Th>
              <Th scope="col" className={thClass}>
                {t("edition.columns.evaluation")}
              </Th>
              <Th scope="col" className={`${thClass} text-right`}>
                {t("edition.columns.progress")}
              </Th>
              <Th scope="col" className={thClass}>
                {t("edition.columns.achievement")}
              </Th>
            </tr>
          </thead>
          <tbody>
            {snapshot.items.map((item) => {
              const reported = item.status !== "not_reported";
              return (
                <tr key={item.number}>
                  <Th scope="row" className={`${tdClass} text-left font-bold whitespace-nowrap`}>
                    {item.number}
                  </Th>
                  <td className={`${tdClass} min-w-60`}>
                    <Link href={`/items/${item.number}`} className={linkClass}>
                      {item.title}
                    </Link>
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    <StatusBadge status={item.status} />
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    {reported ? evaluationText(item.evaluation) : t("none")}
                  </td>
                  <td className={`${tdClass} text-right whitespace-nowrap`}>
                    {reported ? percentText(item.progressPercent) : t("none")}
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>{t(`achievement.${item.achievement}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      </section>
    </article>
  );
}
