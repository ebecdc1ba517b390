"use server";

import { recordVisionValue } from "@/lib/indicators/manage-indicators";
import { formAction } from "../form-action";

/** A vision indicator's actual for a fiscal year; public at once (/vision, /dashboard). */
export const recordVisionValueAction = formAction({
  name: "indicator.vision_value",
  run: ({ db, ctx, values }) => recordVisionValue(db, ctx, values),
  changes: () => [{ kind: "vision.updated" }],
  message: (result) => (result.replaced ? "visionValueReplaced" : "visionValueAdded"),
});
