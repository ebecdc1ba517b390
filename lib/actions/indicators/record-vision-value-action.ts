"use server";

import { recordVisionValue } from "@/lib/indicators/manage-indicators";
import { serviceAction } from "../form-action";

/** A vision indicator's actual for a fiscal year; public at once (/vision, /dashboard). */
export const recordVisionValueAction = serviceAction("indicator.vision_value", recordVisionValue, {
  changes: () => [{ kind: "vision.updated" }],
  message: (result) => (result.replaced ? "visionValueReplaced" : "visionValueAdded"),
});
