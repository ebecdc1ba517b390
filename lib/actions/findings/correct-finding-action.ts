"use server";

import { correctFinding } from "@/lib/quality/correct-finding";
import { serviceAction } from "../form-action";

/** The secretariat's correction of a garbled text: the text where it is shown, and the finding resolved. */
export const correctFindingAction = serviceAction("finding.correct", correctFinding, {
  changes: (result) => [
    ...result.itemNumbers.map((itemNumber) => ({ kind: "item.updated" as const, itemNumber })),
    ...(result.block ? [{ kind: "vision.updated" as const }] : []),
  ],
  message: () => "corrected",
});
