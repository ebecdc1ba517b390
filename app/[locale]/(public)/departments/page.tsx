import { DepartmentsView } from "@/components/dashboard/departments-view";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
// A query goes to its per-request twin under query/ (lib/http/page-cache.ts).
export const revalidate = 10;
export const generateMetadata = titleFromCatalog("departments");

export default async function DepartmentsPage({ params }: PageProps<"/[locale]/departments">) {
  await enterLocale(params);
  return <DepartmentsView query={{}} />;
}
