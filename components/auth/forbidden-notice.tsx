import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/public/message-page";

/** What a signed-in person sees where the policy refuses them (the server refused before rendering anything else). */
export async function ForbiddenNotice() {
  const t = await getTranslations("staff.forbidden");
  return (
    <MessagePage
      heading={t("title")}
      message={t("body")}
      messageClassName="rounded-8 border-2 border-error-1 bg-white p-4 text-std-16N-170 text-solid-gray-900"
      back={{ href: "/staff", label: t("back"), className: "text-key-900 underline underline-offset-4" }}
    />
  );
}
