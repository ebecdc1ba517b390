"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { addItemIndicator } from "@/lib/indicators/manage-indicators";
import { ITEMS_TAG, itemTag } from "@/lib/items/cache-tags";
import { failureState, formValues, type ActionState } from "../action-state";

/** The secretariat adds a (confirmed) KPI to an item. */
export async function addIndicatorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const result = await addItemIndicator(await getDb(), await getRequestContext(), values as never);
    updateTag(ITEMS_TAG);
    if (result.itemNumber !== null) updateTag(itemTag(result.itemNumber));
    revalidatePath("/staff", "layout");
    return { ok: true, message: "kpiAdded", result: { ...result } };
  } catch (error) {
    return failureState(error, values);
  }
}
