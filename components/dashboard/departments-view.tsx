import { getTranslations } from "next-intl/server";
import { DashboardFilterForm } from "@/components/dashboard/dashboard-filter-form";
import { DataTable } from "@/components/dashboard/data-table";
import { loadLabels, toPercent } from "@/components/dashboard/format";
import { loadPublicSummary } from "@/components/dashboard/load-public-summary";
import { DashboardLink, UnknownPeriodNotice } from "@/components/dashboard/period-notice";
import { Ja } from "@/components/ui/ja";
import { PageHeader } from "@/components/ui/page-header";
import type { PageQuery } from "@/lib/http/page-cache";
import { Link } from "@/lib/i18n/navigation";

/** The list of bureaus for a query (period): see components/items/items-view.tsx. */
export async function DepartmentsView({ query }: { query: PageQuery }) {
  const [t, td, labels, { summary, periodKey, unknownPeriod }] = await Promise.all([
    getTranslations("departments"),
    getTranslations("dashboard"),
    loadLabels(),
    loadPublicSummary(query.period),
  ]);
  const { bureaus, period } = summary;
  const suffix = periodKey ? `?period=${periodKey}` : "";
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead", { count: bureaus.length })} />
      <DashboardFilterForm path="/departments" periods={summary.periods} period={periodKey} />
      <UnknownPeriodNotice periodKey={unknownPeriod} />
      <DataTable
        caption={period ? t("caption", { period: labels.period(period) }) : t("captionNoPeriod")}
        corner={td("columns.bureau")}
        columns={[
          t("code"),
          td("columns.items"),
          td("columns.reported"),
          td("columns.updateRate"),
          td("columns.stale"),
          td("columns.meanProgress"),
        ]}
        rows={bureaus.map((b) => ({
          key: b.code ?? b.name,
          header: (
            <Link
              href={`/departments/${b.code}${suffix}`}
              className="font-bold text-key-900 underline underline-offset-4"
            >
              <Ja>{b.name}</Ja>
            </Link>
          ),
          cells: [
            b.code,
            td("count", { count: b.items }),
            td("count", { count: b.reported }),
            td("rateOf", { value: toPercent(b.updateRate), current: b.current, total: b.items }),
            td("count", { count: b.stale }),
            b.meanProgress === null ? td("noValue") : td("percent", { value: b.meanProgress }),
          ],
        }))}
      />
      <DashboardLink suffix={suffix} />
    </div>
  );
}
