import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollTable, Th } from "@/components/ui/scroll-table";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { listAdminItems } from "@/lib/items/list-admin-items";
import { readPage } from "@/lib/read/page-data";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("admin.items");

const thClass = "border-b-2 border-solid-gray-800 px-3 py-2 font-bold whitespace-nowrap";
const tdClass = "border-b border-solid-gray-420 px-3 py-2 align-top";

export default async function StaffItemsPage({ params }: PageProps<"/[locale]/staff/items">) {
  await enterLocale(params);
  const listed = await readPage("/staff/items", listAdminItems);
  if (!listed.ok) return <ForbiddenNotice />;
  const items = listed.data;
  const [t, tc] = await Promise.all([getTranslations("admin.items"), getTranslations("admin.common")]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <p className="text-sm text-solid-gray-800">{tc("scrollHint")}</p>
      <ScrollTable caption={t("tableCaption", { count: items.length })} label={t("scrollLabel")}>
        <thead>
          <tr>
            <Th scope="col" className={`${thClass} text-right`}>
              {t("columns.number")}
            </Th>
            <Th scope="col" className={`${thClass} text-left`}>
              {t("columns.title")}
            </Th>
            <Th scope="col" className={`${thClass} text-left`}>
              {t("columns.section")}
            </Th>
            <Th scope="col" className={`${thClass} text-left`}>
              {t("columns.actions")}
            </Th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.number}>
              <td className={`${tdClass} text-right whitespace-nowrap`}>{t("numberLabel", { number: item.number })}</td>
              <Th scope="row" className={`${tdClass} min-w-64 text-left font-normal`}>
                {item.title}
              </Th>
              <td className={`${tdClass} min-w-40`}>
                {item.section?.name ?? t("noSection")}
                <span className="block text-sm text-solid-gray-800">{item.bureau.name}</span>
              </td>
              <td className={`${tdClass} whitespace-nowrap`}>
                <ul className="flex gap-4">
                  <li>
                    <Link
                      href={`/staff/items/${item.number}/edit`}
                      className="font-bold text-key-900 underline underline-offset-4"
                    >
                      {t("edit")}
                      <span className="sr-only">{t("linkTarget", { number: item.number })}</span>
                    </Link>
                  </li>
                  <li>
                    <Link
                      href={`/staff/items/${item.number}/report`}
                      className="font-bold text-key-900 underline underline-offset-4"
                    >
                      {t("report")}
                      <span className="sr-only">{t("linkTarget", { number: item.number })}</span>
                    </Link>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}
