import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/items/status-badge";
import { StatusBreakdown } from "@/components/progress/status-breakdown";
import { BackLink } from "@/components/public/back-link";
import { FigureList } from "@/components/public/definition-list";
import { headingClass } from "@/components/ui/heading";
import { ja } from "@/components/ui/ja";
import { Section } from "@/components/ui/section";
import { type Column, Table } from "@/components/ui/table";
import { CHANGE_KINDS, type ItemChange, type KpiMovement } from "@/lib/editions/diff-editions";
import { getEdition } from "@/lib/editions/get-edition";
import type { EditionRef } from "@/lib/editions/load-editions";
import type { SnapshotItem } from "@/lib/editions/snapshot";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { parsePeriodKey } from "@/lib/periods/period-key";
import { ACHIEVEMENT_KEYS } from "@/lib/rollup/rollup";
import { formatDate, formatFiscalYearShortIn } from "@/lib/wareki";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; period: string }>;

async function loadEdition(params: Params) {
  const locale = await enterLocale(params);
  const { period } = await params;
  return { locale, edition: parsePeriodKey(period) ? await getEdition(period) : null };
}

async function periodNamer(locale: Locale) {
  const tt = await getTranslations("term");
  return (ref: Pick<EditionRef, "fiscalYear" | "term">) =>
    `${formatFiscalYearShortIn(ref.fiscalYear, locale)} ${tt(ref.term)}`;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/editions/[period]">): Promise<Metadata> {
  const { locale, edition } = await loadEdition(params);
  if (!edition) return {};
  const [t, name] = await Promise.all([getTranslations("editions"), periodNamer(locale)]);
  return { title: t("name", { period: name(edition) }) };
}

const linkClass = "text-key-900 underline underline-offset-4";

export default async function EditionPage({ params }: PageProps<"/[locale]/editions/[period]">) {
  const { locale, edition } = await loadEdition(params);
  if (!edition) notFound();
  const [t, ts, te, name] = await Promise.all([
    getTranslations("editions"),
    getTranslations("status"),
    getTranslations("evaluation"),
    periodNamer(locale),
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
      : t("change.kpiValue", { value: numberFormat.format(value), unit, year: formatFiscalYearShortIn(year, locale) });
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
      case "kpi_target": {
        const target = (x: { value: number | null; year: number | null }, unit: string) =>
          x.value === null ? t("change.kpiTargetNone") : kpiValue(x.value, unit, x.year);
        return (
          <ul className="list-disc pl-6">
            {change.targets.map((k) => (
              <li key={k.id}>
                {k.from === null
                  ? t.rich("change.kpiTargetAdded", { ja, name: k.name, to: k.to ? target(k.to, k.unit) : "" })
                  : k.to === null
                    ? t.rich("change.kpiTargetWithdrawn", { ja, name: k.name, from: target(k.from, k.unit) })
                    : t.rich("change.kpiTarget", {
                        ja,
                        name: k.name,
                        from: target(k.from, k.unit),
                        to: target(k.to, k.unit),
                      })}
              </li>
            ))}
          </ul>
        );
      }
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
              ? t("change.stale", { date: formatDate(change.asOf, locale), status: ts(change.status) })
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
  const tallies: { heading: string; rows: [label: string, count: number][] }[] = [
    {
      heading: t("edition.evaluationHeading"),
      rows: [
        ...(["A", "B", "C", "D"] as const).map((key): [string, number] => [
          `${key} ${te(key)}`,
          overall.byEvaluation[key],
        ]),
        [t("evaluationNone"), overall.byEvaluation.unrated],
        [ts("not_reported"), overall.byEvaluation.not_reported],
      ],
    },
    {
      heading: t("edition.achievementHeading"),
      rows: ACHIEVEMENT_KEYS.map((key) => [t(`achievement.${key}`), overall.byAchievement[key]]),
    },
  ];
  const pager = [
    { rel: "prev", ref: edition.previous },
    { rel: "next", ref: edition.next },
  ].flatMap(({ rel, ref }) => (ref ? [{ rel, ref }] : []));
  const reported = (item: SnapshotItem) => item.status !== "not_reported";
  const itemColumns: Column<SnapshotItem>[] = [
    {
      key: "number",
      header: t("edition.columns.number"),
      rowHeader: true,
      nowrap: true,
      className: "font-bold",
      cell: (item) => item.number,
    },
    {
      key: "title",
      header: t("edition.columns.title"),
      className: "min-w-60",
      cell: (item) => (
        <Link href={`/items/${item.number}`} className={linkClass}>
          {item.title}
        </Link>
      ),
    },
    {
      key: "status",
      header: t("edition.columns.status"),
      nowrap: true,
      cell: (item) => <StatusBadge status={item.status} />,
    },
    {
      key: "evaluation",
      header: t("edition.columns.evaluation"),
      nowrap: true,
      cell: (item) => (reported(item) ? evaluationText(item.evaluation) : t("none")),
    },
    {
      key: "progress",
      header: t("edition.columns.progress"),
      numeric: true,
      nowrap: true,
      cell: (item) => (reported(item) ? percentText(item.progressPercent) : t("none")),
    },
    {
      key: "achievement",
      header: t("edition.columns.achievement"),
      nowrap: true,
      cell: (item) => t(`achievement.${item.achievement}`),
    },
  ];
  const shownKinds = CHANGE_KINDS.filter((kind) => diff.counts[kind] > 0);

  return (
    <article className="flex flex-col gap-8">
      <BackLink label={t("edition.breadcrumb")} href="/editions" text={t("edition.backToList")} />
      <header className="flex flex-col gap-3">
        <h1 className={headingClass.page}>{t("name", { period })}</h1>
        <p className="font-bold">
          <time dateTime={edition.frozenAt}>{t("frozenOn", { date: formatDate(edition.frozenAt, locale) })}</time>
        </p>
        <p>{t("edition.lead")}</p>
      </header>

      {pager.length > 0 && (
        <nav aria-label={t("edition.pager")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {pager.map(({ rel, ref }) => (
              <li key={rel}>
                <Link href={`/editions/${ref.key}`} rel={rel} className={linkClass}>
                  {t(rel === "prev" ? "edition.previous" : "edition.next", { period: name(ref) })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <Section headingId="overall-heading" title={t("edition.overallHeading")}>
        <StatusBreakdown rollup={overall} label={t("edition.overallLabel", { count: overall.items, period })} />
        <FigureList figures={numbers} />
        <div className="grid gap-4 sm:grid-cols-2">
          {tallies.map((tally) => (
            <div key={tally.heading} className="flex flex-col gap-2">
              <h3 className={headingClass.minor}>{tally.heading}</h3>
              <ul className="flex flex-col gap-1">
                {tally.rows.map(([label, count]) => (
                  <li key={label}>
                    {label} <span className="font-bold">{t("count", { count })}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>

      <Section headingId="changes-heading" title={t("edition.changesHeading")}>
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
              <Section
                key={kind}
                headingId={`changes-${kind}`}
                level={3}
                title={t("edition.kindHeading", { kind: t(`kinds.${kind}`), count: diff.counts[kind] })}
                className="flex flex-col gap-3"
              >
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
              </Section>
            ))}
          </>
        )}
      </Section>

      <Section headingId="items-heading" title={t("edition.itemsHeading")}>
        <p className="text-sm">{t("edition.scrollHint")}</p>
        <Table
          caption={t("edition.tableCaption", { period, count: snapshot.items.length })}
          label={t("edition.scrollLabel")}
          columns={itemColumns}
          rows={snapshot.items}
          rowKey={(item) => item.number}
        />
      </Section>
    </article>
  );
}
