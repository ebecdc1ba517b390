import { PublicDashboard } from "@/components/dashboard/public-dashboard";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";

// /dashboard with a period or a breakdown, reached through proxy.ts's rewrite: rendered per request.
export const generateMetadata = titleFromCatalog("dashboard");

export default async function DashboardQueryPage({ params, searchParams }: PageProps<"/[locale]/query/dashboard">) {
  await enterLocale(params);
  return <PublicDashboard query={await searchParams} />;
}
