import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PlanImportForm } from "@/components/plan/plan-import-form";
import { BulletList } from "@/components/public/bullet-list";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { MAX_FILE_BYTES } from "@/lib/xlsx/file-guards";

export const generateMetadata = titleFromCatalog("planImport");

/** 計画ファイルの取り込み: a revised plan (or another municipality's) in, after a preview of every change. */
export default async function PlanImportPage({ params }: PageProps<"/[locale]/staff/plan/import">) {
  const locale = await enterLocale(params);
  const actor = await getActor();
  if (!actor) return redirect({ href: { pathname: "/login", query: { callbackUrl: "/staff/plan/import" } }, locale });
  if (!can(actor, "plan.manage")) forbidden();
  const t = await getTranslations("planImport");
  const linkClass = "self-start text-key-900 underline underline-offset-4";
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <BulletList
        lines={[
          t("rules.files", { limitMb: MAX_FILE_BYTES / 1024 / 1024 }),
          t("rules.whole"),
          t("rules.noDelete"),
          t("rules.history"),
        ]}
        className="flex flex-col gap-1"
      />
      <div className="flex flex-col gap-2">
        <a href="/staff/plan/template.xlsx" download className={linkClass}>
          {t("template")}
        </a>
        <a href="/staff/plan/export.xlsx" download className={linkClass}>
          {t("export")}
        </a>
      </div>
      <PlanImportForm maxBytes={MAX_FILE_BYTES} />
    </div>
  );
}
