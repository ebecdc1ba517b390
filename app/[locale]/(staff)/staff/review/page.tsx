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
import { ScrollTable, Th } from "@/components/ui/scroll-table";
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
        <section aria-labelledby="submitted-heading" className="flex flex-col gap-4">
          <h2 id="submitted-heading" className={headingClass.section}>
            {t("submittedHeading", { count: queue.submitted.length })}
          </h2>
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
                      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
                        <div className="contents">
                          <dt className="font-bold">{t("section")}</dt>
                          <dd>{entry.item.section ?? t("noSection")}</dd>
                        </div>
                        <div className="contents">
                          <dt className="font-bold">{t("submittedBy")}</dt>
                          <dd>{entry.submittedBy ?? t("unknown")}</dd>
                        </div>
                        <div className="contents">
                          <dt className="font-bold">{t("submittedAt")}</dt>
                          <dd>{entry.submittedAt ? formatJapaneseDateTime(entry.submittedAt) : t("unknown")}</dd>
                        </div>
                        {entry.report.revision > 1 && (
                          <div className="contents">
                            <dt className="font-bold">{t("revision")}</dt>
                            <dd>{t("revisionValue", { revision: entry.report.revision })}</dd>
                          </div>
                        )}
                      </dl>

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
        </section>

        <section aria-labelledby="approved-heading" className="flex flex-col gap-4">
          <h2 id="approved-heading" className={headingClass.section}>
            {t("approvedHeading", { count: queue.approved.length })}
          </h2>
          {queue.approved.length === 0 ? (
            <p>{t("noApproved")}</p>
          ) : (
            <>
              <PublishAllForm />
              <ScrollTable
                caption={t("approvedCaption")}
                captionHidden
                label={t("approvedRegion")}
                className="min-w-[40rem] text-std-16N-170"
              >
                <thead>
                  <tr className="border-b-2 border-solid-gray-600 bg-solid-gray-50">
                    <Th scope="col" className="px-3 py-2">
                      {t("columns.number")}
                    </Th>
                    <Th scope="col" className="px-3 py-2">
                      {t("columns.title")}
                    </Th>
                    <Th scope="col" className="px-3 py-2">
                      {t("section")}
                    </Th>
                    <Th scope="col" className="px-3 py-2">
                      {t("submittedBy")}
                    </Th>
                    <Th scope="col" className="px-3 py-2">
                      {t("columns.action")}
                    </Th>
                  </tr>
                </thead>
                <tbody>
                  {queue.approved.map((entry) => (
                    <tr key={entry.report.id} className="border-b border-solid-gray-420 align-top">
                      <td className="px-3 py-2 whitespace-nowrap">{entry.item.number}</td>
                      <Th scope="row" className="px-3 py-2 text-left">
                        {entry.item.title}
                      </Th>
                      <td className="px-3 py-2">{entry.item.section ?? t("noSection")}</td>
                      <td className="px-3 py-2">{entry.submittedBy ?? t("unknown")}</td>
                      <td className="px-3 py-2">
                        <PublishForm reportId={entry.report.id} target={targetOf(entry.item)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            </>
          )}
        </section>
      </ReviewWorkspace>
    </div>
  );
}
