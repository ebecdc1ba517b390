import type { Db } from "../db/create-client.ts";
import { DIRECTION_TERMS } from "./plan-format.ts";
import type { PlanContent } from "./plan-workbook.ts";

const joined = (value: unknown) => (Array.isArray(value) ? value.map(String).join("\n") : "");

/**
 * The database's plan in the workbook's shape, written so that importing it changes nothing: texts
 * as stored, 部局 as its source name, 大分類/小分類 as each item's label, years in the Gregorian calendar.
 */
export async function loadPlanContent(db: Db): Promise<PlanContent> {
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: 1 } });
  const items = await db.planItem.findMany({
    orderBy: { number: "asc" },
    include: { bureau: true, section: true, classification: true },
  });
  const areas = await db.reformArea.findMany({ orderBy: { sortOrder: "asc" } });
  const directions = await db.direction.findMany({ orderBy: { sortOrder: "asc" }, include: { area: true } });
  const indicators = await db.indicator.findMany({ where: { scope: "vision" }, orderBy: { sortOrder: "asc" } });
  return {
    municipality: {
      name: municipality.name,
      code: municipality.code,
      planName: municipality.planName,
      startFiscalYear: municipality.startFiscalYear,
      endFiscalYear: municipality.endFiscalYear,
      secretariat: municipality.secretariat,
    },
    items: items.map((item) => ({
      number: item.number,
      title: item.title,
      bureau: item.bureau.sourceName,
      section: item.section?.name ?? "",
      purpose: item.purpose,
      content: item.content,
      target: item.target,
      area: item.areaLabel,
      direction: item.directionLabel,
      classification: item.classification?.name ?? "",
      startFiscalYear: item.startFiscalYear,
      endFiscalYear: item.endFiscalYear,
    })),
    areas: areas.map((area) => ({ name: area.name, description: joined(area.intro) })),
    directions: directions.map((d) => ({ name: d.name, area: d.area.name, description: joined(d.policy) })),
    indicators: indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      baselineValue: i.baselineValue,
      baselineYear: i.baselineYear,
      targetValue: i.targetValue,
      targetYear: i.targetYear,
      direction: DIRECTION_TERMS[i.direction],
    })),
  };
}
