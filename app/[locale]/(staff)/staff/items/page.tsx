import { getTranslations } from "next-intl/server";
import { AdminTable } from "@/components/staff/admin-table";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { listAdminItems } from "@/lib/items/list-admin-items";
import { readPage } from "@/lib/read/page-data";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("admin.items");

/** Each item's pages for the secretariat, in the order of its links. */
const ITEM_LINKS = ["edit", "report"] as const;

export default async function StaffItemsPage({ params }: PageProps<"/[locale]/staff/items">) {
  await enterLocale(params);
  const items = await readPage("/staff/items", listAdminItems);
  const t = await getTranslations("admin.items");

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <AdminTable
        list="items"
        columns={[
          {
            key: "number",
            numeric: true,
            nowrap: true,
            cell: (item) => t("numberLabel", { number: item.number }),
          },
          {
            key: "title",
            rowHeader: true,
            className: "min-w-64",
            cell: (item) => item.title,
          },
          {
            key: "section",
            className: "min-w-40",
            cell: (item) => (
              <>
                {item.section?.name ?? t("noSection")}
                <span className="block text-sm text-solid-gray-800">{item.bureau.name}</span>
              </>
            ),
          },
          {
            key: "actions",
            nowrap: true,
            cell: (item) => (
              <ul className="flex gap-4">
                {ITEM_LINKS.map((link) => (
                  <li key={link}>
                    <Link
                      href={`/staff/items/${item.number}/${link}`}
                      className="font-bold text-key-900 underline underline-offset-4"
                    >
                      {t(link)}
                      <span className="sr-only">{t("linkTarget", { number: item.number })}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
        rows={items}
        rowKey={(item) => item.number}
      />
    </div>
  );
}
