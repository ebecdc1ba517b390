import { useTranslations } from "next-intl";
import { DefinitionList } from "@/components/public/definition-list";
import { ReportStateBadge } from "@/components/reports/report-state-badge";
import { headingClass } from "@/components/ui/heading";
import type { OverviewItem, OverviewReport } from "@/lib/reports/period-overview";

/**
 * One item's report in the period's overview: its state and every text, whole. On paper the item
 * stays on one page where it fits (break-inside-avoid).
 */
export function PeriodOverviewReport({
  item,
  report,
  bureauName,
}: {
  item: OverviewItem;
  report: OverviewReport;
  bureauName: string;
}) {
  const t = useTranslations("staff.periodOverview");
  const ts = useTranslations("status");
  const te = useTranslations("evaluation");
  const headingId = `overview-item-${item.number}`;
  const text = (value: string) => value || t("blank");
  const keepBreaks = "whitespace-pre-wrap break-words";

  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-2 break-inside-avoid border-l-4 border-solid-gray-800 pl-3"
    >
      <h3 id={headingId} className={headingClass.subsection}>
        {t("itemHeading", { number: item.number, title: item.title })}
      </h3>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span>{t("owner", { bureau: bureauName, section: item.section ?? t("noSection") })}</span>
        <ReportStateBadge state={report.state} />
        <span>{t("revision", { revision: report.revision })}</span>
      </p>
      <DefinitionList
        className="gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]"
        items={[
          { label: t("fields.status"), value: report.status ? ts(report.status) : t("blank") },
          {
            label: t("fields.evaluation"),
            value: report.evaluation
              ? t("evaluationOption", { key: report.evaluation, label: te(report.evaluation) })
              : t("blank"),
          },
          {
            label: t("fields.progressPercent"),
            value: report.progressPercent === null ? t("blank") : t("percent", { value: report.progressPercent }),
          },
          { label: t("fields.achievements"), value: text(report.achievements), valueClassName: keepBreaks },
          { label: t("fields.issues"), value: text(report.issues), valueClassName: keepBreaks },
          { label: t("fields.nextSteps"), value: text(report.nextSteps), valueClassName: keepBreaks },
          ...(report.state === "returned" && report.reviewComment
            ? [{ label: t("fields.reviewComment"), value: report.reviewComment, valueClassName: keepBreaks }]
            : []),
        ]}
      />
    </article>
  );
}
