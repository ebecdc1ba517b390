import { getTranslations } from "next-intl/server";
import type { ItemFinding } from "@/lib/items/get-item";

/** A data-quality finding explained to a citizen: what differs, in which listing. */
export async function FindingNote({ finding }: { finding: ItemFinding }) {
  const t = await getTranslations("findings");
  const field = finding.field ? t(`fields.${finding.field}`) : "";
  const variants = finding.detail.variants as Record<string, string> | undefined;
  return (
    <li className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-3">
      <p className="font-bold">
        {t(`kinds.${finding.kind}`, { field })}
        <span className="ml-2 text-sm font-normal">（{t(`status.${finding.status}`)}）</span>
      </p>
      {variants && (
        <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
          {Object.entries(variants).map(([listing, value]) => (
            <div key={listing} className="contents">
              <dt className="font-bold">{listing}</dt>
              <dd className="break-words">{value === "" ? t("empty") : value}</dd>
            </div>
          ))}
        </dl>
      )}
      {finding.kind === "nonstandard_category" && typeof finding.detail.value === "string" && (
        <p className="text-sm">{t("nonstandardValue", { value: finding.detail.value })}</p>
      )}
    </li>
  );
}
