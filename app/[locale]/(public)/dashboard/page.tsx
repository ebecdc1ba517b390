import { PublicDashboard } from "@/components/dashboard/public-dashboard";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
// A query goes to its per-request twin under query/ (lib/http/page-cache.ts).
export const revalidate = 10;
export const generateMetadata = titleFromCatalog("dashboard");

export default async function DashboardPage({ params }: PageProps<"/[locale]/dashboard">) {
  await enterLocale(params);
  return <PublicDashboard query={{}} />;
}
