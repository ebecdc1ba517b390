"use server";

import { setItemMeasurability } from "@/lib/indicators/manage-indicators";
import { serviceAction } from "../form-action";

/** The secretariat's judgement of how measurable an item's target is. */
export const setMeasurabilityAction = serviceAction("indicator.measurability", setItemMeasurability, {
  changes: (result) => (result.changed ? [{ kind: "item.updated", itemNumber: result.itemNumber }] : []),
  message: (result) => (result.changed ? "measurabilitySet" : "measurabilityUnchanged"),
});
