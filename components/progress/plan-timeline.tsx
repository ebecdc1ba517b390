import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ja } from "@/components/ui/ja";
import { currentLocale } from "@/lib/i18n/page-locale";
import type { Municipality } from "@/lib/municipality/get-municipality";
import { formatFiscalYearShortIn, warekiYear } from "@/lib/wareki";

interface Row {
  label: string;
  from: number;
  to: number;
  className: string;
}

const BAR = "bg-key-900 text-white";

/**
 * The vision document's periods as the source writes them (a 5-year vision, a plan in an early and a
 * late period); a plan loaded from a file has only its own period.
 */
async function rowsOf(municipality: Municipality, withVision: boolean): Promise<{ rows: Row[]; caption: ReactNode }> {
  const t = await getTranslations("vision.timeline");
  const { startFiscalYear: from, endFiscalYear: to } = municipality;
  if (!withVision)
    return {
      rows: [{ label: t("planPeriod"), from, to, className: BAR }],
      caption: t.rich("planCaption", {
        ja,
        plan: municipality.planName,
        from: warekiYear(from).label,
        to: warekiYear(to).label,
        fromYear: from,
        toYear: to,
      }),
    };
  return {
    rows: [
      { label: t("vision"), from: 2024, to: 2028, className: BAR },
      { label: t("planEarly"), from: 2024, to: 2026, className: "bg-key-200 text-solid-gray-900" },
      {
        label: t("planLate"),
        from: 2027,
        to: 2028,
        className: "bg-solid-gray-100 text-solid-gray-900 border border-dashed border-solid-gray-600",
      },
    ],
    caption: t("caption"),
  };
}

/** The vision and plan periods as a timeline; the table underneath it is the same data for screen readers. */
export async function PlanTimeline({ municipality, withVision }: { municipality: Municipality; withVision: boolean }) {
  const t = await getTranslations("vision.timeline");
  const [{ rows, caption }, locale] = await Promise.all([rowsOf(municipality, withVision), currentLocale()]);
  // Japanese readers see 和暦 with the Western year under it; English readers the fiscal year.
  const year = (y: number) => (locale === "ja" ? warekiYear(y).label : formatFiscalYearShortIn(y, locale));
  const first = Math.min(...rows.map((r) => r.from));
  const years = Array.from({ length: Math.max(...rows.map((r) => r.to)) - first + 1 }, (_, i) => first + i);
  return (
    <figure className="flex flex-col gap-3">
      <div
        aria-hidden="true"
        className="grid gap-1 text-center text-sm"
        style={{ gridTemplateColumns: `6rem repeat(${years.length}, minmax(0, 1fr))` }}
      >
        <div />
        {years.map((y) => (
          <div key={y} className="font-bold">
            {year(y)}
            {locale === "ja" && (
              <>
                <br />({y})
              </>
            )}
          </div>
        ))}
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <div className="self-center text-left font-bold">{row.label}</div>
            <div
              className={`rounded-8 px-2 py-2 font-bold ${row.className}`}
              style={{ gridColumn: `${row.from - first + 2} / ${row.to - first + 3}` }}
            >
              {year(row.from)}–{year(row.to)}
            </div>
          </div>
        ))}
      </div>
      <figcaption className="text-sm">{caption}</figcaption>
      {/* A table ignores the 1 px box of sr-only and would widen the page: the wrapper holds it. */}
      <div className="sr-only">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("plan")}</th>
              <th scope="col">{t("period")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
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
      </div>
    </figure>
  );
}
