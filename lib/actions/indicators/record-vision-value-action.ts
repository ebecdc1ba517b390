"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { recordVisionValue } from "@/lib/indicators/manage-indicators";
import { CONTENT_TAG } from "@/lib/items/cache-tags";
import { failureState, formValues, type ActionState } from "../action-state";

/** A vision indicator's actual for a fiscal year; public at once (/vision, /dashboard). */
export async function recordVisionValueAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const result = await recordVisionValue(await getDb(), await getRequestContext(), values as never);
    updateTag(CONTENT_TAG);
    revalidatePath("/staff", "layout");
    return { ok: true, message: result.replaced ? "visionValueReplaced" : "visionValueAdded", result: { ...result } };
  } catch (error) {
    return failureState(error, values);
  }
}
