"use server";

import { publishOpinion } from "@/lib/council/opinions";
import { formAction } from "../form-action";

/** 公開 of an answered opinion: `opinionId`, `respondedAt` (the answer time seen). */
export const publishOpinionAction = formAction({
  name: "opinion.publish",
  run: ({ db, ctx, values }) => publishOpinion(db, ctx, values),
  changes: (result) => [{ kind: "opinion.published", itemNumber: result.itemNumber }],
  message: () => "published",
  echo: (_result, values) => values,
});
