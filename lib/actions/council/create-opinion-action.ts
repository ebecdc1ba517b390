"use server";

import { createOpinion } from "@/lib/council/opinions";
import { serviceAction } from "../form-action";

/** 意見の登録 (`target` = item with `item`, its number or title, or period with `periodId`; `body`). */
export const createOpinionAction = serviceAction("opinion.create", createOpinion, {
  changes: () => [{ kind: "opinion.updated" }],
  message: () => "created",
  // The next opinion starts empty but on the same kind of target.
  echo: (_result, values) => ({ target: values.target ?? "item", periodId: values.periodId ?? "" }),
});
