"use server";

import { publishOpinion } from "@/lib/council/opinions";
import { serviceAction } from "../form-action";

/** 公開 of an answered opinion: `opinionId`, `respondedAt` (the answer time seen). */
export const publishOpinionAction = serviceAction("opinion.publish", publishOpinion, {
  changes: (result) => [{ kind: "opinion.published", itemNumber: result.itemNumber }],
  message: () => "published",
  echo: (_result, values) => values,
});
