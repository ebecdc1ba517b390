"use server";

import type { Change } from "@/lib/cache/changes";
import {
  applyPlanImport,
  type PlanImportPreview,
  type PlanImportResult,
  previewPlanImport,
} from "@/lib/plan/import-plan";
import { formAction } from "../form-action";
import { confirmedUpload, uploadedFile } from "../upload-file";

/** 内容を確認: what importing the chosen plan file would do; nothing is written. */
export const previewPlanImportAction = formAction<PlanImportPreview>({
  name: "plan.import.preview",
  run: async ({ db, ctx, formData }) => previewPlanImport(db, ctx, await uploadedFile(formData)),
  message: () => "previewed",
});

/** 取り込む: the previewed file again with its hash and the preview's digest, after the confirmation. */
export const applyPlanImportAction = formAction<PlanImportResult>({
  name: "plan.import.apply",
  run: async ({ db, ctx, values, formData }) => {
    const file = await confirmedUpload(values, formData);
    return applyPlanImport(db, ctx, { ...file, fileHash: values.fileHash, digest: values.digest });
  },
  // The municipality and the vision's indicators are content; each new or changed item its own page.
  changes: (result): Change[] => [
    { kind: "vision.updated" },
    { kind: "indicator.updated", itemNumber: null },
    ...result.itemNumbers.map((itemNumber) => ({ kind: "item.updated" as const, itemNumber })),
  ],
  message: () => "applied",
});
