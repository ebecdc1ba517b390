import { getTranslations } from "next-intl/server";
import { DataTable } from "./data-table";
import { type Part, toPercent } from "./format";

/** Counts by category with each one's share of the total, and the total in the foot. */
export async function ShareTable({ caption, parts, total }: { caption: string; parts: Part[]; total: number }) {
  const t = await getTranslations("dashboard");
  return (
    <DataTable
      caption={caption}
      corner={t("columns.category")}
      columns={[t("columns.count"), t("columns.share")]}
      rows={parts.map((p) => ({
        key: p.key,
        header: p.label,
        cells: [t("count", { count: p.count }), t("percent", { value: toPercent(total === 0 ? 0 : p.count / total) })],
      }))}
      foot={{
        key: "total",
        header: t("columns.total"),
        cells: [t("count", { count: total }), t("percent", { value: total === 0 ? 0 : 100 })],
      }}
    />
  );
}
