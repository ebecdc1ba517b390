"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ITEMS_TAG, itemTag } from "@/lib/items/cache-tags";
import { publishReports } from "@/lib/review/publish-reports";
import { failureState, formValues, type ActionState } from "../action-state";

/** 公開 of one approved report (`reportId`) or of all approved reports (`all=1`). */
export async function publishReportsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const input = values.all === "1" ? { all: true as const } : { reportIds: [Number(values.reportId)] };
    const result = await publishReports(await getDb(), await getRequestContext(), input);
    // Public pages and the API read tagged data: expire it now so the next visitor sees the report.
    updateTag(ITEMS_TAG);
    for (const number of result.itemNumbers) updateTag(itemTag(number));
    revalidatePath("/staff", "layout");
    return { ok: true, message: "published", result };
  } catch (error) {
    return failureState(error, values);
  }
}
