import type { Metadata } from "next";
import { DepartmentView, departmentMetadata } from "@/components/dashboard/department-view";
import { enterLocale } from "@/lib/i18n/page-locale";

// /departments/NN with a period, reached through proxy.ts's rewrite: rendered per request.
export async function generateMetadata({ params }: PageProps<"/[locale]/query/departments/[code]">): Promise<Metadata> {
  await enterLocale(params);
  return departmentMetadata((await params).code);
}

export default async function DepartmentQueryPage({
  params,
  searchParams,
}: PageProps<"/[locale]/query/departments/[code]">) {
  await enterLocale(params);
  return <DepartmentView code={(await params).code} query={await searchParams} />;
}
