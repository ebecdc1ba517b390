import { getLocale, getTranslations } from "next-intl/server";
import { ReportStateBadge } from "@/components/reports/report-state-badge";
import { DaysLeft } from "@/components/staff/days-left";
import { labelClass } from "@/components/ui/field";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { type Column, Table } from "@/components/ui/table";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { readPage } from "@/lib/read/page-data";
import {
  getSubmissionTracker,
  TRACKER_STATES,
  type TrackerCounts,
  type TrackerSection,
  type TrackerState,
} from "@/lib/reports/submission-tracker";
import { formatDate, formatFiscalYearShortIn } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("staff.tracker");

type Row = { key: string; bureau: boolean; name: string; counts: TrackerCounts; anchor: string | null };

const sectionAnchor = (section: TrackerSection) => `section-${section.id ?? "none"}`;

export default async function TrackerPage({ params, searchParams }: PageProps<"/[locale]/staff/tracker">) {
  await enterLocale(params);
  const query = await searchParams;
  const period = typeof query.period === "string" && query.period !== "" ? query.period : undefined;
  const unsubmittedOnly = query.unsubmitted === "1";
  const tracker = await readPage("/staff/tracker", getSubmissionTracker, { period, unsubmittedOnly });
  const [t, tt, to, ts, locale] = await Promise.all([
    getTranslations("staff.tracker"),
    getTranslations("term"),
    getTranslations("staff.periodOverview"),
    getTranslations("surveyImport"),
    getLocale(),
  ]);
  const periodName = (p: { fiscalYear: number; term: "first_half" | "year_end" }) =>
    `${formatFiscalYearShortIn(p.fiscalYear, locale)} ${tt(p.term)}`;

  const rows: Row[] = tracker.bureaus.flatMap((bureau) => [
    {
      key: `b-${bureau.code}`,
      bureau: true,
      name: t("bureauTotal", { name: bureau.name }),
      counts: bureau.counts,
      anchor: null,
    },
    ...bureau.sections.map((section) => ({
      key: `s-${bureau.code}-${section.id ?? "none"}`,
      bureau: false,
      name: section.name ?? t("noSection"),
      counts: section.counts,
      anchor: sectionAnchor(section),
    })),
  ]);
  const countCell = (state: TrackerState | "items" | "unsubmitted") => (row: Row) => {
    const n = row.counts[state];
    if (n === 0 || row.anchor === null || state === "items" || state === "unsubmitted") return n;
    return (
      <a href={`#${row.anchor}-${state}`} className="text-key-900 underline underline-offset-4">
        {n}
        <span className="sr-only">{t("countLinkSuffix", { name: row.name })}</span>
      </a>
    );
  };
  const columns: Column<Row>[] = [
    {
      key: "name",
      header: t("columns.section"),
      rowHeader: true,
      className: "min-w-40",
      cell: (row) => (row.bureau ? <span className="font-bold">{row.name}</span> : row.name),
    },
    { key: "items", header: t("columns.items"), numeric: true, cell: countCell("items") },
    ...TRACKER_STATES.map((state) => ({
      key: state,
      header: t(`states.${state}`),
      numeric: true,
      nowrap: true,
      cell: countCell(state),
    })),
    { key: "unsubmitted", header: t("columns.unsubmitted"), numeric: true, cell: countCell("unsubmitted") },
  ];
  const totalRow: Row = { key: "total", bureau: true, name: t("total"), counts: tracker.totals, anchor: null };

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t(tracker.scope === "all" ? "leadAll" : "leadOwn")} />

      <FilterForm
        action={getPathname({ href: "/staff/tracker", locale })}
        label={t("filterLabel")}
        applyLabel={t("apply")}
        clearLabel={t("clear")}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <FilterSelect
            name="period"
            label={t("period")}
            value={tracker.period?.key}
            options={tracker.periods.map((p) => ({
              value: p.key,
              label: t("periodOption", { period: periodName(p), status: t(`periodStatus.${p.status}`) }),
            }))}
          />
          <label className={`flex items-center gap-2 sm:mt-auto ${labelClass}`}>
            <input type="checkbox" name="unsubmitted" value="1" defaultChecked={unsubmittedOnly} className="size-6" />
            {t("unsubmittedOnly")}
          </label>
        </div>
      </FilterForm>

      {!tracker.period ? (
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("noPeriod")}</p>
      ) : (
        <>
          <Section
            headingId="tracker-summary-heading"
            title={periodName(tracker.period)}
            className="flex flex-col gap-2"
          >
            <p>
              {t("due", { date: formatDate(tracker.period.dueOn, locale) })}
              {tracker.period.daysLeft !== null && (
                <>
                  {" "}
                  <DaysLeft days={tracker.period.daysLeft} />
                </>
              )}
            </p>
            <p className="text-std-18B-160">
              {t("summary", { items: tracker.totals.items, unsubmitted: tracker.totals.unsubmitted })}
            </p>
            <a
              href={`/staff/surveys/${tracker.period.key}.xlsx`}
              download
              className="self-start text-key-900 underline underline-offset-4"
            >
              {t("surveyDownload")}
            </a>
            {/* Only the open period's survey can be imported. */}
            {tracker.period.status === "open" && (
              <Link href="/staff/surveys/import" className="self-start text-key-900 underline underline-offset-4">
                {ts("link")}
              </Link>
            )}
            {tracker.scope === "all" && (
              <p>
                <Link
                  href={`/staff/periods/${tracker.period.key}/reports`}
                  className="text-key-900 underline underline-offset-4"
                >
                  {to("trackerLink")}
                </Link>
              </p>
            )}
          </Section>

          {rows.length === 0 ? (
            <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("empty")}</p>
          ) : (
            <>
              <Table
                caption={t("tableCaption", { period: periodName(tracker.period) })}
                label={t("tableRegion")}
                className="min-w-[56rem] text-std-16N-170"
                columns={columns}
                rows={rows}
                rowKey={(row) => row.key}
                foot={totalRow}
              />
              <Section headingId="tracker-items-heading" title={t("itemsHeading")}>
                {tracker.bureaus.flatMap((bureau) =>
                  bureau.sections.map((section) => (
                    <Section
                      key={sectionAnchor(section)}
                      headingId={sectionAnchor(section)}
                      level={3}
                      title={`${bureau.name} ${section.name ?? t("noSection")}`}
                      className="flex flex-col gap-2"
                    >
                      {TRACKER_STATES.filter((state) => section.counts[state] > 0).map((state) => (
                        <div key={state} id={`${sectionAnchor(section)}-${state}`} className="flex flex-col gap-1">
                          <p>
                            <ReportStateBadge state={state} /> {t("stateCount", { count: section.counts[state] })}
                          </p>
                          <ul className="flex flex-col gap-1 pl-4">
                            {section.items
                              .filter((item) => item.state === state)
                              .map((item) => (
                                <li key={item.number}>
                                  <Link
                                    href={`/staff/items/${item.number}/report`}
                                    className="text-key-900 underline underline-offset-4"
                                  >
                                    {t("itemLabel", { number: item.number, title: item.title })}
                                  </Link>
                                </li>
                              ))}
                          </ul>
                        </div>
                      ))}
                    </Section>
                  )),
                )}
              </Section>
            </>
          )}
        </>
      )}
    </div>
  );
}
