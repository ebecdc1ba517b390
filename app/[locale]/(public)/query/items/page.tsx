import { ItemsView } from "@/components/items/items-view";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";

// /items with a filter or an order, reached through proxy.ts's rewrite (lib/http/page-cache.ts):
// rendered per request from the cached data.
export const generateMetadata = titleFromCatalog("items");

export default async function ItemsQueryPage({ params, searchParams }: PageProps<"/[locale]/query/items">) {
  await enterLocale(params);
  return <ItemsView query={await searchParams} />;
}
