import { getTranslations } from "next-intl/server";
import { Ja } from "@/components/ui/ja";
import { getVoiceCounts, type VoiceCounts } from "@/lib/voices/public-voices";
import { ChartSection } from "./chart-section";
import { DataTable } from "./data-table";

/**
 * 市民の声 on the dashboards (public and council): voices received and answered in all, with the median days to an
 * answer, and the same per responsible section (only sections that received any, so the table
 * stays small). Counts only: no text of any voice.
 */
export async function VoicesSection({ id }: { id: string }) {
  const [t, counts] = await Promise.all([getTranslations("voices.dashboard"), getVoiceCounts()]);
  const days = (c: VoiceCounts) =>
    c.medianDaysToAnswer === null ? t("noValue") : t("days", { days: c.medianDaysToAnswer });
  const figures = [
    { key: "received", value: t("count", { count: counts.total.received }) },
    { key: "answered", value: t("count", { count: counts.total.answered }) },
    { key: "medianDays", value: days(counts.total) },
  ] as const;
  return (
    <ChartSection id={id} heading={t("heading")} summary={<p>{t("lead")}</p>}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {figures.map((f) => (
          <div key={f.key} className="flex flex-col rounded-8 border border-solid-gray-420 p-3">
            <dt className="text-sm font-bold text-solid-gray-800">{t(f.key)}</dt>
            <dd className="text-2xl font-bold text-solid-gray-900">{f.value}</dd>
          </div>
        ))}
      </dl>
      {counts.bySection.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("caption")}
          corner={t("section")}
          columns={[t("received"), t("answered"), t("medianDays")]}
          rows={counts.bySection.map((s) => ({
            key: String(s.sectionId ?? "none"),
            header: s.section ? <Ja>{s.section}</Ja> : t("noSection"),
            cells: [t("count", { count: s.received }), t("count", { count: s.answered }), days(s)],
          }))}
        />
      )}
    </ChartSection>
  );
}
