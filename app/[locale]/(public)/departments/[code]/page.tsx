import type { Metadata } from "next";
import { DepartmentView, departmentMetadata } from "@/components/dashboard/department-view";
import { enterLocale } from "@/lib/i18n/page-locale";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
// A query goes to its per-request twin under query/ (lib/http/page-cache.ts).
export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/departments/[code]">): Promise<Metadata> {
  await enterLocale(params);
  return departmentMetadata((await params).code);
}

export default async function DepartmentPage({ params }: PageProps<"/[locale]/departments/[code]">) {
  await enterLocale(params);
  return <DepartmentView code={(await params).code} query={{}} />;
}
