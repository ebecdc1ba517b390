"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { setItemMeasurability } from "@/lib/indicators/manage-indicators";
import { ITEMS_TAG, itemTag } from "@/lib/items/cache-tags";
import { failureState, formValues, type ActionState } from "../action-state";

/** The secretariat's judgement of how measurable an item's target is. */
export async function setMeasurabilityAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const result = await setItemMeasurability(await getDb(), await getRequestContext(), values as never);
    if (result.changed) {
      updateTag(ITEMS_TAG);
      updateTag(itemTag(result.itemNumber));
      revalidatePath("/staff", "layout");
    }
    return { ok: true, message: result.changed ? "measurabilitySet" : "measurabilityUnchanged", result: { ...result } };
  } catch (error) {
    return failureState(error, values);
  }
}
