"use server";

import { explainCheck } from "@/lib/consistency/explanations";
import { serviceAction } from "../form-action";

/** The secretariat's explanation of a 整合性チェック finding: public with the finding on the item's page. */
export const explainCheckAction = serviceAction("check.explain", explainCheck, {
  changes: (result) => [{ kind: "item.updated", itemNumber: result.itemNumber }],
  message: () => "explained",
});
