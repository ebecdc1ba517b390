"use server";

import { answerOpinion } from "@/lib/council/opinions";
import { serviceAction } from "../form-action";

/** 対応 (answer) to an opinion: `opinionId`, `respondedAt` (the answer time seen, empty if none), `response`. */
export const answerOpinionAction = serviceAction("opinion.answer", answerOpinion, {
  changes: () => [{ kind: "opinion.updated" }],
  message: () => "answered",
  echo: (_result, values) => values,
});
