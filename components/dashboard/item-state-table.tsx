import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/items/status-badge";
import { ScrollTable, Th } from "@/components/ui/scroll-table";
import { Link } from "@/lib/i18n/navigation";
import type { ItemState } from "@/lib/rollup/item-states";
import { formatJapaneseDate } from "@/lib/wareki";
import type { Labels } from "./format";

const cell = "px-2 py-2 align-top";

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
  caption: string;
  items: ItemState[];
  labels: Labels;
}) {
  const [t, td, tf] = await Promise.all([
    getTranslations("departments"),
    getTranslations("dashboard"),
    getTranslations("freshness"),
  ]);
  return (
    <ScrollTable caption={caption} className="text-sm">
      <thead>
        <tr className="border-b-2 border-solid-gray-600 text-left">
          <Th scope="col" className={`${cell} whitespace-nowrap`}>
            {t("columns.number")}
          </Th>
          <Th scope="col" className={cell}>
            {t("columns.title")}
          </Th>
          <Th scope="col" className={cell}>
            {t("columns.section")}
          </Th>
          <Th scope="col" className={`${cell} whitespace-nowrap`}>
            {t("columns.status")}
          </Th>
          <Th scope="col" className={`${cell} whitespace-nowrap`}>
            {t("columns.evaluation")}
          </Th>
          <Th scope="col" className={`${cell} text-right whitespace-nowrap`}>
            {t("columns.progress")}
          </Th>
          <Th scope="col" className={`${cell} whitespace-nowrap`}>
            {t("columns.achievement")}
          </Th>
          <Th scope="col" className={`${cell} whitespace-nowrap`}>
            {t("columns.asOf")}
          </Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const reported = item.status !== "not_reported";
          return (
            <tr key={item.number} className="border-b border-solid-gray-420">
              <td className={`${cell} whitespace-nowrap`}>
                <Link href={`/items/${item.number}`} className="font-bold text-key-900 underline underline-offset-4">
                  {t("numberLink", { number: item.number })}
                </Link>
              </td>
              <Th scope="row" className={`${cell} min-w-48 text-left font-normal`}>
                {item.title}
              </Th>
              <td className={cell}>{item.section ?? t("noSection")}</td>
              <td className={`${cell} whitespace-nowrap`}>
                <StatusBadge status={item.status} />
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                {!reported ? (
                  <NoValue text={td("noValue")} />
                ) : item.evaluation ? (
                  labels.evaluation(item.evaluation)
                ) : (
                  labels.evaluation("unrated")
                )}
              </td>
              <td className={`${cell} text-right tabular-nums`}>
                {reported && item.progressPercent !== null ? (
                  td("percent", { value: item.progressPercent })
                ) : (
                  <NoValue text={td("noValue")} />
                )}
              </td>
              <td className={`${cell} whitespace-nowrap`}>{labels.achievement(item.achievement)}</td>
              <td className={cell}>
                <span className="flex flex-col items-start gap-1">
                  <span className="whitespace-nowrap">
                    {item.asOf ? tf("asOf", { date: formatJapaneseDate(item.asOf) }) : tf("notReported")}
                  </span>
                  {item.stale && (
                    <span className="inline-flex items-center gap-1 rounded-4 border border-red-1000 bg-red-50 px-1.5 text-xs font-bold whitespace-nowrap text-red-1100">
                      <span aria-hidden="true">!</span>
                      {tf("stale")}
                    </span>
                  )}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
