import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { ReportDiffTable } from "@/components/reports/report-diff-table";
import { ReportFieldList } from "@/components/reports/report-values";
import {
  PublishAllForm,
  PublishForm,
  ReviewForm,
  ReviewKpiActuals,
  ReviewWorkspace,
} from "@/components/review/review-actions";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { FactList } from "@/components/ui/staff-fact-list";
import { Table } from "@/components/ui/table";
import { getPathname } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { readPage } from "@/lib/read/page-data";
import { REPORT_FIELD_NAMES } from "@/lib/reports/snapshot";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { formatJapaneseDateTime } from "@/lib/wareki";

type FieldName = (typeof REPORT_FIELD_NAMES)[number];

export const generateMetadata = titleFromCatalog("review", "metaTitle");

export default async function ReviewPage({ params }: PageProps<"/[locale]/staff/review">) {
  const locale = await enterLocale(params);
  const listed = await readPage("/staff/review", listReviewQueue);
  if (!listed.ok) return <ForbiddenNotice />;
  const queue = listed.data;
  const t = await getTranslations("review");

  const targetOf = (item: { number: number; title: string }) =>
    t("itemHeading", { number: item.number, title: item.title });

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />

      <ReviewWorkspace reloadHref={getPathname({ href: "/staff/review", locale })}>
        <Section headingId="submitted-heading" title={t("submittedHeading", { count: queue.submitted.length })}>
          {queue.submitted.length === 0 ? (
            <p>{t("noSubmitted")}</p>
          ) : (
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
                      <FactList
                        facts={[
                          { key: "section", term: t("section"), value: entry.item.section ?? t("noSection") },
                          { key: "by", term: t("submittedBy"), value: entry.submittedBy ?? t("unknown") },
                          {
                            key: "at",
                            term: t("submittedAt"),
                            value: entry.submittedAt ? formatJapaneseDateTime(entry.submittedAt) : t("unknown"),
                          },
                          entry.report.revision > 1 && {
                            key: "revision",
                            term: t("revision"),
                            value: t("revisionValue", { revision: entry.report.revision }),
                          },
                        ]}
                      />

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
          )}
        </Section>

        <Section headingId="approved-heading" title={t("approvedHeading", { count: queue.approved.length })}>
          {queue.approved.length === 0 ? (
            <p>{t("noApproved")}</p>
          ) : (
            <>
              <PublishAllForm />
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
                  { key: "submittedBy", header: t("submittedBy"), cell: (entry) => entry.submittedBy ?? t("unknown") },
                  {
                    key: "action",
                    header: t("columns.action"),
                    cell: (entry) => <PublishForm reportId={entry.report.id} target={targetOf(entry.item)} />,
                  },
                ]}
                rows={queue.approved}
                rowKey={(entry) => entry.report.id}
              />
            </>
          )}
        </Section>
      </ReviewWorkspace>
    </div>
  );
}
