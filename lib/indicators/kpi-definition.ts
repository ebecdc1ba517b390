import type { Indicator } from "../generated/prisma/client.ts";

export type KpiDefinition = Pick<Indicator, "id" | "name" | "unit" | "direction" | "baselineValue" | "baselineYear" | "targetValue" | "targetYear">;

/** What defines a KPI in every view of it (the values each view adds differ). */
export function kpiDefinition(k: KpiDefinition): KpiDefinition {
  return {
    id: k.id,
    name: k.name,
    unit: k.unit,
    direction: k.direction,
    baselineValue: k.baselineValue,
    baselineYear: k.baselineYear,
    targetValue: k.targetValue,
    targetYear: k.targetYear,
  };
}
