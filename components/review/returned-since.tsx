import { useLocale, useTranslations } from "next-intl";
import { ReportDiffTable } from "@/components/reports/report-diff-table";
import type { ReportSnapshot } from "@/lib/reports/snapshot";
import type { ReturnedVersion } from "@/lib/review/list-review-queue";
import { formatDateTime } from "@/lib/wareki";

/**
 * On a report submitted again after 差戻し: the comment it was returned with, and what the section
 * changed since, so the reviewer checks the fix rather than rereading the whole report.
 */
export function ReturnedSince({
  itemNumber,
  returned,
  report,
}: {
  itemNumber: number;
  returned: ReturnedVersion;
  report: ReportSnapshot;
}) {
  const t = useTranslations("review.resubmission");
  const locale = useLocale();
  const headingId = `returned-${report.id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-8 border-2 border-red-1000 bg-red-50 p-4"
    >
      <h4 id={headingId} className="text-std-18B-160">
        {t("heading")}
      </h4>
      <p>{t("returnedAt", { date: formatDateTime(returned.returnedAt, locale) })}</p>
      <div>
        <p className="font-bold">{t("comment")}</p>
        <p className="whitespace-pre-wrap">{returned.comment}</p>
      </div>
      {returned.changed.length === 0 ? (
        <p>{t("noChanges")}</p>
      ) : (
        <ReportDiffTable
          caption={t("diffCaption", { number: itemNumber })}
          label={t("diffRegion", { number: itemNumber })}
          columns={{ before: t("diffBefore"), after: t("diffAfter") }}
          fields={returned.changed}
          before={returned}
          after={report}
        />
      )}
    </section>
  );
}
