"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { reviewReport } from "@/lib/review/review-report";
import { failureState, formValues, type ActionState } from "../action-state";

/** 承認 or 差戻し (the button pressed sets `decision`). */
export async function reviewReportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const result = await reviewReport(await getDb(), await getRequestContext(), {
      reportId: values.reportId,
      version: values.version,
      decision: values.decision as "approve" | "return",
      comment: values.comment,
    } as never);
    revalidatePath("/staff", "layout");
    return { ok: true, message: result.state === "approved" ? "approved" : "returned", result };
  } catch (error) {
    return failureState(error, values);
  }
}
