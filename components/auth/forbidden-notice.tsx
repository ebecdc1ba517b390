import { getTranslations } from "next-intl/server";
import { headingClass } from "@/components/ui/heading";
import { Link } from "@/lib/i18n/navigation";

/** What a signed-in person sees where the policy refuses them (the server refused before rendering anything else). */
export async function ForbiddenNotice() {
  const t = await getTranslations("staff.forbidden");
  return (
    <div className="flex flex-col gap-6">
      <h1 className={headingClass.page}>{t("title")}</h1>
      <p className="rounded-8 border-2 border-error-1 bg-white p-4 text-std-16N-170 text-solid-gray-900">{t("body")}</p>
      <p>
        <Link href="/staff" className="text-key-900 underline underline-offset-4">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
