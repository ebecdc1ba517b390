import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { PageHeader } from "@/components/ui/page-header";
import { enterLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/login">): Promise<Metadata> {
  await enterLocale(params);
  const t = await getTranslations("login");
  return { title: t("title"), robots: { index: false, follow: false } };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// Reading searchParams makes this page render per request; it is never cached.
export default async function LoginPage({ params, searchParams }: PageProps<"/[locale]/login">) {
  await enterLocale(params);
  const [t, query] = await Promise.all([getTranslations("login"), searchParams]);
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <LoginForm callbackUrl={first(query.callbackUrl)} expired={first(query.reason) === "expired"} />
    </div>
  );
}
