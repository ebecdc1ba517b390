import { ItemsView } from "@/components/items/items-view";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
// A query goes to its per-request twin under query/ (lib/http/page-cache.ts).
export const revalidate = 10;
export const generateMetadata = titleFromCatalog("items");

export default async function ItemsPage({ params }: PageProps<"/[locale]/items">) {
  await enterLocale(params);
  return <ItemsView query={{}} />;
}
