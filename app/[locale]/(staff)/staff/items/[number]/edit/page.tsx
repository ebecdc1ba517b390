import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AchievementForm } from "@/components/admin/achievement-form";
import { ItemEditForm } from "@/components/admin/item-edit-form";
import { LinkNav } from "@/components/layout/link-nav";
import { headingClass } from "@/components/ui/heading";
import { getPathname } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getItemForEdit } from "@/lib/items/get-item-for-edit";
import { readPage } from "@/lib/read/page-data";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/staff/items/[number]/edit">): Promise<Metadata> {
  await enterLocale(params);
  const t = await getTranslations("admin.itemEdit");
  const { number } = await params;
  return { title: /^\d{1,6}$/.test(number) ? `No.${Number(number)} ${t("title")}` : t("title") };
}

export default async function ItemEditPage({ params }: PageProps<"/[locale]/staff/items/[number]/edit">) {
  await enterLocale(params);
  const { number } = await params;
  if (!/^\d{1,6}$/.test(number)) notFound();
  const { item, areas, sectionGroups, classifications } = await readPage(
    `/staff/items/${number}/edit`,
    getItemForEdit,
    Number(number),
  );

  const [t, ta, locale] = await Promise.all([
    getTranslations("admin.itemEdit"),
    getTranslations("admin.achievement"),
    getLocale(),
  ]);
  const reloadHref = getPathname({ href: `/staff/items/${item.number}/edit`, locale });

  return (
    <div className="flex flex-col gap-8">
      <LinkNav
        label={t("navLabel")}
        links={[
          { href: "/staff/items", text: t("backToList") },
          { href: `/items/${item.number}`, text: t("publicLink", { number: item.number }) },
        ]}
      />
      <header className="flex flex-col gap-3">
        <h1 className={headingClass.page}>{t("title")}</h1>
        <p className="text-lg font-bold text-solid-gray-900">
          {t("itemLabel", { number: item.number, title: item.title })}
        </p>
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("lead")}</p>
      </header>
      <section aria-labelledby="item-edit-heading" className="flex flex-col gap-4">
        <h2 id="item-edit-heading" className={headingClass.section}>
          {t("formHeading")}
        </h2>
        <ItemEditForm
          item={{
            number: item.number,
            version: item.version,
            title: item.title,
            purpose: item.purpose,
            content: item.content,
            target: item.target,
            sectionId: item.sectionId,
            classificationId: item.classificationId,
            areaId: item.areaId,
            directionId: item.directionId,
            areaLabel: item.areaLabel,
            directionLabel: item.directionLabel,
            startFiscalYear: item.startFiscalYear,
            endFiscalYear: item.endFiscalYear,
          }}
          areas={areas}
          sectionGroups={sectionGroups}
          classifications={classifications}
          reloadHref={reloadHref}
        />
      </section>
      <section aria-labelledby="achievement-heading" className="flex flex-col gap-4">
        <h2 id="achievement-heading" className={headingClass.section}>
          {ta("heading")}
        </h2>
        <p>{ta("lead")}</p>
        <AchievementForm
          item={{
            number: item.number,
            version: item.version,
            achievement: item.achievement,
            note: item.achievementNote,
          }}
          reloadHref={reloadHref}
        />
      </section>
    </div>
  );
}
