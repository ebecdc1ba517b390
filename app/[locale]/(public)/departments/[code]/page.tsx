import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardFilterForm } from "@/components/dashboard/dashboard-filter-form";
import { AxisSections } from "@/components/dashboard/distribution-section";
import { loadLabels } from "@/components/dashboard/format";
import { FreshnessSection } from "@/components/dashboard/freshness-section";
import { ItemStateTable } from "@/components/dashboard/item-state-table";
import { KpiSection } from "@/components/dashboard/kpi-section";
import { loadPublicSummary } from "@/components/dashboard/load-public-summary";
import { MethodSection } from "@/components/dashboard/method-section";
import { OverallStats } from "@/components/dashboard/overall-stats";
import { DashboardLink, UnknownPeriodNotice } from "@/components/dashboard/period-notice";
import { GroupStatusSection, StatusSection } from "@/components/dashboard/status-sections";
import { BackLink } from "@/components/public/back-link";
import { headingClass } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { feedAlternate } from "@/lib/feeds/subject";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getMunicipality } from "@/lib/municipality/get-municipality";

// Rendered per request, because the period lives in the URL, from the cached roll-ups that every publication refreshes.

async function loadBureau(params: Promise<{ locale: string; code: string }>, period: string | string[] | undefined) {
  await enterLocale(params);
  const { code } = await params;
  if (!/^\d{2}$/.test(code)) return null;
  const loaded = await loadPublicSummary(period);
  const bureau = loaded.summary.bureaus.find((b) => b.code === code);
  return bureau ? { ...loaded, bureau, code } : null;
}

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/departments/[code]">): Promise<Metadata> {
  const loaded = await loadBureau(params, (await searchParams).period);
  if (!loaded) return {};
  return {
    title: loaded.bureau.name,
    alternates: {
      types: feedAlternate(
        { kind: "department", code: loaded.code, name: loaded.bureau.name },
        await getMunicipality(),
      ),
    },
  };
}

export default async function DepartmentPage({ params, searchParams }: PageProps<"/[locale]/departments/[code]">) {
  const loaded = await loadBureau(params, (await searchParams).period);
  if (!loaded) notFound();
  const { bureau, code, summary, periodKey, unknownPeriod } = loaded;
  const [t, td, labels] = await Promise.all([
    getTranslations("departments"),
    getTranslations("dashboard"),
    loadLabels(),
  ]);
  const items = summary.items.filter((i) => i.bureau.code === code);
  const sections = summary.sections.filter((s) => s.parent === code);
  const suffix = periodKey ? `?period=${periodKey}` : "";
  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-3">
        <BackLink label={t("breadcrumb")} href={`/departments${suffix}`} text={t("backToList")} />
        <p className="text-lg font-bold text-solid-gray-800">{t("codeLabel", { code: code })}</p>
        <h1 className={headingClass.page}>{bureau.name}</h1>
        <p>{t("detailLead", { name: bureau.name, count: bureau.items })}</p>
        <p className="font-bold">
          {summary.period
            ? td("periodShown", {
                period: labels.period(summary.period),
                status: td(`periodStatus.${summary.period.status}`),
              })
            : td("noPeriod")}
        </p>
      </div>
      <DashboardFilterForm path={`/departments/${code}`} periods={summary.periods} period={periodKey} />
      <UnknownPeriodNotice periodKey={unknownPeriod} />
      <StatusSection
        id="dept-overall"
        heading={t("overallHeading", { name: bureau.name })}
        rollup={bureau}
        rowLabel={bureau.name}
        labels={labels}
        figures={<OverallStats rollup={bureau} />}
      />
      <GroupStatusSection
        id="dept-sections"
        kind="section"
        heading={t("sectionsHeading")}
        groups={sections}
        overallItems={bureau.items}
        labels={labels}
      />
      <Section headingId="dept-items-heading" title={t("itemsHeading")}>
        <ItemStateTable
          caption={t("itemsCaption", { name: bureau.name, count: items.length })}
          items={items}
          labels={labels}
        />
        <p>
          <Link href={`/items?bureau=${code}`} className="text-key-900 underline underline-offset-4">
            {t("itemsLink")}
          </Link>
        </p>
      </Section>
      <AxisSections idPrefix="dept" rollup={bureau} labels={labels} />
      <FreshnessSection
        id="dept-freshness"
        period={summary.period}
        periods={summary.periods}
        overall={bureau}
        bureaus={null}
        sections={sections}
        labels={labels}
      />
      <KpiSection id="dept-kpi" rollup={bureau} items={items} />
      <MethodSection id="dept-method" />
      <DashboardLink suffix={suffix} />
    </div>
  );
}
