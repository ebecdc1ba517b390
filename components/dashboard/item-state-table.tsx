import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/items/status-badge";
import { Ja } from "@/components/ui/ja";
import { type Column, Table } from "@/components/ui/table";
import { Link } from "@/lib/i18n/navigation";
import type { ItemState } from "@/lib/rollup/item-states";
import type { Labels } from "./format";

const reported = (item: ItemState) => item.status !== "not_reported";

function NoValue({ text }: { text: string }) {
  return (
    <>
      <span aria-hidden="true">－</span>
      <span className="sr-only">{text}</span>
    </>
  );
}

/** Items with both axes (進捗状況 and 達成度), 評価, 進捗率 and freshness: "as of" its latest published report, 未更新 when stale. */
export async function ItemStateTable({
  caption,
  items,
  labels,
}: {
  caption: ReactNode;
  items: ItemState[];
  labels: Labels;
}) {
  const [t, td, tf] = await Promise.all([
    getTranslations("departments"),
    getTranslations("dashboard"),
    getTranslations("freshness"),
  ]);
  const noValue = <NoValue text={td("noValue")} />;
  const columns: Column<ItemState>[] = [
    {
      key: "number",
      header: t("columns.number"),
      nowrap: true,
      cell: (item) => (
        <Link href={`/items/${item.number}`} className="font-bold text-key-900 underline underline-offset-4">
          {t("numberLink", { number: item.number })}
        </Link>
      ),
    },
    {
      key: "title",
      header: t("columns.title"),
      rowHeader: true,
      className: "min-w-48",
      cell: (item) => <Ja>{item.title}</Ja>,
    },
    {
      key: "section",
      header: t("columns.section"),
      cell: (item) => (item.section ? <Ja>{item.section}</Ja> : t("noSection")),
    },
    { key: "status", header: t("columns.status"), nowrap: true, cell: (item) => <StatusBadge status={item.status} /> },
    {
      key: "evaluation",
      header: t("columns.evaluation"),
      nowrap: true,
      cell: (item) => (reported(item) ? labels.evaluation(item.evaluation ?? "unrated") : noValue),
    },
    {
      key: "progress",
      header: t("columns.progress"),
      numeric: true,
      nowrap: true,
      cell: (item) =>
        reported(item) && item.progressPercent !== null ? td("percent", { value: item.progressPercent }) : noValue,
    },
    {
      key: "achievement",
      header: t("columns.achievement"),
      nowrap: true,
      cell: (item) => labels.achievement(item.achievement),
    },
    {
      key: "asOf",
      header: t("columns.asOf"),
      cell: (item) => (
        <span className="flex flex-col items-start gap-1">
          <span className="whitespace-nowrap">
            {item.asOf ? tf("asOf", { date: labels.date(item.asOf) }) : tf("notReported")}
          </span>
          {item.stale && (
            <span className="inline-flex items-center gap-1 rounded-4 border border-red-1000 bg-red-50 px-1.5 text-xs font-bold whitespace-nowrap text-red-1100">
              <span aria-hidden="true">!</span>
              {tf("stale")}
            </span>
          )}
        </span>
      ),
    },
  ];
  return <Table caption={caption} className="text-sm" columns={columns} rows={items} rowKey={(item) => item.number} />;
}
