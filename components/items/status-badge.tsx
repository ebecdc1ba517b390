import { getTranslations } from "next-intl/server";
import type { StatusKey } from "@/lib/reports/vocabulary";

// Each status has its own symbol so that it never depends on colour alone.
const STYLE: Record<StatusKey, { symbol: string; className: string }> = {
  not_reported: { symbol: "－", className: "border-solid-gray-600 text-solid-gray-800 bg-white" },
  not_started: { symbol: "○", className: "border-solid-gray-700 text-solid-gray-900 bg-solid-gray-50" },
  considering: { symbol: "◇", className: "border-yellow-1000 text-yellow-1200 bg-yellow-50" },
  in_progress: { symbol: "▶", className: "border-key-900 text-key-1000 bg-key-50" },
  completed: { symbol: "✓", className: "border-green-1000 text-green-1100 bg-green-50" },
  suspended: { symbol: "■", className: "border-red-1000 text-red-1100 bg-red-50" },
};

export async function StatusBadge({ status }: { status: StatusKey }) {
  const t = await getTranslations("status");
  const style = STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-bold ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(status)}
    </span>
  );
}
