import { getTranslations } from "next-intl/server";
import { PublishAllForm, PublishForm, ReviewForm, ReviewKpiActuals, ReviewWorkspace } from "@/components/review/review-actions";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { getPathname } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { readPage } from "@/lib/read/page-data";
import { isEvaluation, isItemStatus } from "@/lib/reports/vocabulary";
import { REPORT_FIELD_NAMES, type ReportSnapshot } from "@/lib/reports/snapshot";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { formatJapaneseDateTime } from "@/lib/wareki";

type FieldName = (typeof REPORT_FIELD_NAMES)[number];

export const generateMetadata = titleFromCatalog("review", "metaTitle");


export default async function ReviewPage({ params }: PageProps<"/[locale]/staff/review">) {
  const locale = await enterLocale(params);
  const listed = await readPage("/staff/review", listReviewQueue);
  if (!listed.ok) return <ForbiddenNotice />;
  const queue = listed.data;
  const [t, tf, ts, te] = await Promise.all([
    getTranslations("review"),
    getTranslations("reportForm.fields"),
    getTranslations("status"),
    getTranslations("evaluation"),
  ]);

  const display = (field: FieldName, value: string | number | null | undefined): string => {
    if (value === null || value === undefined || value === "") return t("empty");
    if (field === "status" && isItemStatus(value)) return ts(value);
    if (field === "evaluation" && isEvaluation(value)) return `${value} ${te(value)}`;
    if (field === "progressPercent") return t("percentValue", { value: String(value) });
    return String(value);
  };
  const targetOf = (item: { number: number; title: string }) => t("itemHeading", { number: item.number, title: item.title });

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1 className="text-std-28B-150 text-solid-gray-900 md:text-std-32B-150">{t("title")}</h1>
        <p className="text-std-16N-170">{t("lead")}</p>
      </div>

      <ReviewWorkspace reloadHref={getPathname({ href: "/staff/review", locale })}>
        <section aria-labelledby="submitted-heading" className="flex flex-col gap-4">
          <h2 id="submitted-heading" className="text-std-24B-150 text-solid-gray-900">{t("submittedHeading", { count: queue.submitted.length })}</h2>
          {queue.submitted.length === 0 ? (
            <p>{t("noSubmitted")}</p>
          ) : (
            <ul className="flex flex-col gap-6">
              {queue.submitted.map((entry) => {
                const headingId = `review-${entry.report.id}-heading`;
                const changed = entry.changed.filter((f): f is FieldName => (REPORT_FIELD_NAMES as readonly string[]).includes(f));
                return (
                  <li key={entry.report.id}>
                    <article aria-labelledby={headingId} className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4">
                      <h3 id={headingId} className="text-std-20B-150 text-solid-gray-900">{targetOf(entry.item)}</h3>
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
                        <div role="region" aria-label={t("diffRegion", { number: entry.item.number })} tabIndex={0} className="overflow-x-auto">
                          <table className="w-full min-w-[36rem] border-collapse text-left text-std-16N-170">
                            <caption className="mb-2 text-left text-std-16B-170 text-solid-gray-900">
                              {t("diffCaption", { number: entry.item.number })}
                            </caption>
                            <thead>
                              <tr className="border-b-2 border-solid-gray-600 bg-solid-gray-50">
                                <th scope="col" className="px-3 py-2 whitespace-nowrap">{t("diffField")}</th>
                                <th scope="col" className="px-3 py-2">{t("diffBefore")}</th>
                                <th scope="col" className="px-3 py-2">{t("diffAfter")}</th>
                              </tr>
                            </thead>
                            <tbody>
                              {changed.map((field) => (
                                <tr key={field} className="border-b border-solid-gray-420 align-top">
                                  <th scope="row" className="px-3 py-2 whitespace-nowrap">{tf(field)}</th>
                                  <td className="px-3 py-2 whitespace-pre-wrap">{display(field, entry.previous?.[field])}</td>
                                  <td className="px-3 py-2 whitespace-pre-wrap">{display(field, entry.report[field])}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </div>
                      )}

                      <ReviewKpiActuals itemNumber={entry.item.number} kpis={entry.kpis} />

                      <details className="rounded-8 border border-solid-gray-420 p-3">
                        <summary className="cursor-pointer text-std-16B-170 text-key-900 underline underline-offset-4">
                          {t("fullReport", { number: entry.item.number })}
                        </summary>
                        <FullReport report={entry.report} label={(f) => tf(f)} display={display} />
                      </details>

                      <ReviewForm reportId={entry.report.id} version={entry.report.version} target={targetOf(entry.item)} />
                    </article>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section aria-labelledby="approved-heading" className="flex flex-col gap-4">
          <h2 id="approved-heading" className="text-std-24B-150 text-solid-gray-900">{t("approvedHeading", { count: queue.approved.length })}</h2>
          {queue.approved.length === 0 ? (
            <p>{t("noApproved")}</p>
          ) : (
            <>
              <PublishAllForm />
              <div role="region" aria-label={t("approvedRegion")} tabIndex={0} className="overflow-x-auto">
                <table className="w-full min-w-[40rem] border-collapse text-left text-std-16N-170">
                  <caption className="sr-only">{t("approvedCaption")}</caption>
                  <thead>
                    <tr className="border-b-2 border-solid-gray-600 bg-solid-gray-50">
                      <th scope="col" className="px-3 py-2">{t("columns.number")}</th>
                      <th scope="col" className="px-3 py-2">{t("columns.title")}</th>
                      <th scope="col" className="px-3 py-2">{t("section")}</th>
                      <th scope="col" className="px-3 py-2">{t("submittedBy")}</th>
                      <th scope="col" className="px-3 py-2">{t("columns.action")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {queue.approved.map((entry) => (
                      <tr key={entry.report.id} className="border-b border-solid-gray-420 align-top">
                        <td className="px-3 py-2 whitespace-nowrap">{entry.item.number}</td>
                        <th scope="row" className="px-3 py-2 text-left">{entry.item.title}</th>
                        <td className="px-3 py-2">{entry.item.section ?? t("noSection")}</td>
                        <td className="px-3 py-2">{entry.submittedBy ?? t("unknown")}</td>
                        <td className="px-3 py-2">
                          <PublishForm reportId={entry.report.id} target={targetOf(entry.item)} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      </ReviewWorkspace>
    </div>
  );
}

function FullReport({
  report,
  label,
  display,
}: {
  report: ReportSnapshot;
  label: (field: FieldName) => string;
  display: (field: FieldName, value: string | number | null) => string;
}) {
  return (
    <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[8rem_1fr]">
      {REPORT_FIELD_NAMES.map((field) => (
        <div key={field} className="contents">
          <dt className="font-bold">{label(field)}</dt>
          <dd className="whitespace-pre-wrap">{display(field, report[field])}</dd>
        </div>
      ))}
    </dl>
  );
}
