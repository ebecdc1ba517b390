import type { Municipality } from "./get-municipality.ts";

/**
 * The plan as titles name it (the site, its feeds, the files it makes): the plan's own name, led by
 * the municipality's unless it names it already — 「飯塚市行政経営戦略推進プラン」 and 「第3次南町行財政改革
 * 実施計画」 stay as they are, 「第3次行財政改革実施計画」 of 南町 becomes 「南町第3次行財政改革実施計画」.
 */
export function planTitle(municipality: Pick<Municipality, "name" | "planName">): string {
  const { name, planName } = municipality;
  return planName.includes(name) ? planName : `${name}${planName}`;
}
