import type { Indicator } from "../generated/prisma/client.ts";

/**
 * What defines a KPI: the one shape every view of a KPI (public, report form, review, admin, roll-up) picks
 * from or extends with the values it adds.
 */
export type KpiDefinition = Pick<
  Indicator,
  "id" | "name" | "unit" | "direction" | "baselineValue" | "baselineYear" | "targetValue" | "targetYear"
>;

/** The definition of a KPI out of a larger record (a query row), for a view to extend. */
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
