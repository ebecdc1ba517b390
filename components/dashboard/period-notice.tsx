import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Says that the period asked for in the URL is unknown, so the latest one is shown; nothing when it was found. */
export async function UnknownPeriodNotice({ periodKey }: { periodKey: string | undefined }) {
  if (!periodKey) return null;
  const t = await getTranslations("dashboard");
  return (
    <p role="status" className="rounded-8 border-2 border-error-1 bg-white p-3 font-bold text-error-1">
      {t("periodNotFound", { key: periodKey })}
    </p>
  );
}

/** From a bureau's pages to the whole dashboard, for the same period. */
export async function DashboardLink({ suffix }: { suffix: string }) {
  const t = await getTranslations("departments");
  return (
    <p>
      <Link href={`/dashboard${suffix}`} className="text-key-900 underline underline-offset-4">
        {t("dashboardLink")}
      </Link>
    </p>
  );
}
