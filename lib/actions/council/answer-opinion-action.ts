"use server";

import { answerOpinion } from "@/lib/council/opinions";
import { formAction } from "../form-action";

/** 対応 (answer) to an opinion: `opinionId`, `respondedAt` (the answer time seen, empty if none), `response`. */
export const answerOpinionAction = formAction({
  name: "opinion.answer",
  run: ({ db, ctx, values }) => answerOpinion(db, ctx, values),
  changes: () => [{ kind: "opinion.updated" }],
  message: () => "answered",
  echo: (_result, values) => values,
});
