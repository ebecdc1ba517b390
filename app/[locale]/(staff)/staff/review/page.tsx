import { getTranslations } from "next-intl/server";
import { ReportDiffTable } from "@/components/reports/report-diff-table";
import { ReportFieldList } from "@/components/reports/report-values";
import { ReturnedSince } from "@/components/review/returned-since";
import {
  BulkApproveForm,
  PublishAllForm,
  PublishForm,
  ReviewForm,
  ReviewKpiActuals,
  ReviewWorkspace,
  SelectForApproval,
} from "@/components/review/review-actions";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { FactList } from "@/components/ui/staff-fact-list";
import { Table } from "@/components/ui/table";
import { getPathname } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { read, readPage } from "@/lib/read/page-data";
import { REPORT_FIELD_NAMES } from "@/lib/reports/snapshot";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { getCurrentSheetPeriod } from "@/lib/surveys/load-period-sheet";
import { formatDateTime } from "@/lib/wareki";

type FieldName = (typeof REPORT_FIELD_NAMES)[number];

export const generateMetadata = titleFromCatalog("review", "metaTitle");

export default async function ReviewPage({ params, searchParams }: PageProps<"/[locale]/staff/review">) {
  const locale = await enterLocale(params);
  const query = await searchParams;
  const one = (name: string) => (typeof query[name] === "string" ? query[name] : undefined);
  const queue = await readPage("/staff/review", listReviewQueue, {
    bureau: one("bureau"),
    section: one("section"),
    state: one("state"),
  });
  const { filter } = queue;
  const sheetPeriod = await read(getCurrentSheetPeriod);
  const t = await getTranslations("review");
  const tState = await getTranslations("reportState");

  const targetOf = (item: { number: number; title: string }) =>
    t("itemHeading", { number: item.number, title: item.title });
  const path = getPathname({ href: "/staff/review", locale });
  const filtered = filter.bureau !== undefined || filter.section !== undefined || filter.state !== undefined;
  const showSubmitted = filter.state !== "approved";
  const showApproved = filter.state !== "submitted";

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      {sheetPeriod && (
        <a
          href={`/staff/periods/${sheetPeriod.key}/reports.xlsx`}
          download
          className="self-start text-key-900 underline underline-offset-4"
        >
          {t("sheetDownload")}
        </a>
      )}

      <FilterForm action={path} label={t("filter.label")} applyLabel={t("filter.apply")} clearLabel={t("filter.clear")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <FilterSelect
            name="bureau"
            label={t("filter.bureau")}
            anyLabel={t("filter.any")}
            value={filter.bureau}
            options={queue.options.bureaus.map((b) => ({ value: b.code, label: b.name }))}
          />
          <FilterSelect
            name="section"
            label={t("filter.section")}
            anyLabel={t("filter.any")}
            value={filter.section === undefined ? undefined : String(filter.section)}
            groups={queue.options.bureaus.map((b) => ({
              label: b.name,
              options: b.sections.map((s) => ({ value: String(s.id), label: s.name })),
            }))}
          />
          <FilterSelect
            name="state"
            label={t("filter.state")}
            anyLabel={t("filter.any")}
            value={filter.state}
            options={(["submitted", "approved"] as const).map((state) => ({ value: state, label: tState(state) }))}
          />
        </div>
      </FilterForm>
      {filtered && (
        <p role="status" className="text-std-16B-170">
          {t("filter.result", { submitted: queue.submitted.length, approved: queue.approved.length })}
        </p>
      )}

      <ReviewWorkspace reloadHref={path}>
        {showSubmitted && (
          <Section headingId="submitted-heading" title={t("submittedHeading", { count: queue.submitted.length })}>
            {queue.submitted.length === 0 ? (
              <p>{t("noSubmitted")}</p>
            ) : (
              <>
                <BulkApproveForm count={queue.submitted.length} />
                <ul className="flex flex-col gap-6">
                  {queue.submitted.map((entry) => {
                    const headingId = `review-${entry.report.id}-heading`;
                    const changed = entry.changed.filter((f): f is FieldName =>
                      (REPORT_FIELD_NAMES as readonly string[]).includes(f),
                    );
                    return (
                      <li key={entry.report.id}>
                        <article
                          aria-labelledby={headingId}
                          className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4"
                        >
                          <h3 id={headingId} className={headingClass.subsection}>
                            {targetOf(entry.item)}
                          </h3>
                          <SelectForApproval
                            reportId={entry.report.id}
                            version={entry.report.version}
                            target={targetOf(entry.item)}
                          />
                          <FactList
                            facts={[
                              { key: "section", term: t("section"), value: entry.item.section ?? t("noSection") },
                              { key: "by", term: t("submittedBy"), value: entry.submittedBy ?? t("unknown") },
                              {
                                key: "at",
                                term: t("submittedAt"),
                                value: entry.submittedAt ? formatDateTime(entry.submittedAt, locale) : t("unknown"),
                              },
                              entry.report.revision > 1 && {
                                key: "revision",
                                term: t("revision"),
                                value: t("revisionValue", { revision: entry.report.revision }),
                              },
                            ]}
                          />

                          {entry.returned && (
                            <ReturnedSince
                              itemNumber={entry.item.number}
                              returned={entry.returned}
                              report={entry.report}
                            />
                          )}

                          {!entry.previous && <p>{t("firstReport")}</p>}
                          {changed.length === 0 ? (
                            <p>{t("noChanges")}</p>
                          ) : (
                            <ReportDiffTable
                              caption={t("diffCaption", { number: entry.item.number })}
                              label={t("diffRegion", { number: entry.item.number })}
                              columns={{ before: t("diffBefore"), after: t("diffAfter") }}
                              fields={changed}
                              before={entry.previous}
                              after={entry.report}
                            />
                          )}

                          <ReviewKpiActuals itemNumber={entry.item.number} kpis={entry.kpis} />

                          <details className="rounded-8 border border-solid-gray-420 p-3">
                            <summary className="cursor-pointer text-std-16B-170 text-key-900 underline underline-offset-4">
                              {t("fullReport", { number: entry.item.number })}
                            </summary>
                            <ReportFieldList values={entry.report} className="mt-3" />
                          </details>

                          <ReviewForm
                            reportId={entry.report.id}
                            version={entry.report.version}
                            target={targetOf(entry.item)}
                          />
                        </article>
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </Section>
        )}

        {showApproved && (
          <Section headingId="approved-heading" title={t("approvedHeading", { count: queue.approved.length })}>
            {queue.approved.length === 0 ? (
              <p>{t("noApproved")}</p>
            ) : (
              <>
                <PublishAllForm
                  reports={queue.approved.map((entry) => ({ reportId: entry.report.id, label: targetOf(entry.item) }))}
                />
                <Table
                  caption={t("approvedCaption")}
                  captionHidden
                  label={t("approvedRegion")}
                  className="min-w-[40rem] text-std-16N-170"
                  columns={[
                    { key: "number", header: t("columns.number"), nowrap: true, cell: (entry) => entry.item.number },
                    {
                      key: "title",
                      header: t("columns.title"),
                      rowHeader: true,
                      cell: (entry) => <span className="font-bold">{entry.item.title}</span>,
                    },
                    { key: "section", header: t("section"), cell: (entry) => entry.item.section ?? t("noSection") },
                    {
                      key: "submittedBy",
                      header: t("submittedBy"),
                      cell: (entry) => entry.submittedBy ?? t("unknown"),
                    },
                    {
                      key: "action",
                      header: t("columns.action"),
                      cell: (entry) => (
                        <PublishForm report={{ reportId: entry.report.id, label: targetOf(entry.item) }} />
                      ),
                    },
                  ]}
                  rows={queue.approved}
                  rowKey={(entry) => entry.report.id}
                />
              </>
            )}
          </Section>
        )}
      </ReviewWorkspace>
    </div>
  );
}
