import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AchievementForm } from "@/components/admin/achievement-form";
import { ItemEditForm } from "@/components/admin/item-edit-form";
import { can } from "@/lib/auth/policy";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { headingClass } from "@/components/ui/heading";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/items/[number]/edit">): Promise<Metadata> {
  await enterLocale(params);
  const t = await getTranslations("admin.itemEdit");
  const { number } = await params;
  return { title: /^\d{1,6}$/.test(number) ? `No.${Number(number)} ${t("title")}` : t("title") };
}

async function loadEditData(number: number) {
  const db = await getDb();
  const [item, bureaus, classifications] = await Promise.all([
    db.planItem.findUnique({ where: { number } }),
    db.bureau.findMany({
      orderBy: { sortOrder: "asc" },
      include: { sections: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true } } },
    }),
    db.classification.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    item,
    sectionGroups: bureaus.filter((b) => b.sections.length > 0).map((b) => ({ bureauId: b.id, bureau: b.name, sections: b.sections })),
    classifications,
  };
}

export default async function ItemEditPage({ params }: PageProps<"/[locale]/staff/items/[number]/edit">) {
  await enterLocale(params);
  const actor = await getActor();
  if (!can(actor, "item.edit")) return <ForbiddenNotice />;

  const { number } = await params;
  if (!/^\d{1,6}$/.test(number)) notFound();
  const { item, sectionGroups, classifications } = await loadEditData(Number(number));
  if (!item) notFound();

  const [t, ta, locale] = await Promise.all([getTranslations("admin.itemEdit"), getTranslations("admin.achievement"), getLocale()]);
  const reloadHref = getPathname({ href: `/staff/items/${item.number}/edit`, locale });

  return (
    <div className="flex flex-col gap-8">
      <nav aria-label={t("navLabel")}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/staff/items" className="text-key-900 underline underline-offset-4">{t("backToList")}</Link>
          </li>
          <li>
            <Link href={`/items/${item.number}`} className="text-key-900 underline underline-offset-4">{t("publicLink", { number: item.number })}</Link>
          </li>
        </ul>
      </nav>
      <header className="flex flex-col gap-3">
        <h1 className={headingClass.page}>{t("title")}</h1>
        <p className="text-lg font-bold text-solid-gray-900">{t("itemLabel", { number: item.number, title: item.title })}</p>
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("lead")}</p>
      </header>
      <section aria-labelledby="item-edit-heading" className="flex flex-col gap-4">
        <h2 id="item-edit-heading" className={headingClass.section}>{t("formHeading")}</h2>
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
          }}
          sectionGroups={sectionGroups}
          classifications={classifications}
          reloadHref={reloadHref}
        />
      </section>
      <section aria-labelledby="achievement-heading" className="flex flex-col gap-4">
        <h2 id="achievement-heading" className={headingClass.section}>{ta("heading")}</h2>
        <p>{ta("lead")}</p>
        <AchievementForm item={{ number: item.number, version: item.version, achievement: item.achievement, note: item.achievementNote }} reloadHref={reloadHref} />
      </section>
    </div>
  );
}
