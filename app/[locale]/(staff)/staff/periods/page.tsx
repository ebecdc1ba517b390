import { getTranslations } from "next-intl/server";
import { CreatePeriodForm, PeriodStatusForm } from "@/components/admin/period-forms";
import { AdminTable } from "@/components/staff/admin-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { listPeriods } from "@/lib/periods/list-periods";
import { periodKey } from "@/lib/periods/period-key";
import { readPage } from "@/lib/read/page-data";
import { fiscalYearOf, formatDate, formatFiscalYearIn } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("admin.periods");

const STATUS_STYLE: Record<string, string> = {
  draft: "border-solid-gray-700 bg-solid-gray-50 text-solid-gray-900",
  open: "border-key-900 bg-key-50 text-key-1000",
  closed: "border-solid-gray-600 bg-white text-solid-gray-800",
};

export default async function PeriodsPage({ params }: PageProps<"/[locale]/staff/periods">) {
  const locale = await enterLocale(params);
  const listed = await readPage("/staff/periods", listPeriods);
  const [t, tt, to] = await Promise.all([
    getTranslations("admin.periods"),
    getTranslations("term"),
    getTranslations("staff.periodOverview"),
  ]);
  const rows = listed.map((p) => ({
    ...p,
    key: periodKey(p),
    term: tt(p.term),
    label: `${formatFiscalYearIn(p.fiscalYear, locale)} ${tt(p.term)}`,
  }));

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />

      <Section headingId="periods-list-heading" title={t("listHeading")}>
        <AdminTable
          list="periods"
          columns={[
            {
              key: "fiscalYear",
              rowHeader: true,
              nowrap: true,
              cell: (p) => <span className="font-bold">{formatFiscalYearIn(p.fiscalYear, locale)}</span>,
            },
            { key: "term", nowrap: true, cell: (p) => p.term },
            {
              key: "dueOn",
              nowrap: true,
              cell: (p) => <time dateTime={p.dueOn}>{formatDate(p.dueOn, locale)}</time>,
            },
            {
              key: "status",
              cell: (p) => (
                <span
                  className={`inline-block rounded-full border px-2 py-0.5 text-sm font-bold whitespace-nowrap ${STATUS_STYLE[p.status] ?? STATUS_STYLE.closed}`}
                >
                  {t(`status.${p.status}`)}
                </span>
              ),
            },
            {
              key: "reports",
              numeric: true,
              nowrap: true,
              cell: (p) => (
                <>
                  {t("reportsCount", { count: p.reports })}
                  <Link
                    href={`/staff/periods/${p.key}/reports`}
                    className="block text-key-900 underline underline-offset-4"
                  >
                    {to("openLink")}
                    <span className="sr-only">{to("openLinkTarget", { period: p.label })}</span>
                  </Link>
                </>
              ),
            },
            {
              key: "actions",
              cell: (p) => <PeriodStatusForm periodId={p.id} status={p.status} periodLabel={p.label} />,
            },
          ]}
          rows={rows}
          rowKey={(p) => p.id}
        />
      </Section>

      <Section headingId="periods-create-heading" title={t("createHeading")} lead={t("createLead")}>
        <CreatePeriodForm defaultFiscalYear={fiscalYearOf(new Date())} />
      </Section>
    </div>
  );
}
