import { getTranslations } from "next-intl/server";
import { CreatePeriodForm, PeriodStatusForm } from "@/components/admin/period-forms";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollTable, Th } from "@/components/ui/scroll-table";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { listPeriods } from "@/lib/periods/list-periods";
import { readPage } from "@/lib/read/page-data";
import { fiscalYearOf, formatFiscalYear, formatJapaneseDate } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("admin.periods");

const STATUS_STYLE: Record<string, string> = {
  draft: "border-solid-gray-700 bg-solid-gray-50 text-solid-gray-900",
  open: "border-key-900 bg-key-50 text-key-1000",
  closed: "border-solid-gray-600 bg-white text-solid-gray-800",
};

const thClass = "border-b-2 border-solid-gray-800 px-3 py-2 font-bold whitespace-nowrap";
const tdClass = "border-b border-solid-gray-420 px-3 py-3 align-top";

export default async function PeriodsPage({ params }: PageProps<"/[locale]/staff/periods">) {
  await enterLocale(params);
  const listed = await readPage("/staff/periods", listPeriods);
  if (!listed.ok) return <ForbiddenNotice />;
  const periods = listed.data;
  const [t, tt, tc] = await Promise.all([
    getTranslations("admin.periods"),
    getTranslations("term"),
    getTranslations("admin.common"),
  ]);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />

      <section aria-labelledby="periods-list-heading" className="flex flex-col gap-4">
        <h2 id="periods-list-heading" className={headingClass.section}>
          {t("listHeading")}
        </h2>
        {periods.length === 0 ? (
          <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("empty")}</p>
        ) : (
          <>
            <p className="text-sm text-solid-gray-800">{tc("scrollHint")}</p>
            <ScrollTable caption={t("tableCaption")} label={t("scrollLabel")}>
              <thead>
                <tr>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.fiscalYear")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.term")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.dueOn")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.status")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-right`}>
                    {t("columns.reports")}
                  </Th>
                  <Th scope="col" className={`${thClass} text-left`}>
                    {t("columns.actions")}
                  </Th>
                </tr>
              </thead>
              <tbody>
                {periods.map((p) => {
                  const term = tt(p.term);
                  const label = `${formatFiscalYear(p.fiscalYear)} ${term}`;
                  return (
                    <tr key={p.id}>
                      <Th scope="row" className={`${tdClass} text-left font-bold whitespace-nowrap`}>
                        {formatFiscalYear(p.fiscalYear)}
                      </Th>
                      <td className={`${tdClass} whitespace-nowrap`}>{term}</td>
                      <td className={`${tdClass} whitespace-nowrap`}>
                        <time dateTime={p.dueOn}>{formatJapaneseDate(p.dueOn)}</time>
                      </td>
                      <td className={tdClass}>
                        <span
                          className={`inline-block rounded-full border px-2 py-0.5 text-sm font-bold whitespace-nowrap ${STATUS_STYLE[p.status] ?? STATUS_STYLE.closed}`}
                        >
                          {t(`status.${p.status}`)}
                        </span>
                      </td>
                      <td className={`${tdClass} text-right whitespace-nowrap`}>
                        {t("reportsCount", { count: p.reports })}
                      </td>
                      <td className={tdClass}>
                        <PeriodStatusForm periodId={p.id} status={p.status} periodLabel={label} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </ScrollTable>
          </>
        )}
      </section>

      <section aria-labelledby="periods-create-heading" className="flex flex-col gap-4">
        <h2 id="periods-create-heading" className={headingClass.section}>
          {t("createHeading")}
        </h2>
        <p>{t("createLead")}</p>
        <CreatePeriodForm defaultFiscalYear={fiscalYearOf(new Date())} />
      </section>
    </div>
  );
}
