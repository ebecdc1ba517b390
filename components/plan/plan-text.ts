import { useTranslations } from "next-intl";
import type { Reason } from "@/lib/actions/action-state";
import { hasMessage } from "@/lib/i18n/runtime-key";
import type { PlanProblem } from "@/lib/plan/read-plan-file";

/** The plan import's texts that arrive as codes from the service: problems, refusals, field names. */
export function usePlanText() {
  const t = useTranslations("planImport");
  const any = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const whereText = (p: Pick<PlanProblem, "sheet" | "line" | "column">) =>
    p.column
      ? t("whereColumn", { sheet: p.sheet, line: p.line, column: p.column })
      : t("where", { sheet: p.sheet, line: p.line });
  return {
    whereText,
    /** Every placeholder a problem's message may use gets a value, so a missing one never breaks it. */
    problemText: (p: PlanProblem) => {
      const key = `problems.${p.code}`;
      const values = { value: "", number: "", name: "", limit: "", code: "", bureau: "", section: "", ...p.params };
      return hasMessage(t, key) ? any(key, values) : t("refusals.unknown");
    },
    refusalText: (reason: Reason) => {
      const key = `refusals.${reason.code}`;
      return hasMessage(t, key) ? any(key, reason.params) : t("refusals.unknown");
    },
    fieldName: (field: string) => (hasMessage(t, `fieldNames.${field}`) ? any(`fieldNames.${field}`) : field),
    shown: (value: string) => (value === "" ? t("empty") : `「${value}」`),
  };
}
