import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/dashboard/data-table";
import { Ja } from "@/components/ui/ja";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { CHECK_KINDS, type CheckFinding } from "@/lib/consistency/checks";
import { type Explanations, explainedItems, explanationKey, getExplanations } from "@/lib/consistency/explanations";
import { Link } from "@/lib/i18n/navigation";
import type { ItemState, PeriodRef } from "@/lib/rollup/item-states";
import type { Summary } from "@/lib/rollup/summary";
import { findingTexts } from "./check-list";

interface Row {
  key: string;
  item: ItemState;
  finding: CheckFinding;
}

/**
 * 整合性チェック on a dashboard: how many items each check flags and how many of them the
 * secretariat has explained, then every finding with its item and explanation.
 */
export async function ChecksSection({
  id,
  summary,
  periodLabel,
}: {
  id: string;
  summary: Summary & { items: ItemState[] };
  periodLabel: (period: PeriodRef) => string;
}) {
  const t = await getTranslations("checks");
  const { period } = summary;
  const explanations: Explanations = period ? await getExplanations(period.id) : {};
  const rows: Row[] = summary.items.flatMap((item) =>
    item.checks.map((finding) => ({ key: explanationKey(item.number, finding), item, finding })),
  );
  const text = await findingTexts();
  const at = period ? periodLabel(period) : "—";
  return (
    <Section headingId={id} title={t("heading")} lead={t("lead")} className="flex scroll-mt-4 flex-col gap-4">
      <DataTable
        caption={t("counts.caption", { period: at })}
        corner={t("counts.kind")}
        columns={[t("counts.items"), t("counts.explained")]}
        rows={CHECK_KINDS.map((kind) => ({
          key: kind,
          header: t(`kinds.${kind}`),
          cells: [summary.checks[kind], explainedItems(summary.items, explanations, kind).explained],
        }))}
      />
      {rows.length > 0 && (
        <Table<Row>
          caption={t("list.caption", { period: at })}
          className="text-sm"
          columns={[
            {
              key: "item",
              header: t("list.item"),
              rowHeader: true,
              className: "min-w-48",
              cell: (row) => (
                <Link href={`/items/${row.item.number}`} className="text-key-900 underline underline-offset-4">
                  No.{row.item.number} <Ja>{row.item.title}</Ja>
                </Link>
              ),
            },
            {
              key: "finding",
              header: t("list.finding"),
              className: "min-w-64",
              cell: (row) => {
                const detail = text.detail(row.item, row.finding);
                return (
                  <>
                    {text.title(row.finding)}
                    {detail && <span className="block text-solid-gray-800">{detail}</span>}
                  </>
                );
              },
            },
            {
              key: "explanation",
              header: t("list.explanation"),
              className: "min-w-64",
              cell: (row) => {
                const explanation = explanations[row.key];
                return explanation ? (
                  <span lang="ja" className="whitespace-pre-wrap">
                    {explanation.text}
                  </span>
                ) : (
                  t("noExplanation")
                );
              },
            },
          ]}
          rows={rows}
          rowKey={(row) => row.key}
        />
      )}
    </Section>
  );
}
