"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { saveReport } from "@/lib/reports/save-report";
import { saveReportInputSchema } from "@/lib/reports/report-schema";
import { failureState, formValues, type ActionState } from "../action-state";

/** 下書き保存 / 提出 of an item's report for the open period (the button pressed sets `intent`). */
export async function saveReportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const ctx = await getRequestContext();
  const meta = saveReportInputSchema.safeParse(values);
  if (!meta.success) return { ok: false, message: "invalid", values };
  try {
    const saved = await saveReport(await getDb(), ctx, {
      itemNumber: meta.data.itemNumber,
      baseReportId: meta.data.baseReportId,
      baseVersion: meta.data.baseVersion,
      intent: meta.data.intent,
      fields: values,
    });
    revalidatePath("/staff");
    // The next save must be based on what was just written.
    return {
      ok: true,
      message: meta.data.intent === "submit" ? "submitted" : "saved",
      values: { ...values, baseReportId: String(saved.reportId), baseVersion: String(saved.version) },
      result: { ...saved },
    };
  } catch (error) {
    return failureState(error, values);
  }
}
