import { getTranslations } from "next-intl/server";
import { warekiYear } from "@/lib/wareki";

const YEARS = [2024, 2025, 2026, 2027, 2028];
const ROWS = [
  { key: "vision", from: 2024, to: 2028, className: "bg-key-900 text-white" },
  { key: "planEarly", from: 2024, to: 2026, className: "bg-key-200 text-solid-gray-900" },
  {
    key: "planLate",
    from: 2027,
    to: 2028,
    className: "bg-solid-gray-100 text-solid-gray-900 border border-dashed border-solid-gray-600",
  },
] as const;

/** The vision and plan periods as a timeline; the table underneath it is the same data for screen readers. */
export async function PlanTimeline() {
  const t = await getTranslations("vision.timeline");
  return (
    <figure className="flex flex-col gap-3">
      <div aria-hidden="true" className="grid grid-cols-[6rem_repeat(5,minmax(0,1fr))] gap-1 text-center text-sm">
        <div />
        {YEARS.map((y) => (
          <div key={y} className="font-bold">
            {warekiYear(y).label}
            <br />({y})
          </div>
        ))}
        {ROWS.map((row) => (
          <div key={row.key} className="contents">
            <div className="self-center text-left font-bold">{t(row.key)}</div>
            <div
              className={`rounded-8 px-2 py-2 font-bold ${row.className}`}
              style={{ gridColumn: `${row.from - 2024 + 2} / ${row.to - 2024 + 3}` }}
            >
              {warekiYear(row.from).label}–{warekiYear(row.to).label}
            </div>
          </div>
        ))}
      </div>
      <figcaption className="text-sm">{t("caption")}</figcaption>
      <table className="sr-only">
        <caption>{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("plan")}</th>
            <th scope="col">{t("period")}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(row.key)}</th>
              <td>
                {t("range", {
                  from: warekiYear(row.from).label,
                  to: warekiYear(row.to).label,
                  fromYear: row.from,
                  toYear: row.to,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
