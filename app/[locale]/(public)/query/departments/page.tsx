import { DepartmentsView } from "@/components/dashboard/departments-view";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";

// /departments with a period, reached through proxy.ts's rewrite: rendered per request.
export const generateMetadata = titleFromCatalog("departments");

export default async function DepartmentsQueryPage({ params, searchParams }: PageProps<"/[locale]/query/departments">) {
  await enterLocale(params);
  return <DepartmentsView query={await searchParams} />;
}
