"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { reviewItemIndicator } from "@/lib/indicators/manage-indicators";
import { ITEMS_TAG, itemTag } from "@/lib/items/cache-tags";
import { failureState, formValues, type ActionState } from "../action-state";

const MESSAGE = { save: "kpiSaved", confirm: "kpiConfirmed", reject: "kpiRejected" } as const;

/** 保存 / 確定 / 却下 of an item KPI (the button pressed sets `decision`). */
export async function reviewIndicatorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const result = await reviewItemIndicator(await getDb(), await getRequestContext(), values as never);
    // Confirmed KPIs are public and feed the roll-ups.
    updateTag(ITEMS_TAG);
    if (result.itemNumber !== null) updateTag(itemTag(result.itemNumber));
    revalidatePath("/staff", "layout");
    const decision = values.decision as keyof typeof MESSAGE;
    return { ok: true, message: MESSAGE[decision], result: { ...result } };
  } catch (error) {
    return failureState(error, values);
  }
}
