"use server";

import { z } from "zod";
import { ServiceError } from "@/lib/auth/errors";
import type { Change } from "@/lib/cache/changes";
import {
  applyPlanImport,
  type PlanImportPreview,
  type PlanImportResult,
  previewPlanImport,
} from "@/lib/plan/import-plan";
import { formAction } from "../form-action";

// The file arrives as a File in the form data; the wrapper's `values` hold strings only.
const uploadSchema = z.object({
  file: z.instanceof(File, { error: "fileRequired" }).refine((file) => file.name !== "", { error: "fileRequired" }),
});

// 取り込む changes the plan itself: the confirmation is checked here, as 公開's is.
const confirmationSchema = z.object({ confirm: z.string({ error: "required" }).min(1, { error: "required" }) });

async function upload(formData: FormData) {
  const parsed = uploadSchema.safeParse({ file: formData.get("file") });
  if (!parsed.success) throw new ServiceError("invalid", { zod: parsed.error, field: "file" });
  const { file } = parsed.data;
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** 内容を確認: what importing the chosen plan file would do; nothing is written. */
export const previewPlanImportAction = formAction<PlanImportPreview>({
  name: "plan.import.preview",
  run: async ({ db, ctx, formData }) => previewPlanImport(db, ctx, await upload(formData)),
  message: () => "previewed",
});

/** 取り込む: the previewed file again with its hash and the preview's digest, after the confirmation. */
export const applyPlanImportAction = formAction<PlanImportResult>({
  name: "plan.import.apply",
  run: async ({ db, ctx, values, formData }) => {
    const confirmed = confirmationSchema.safeParse(values);
    if (!confirmed.success) throw new ServiceError("invalid", { zod: confirmed.error });
    const file = await upload(formData);
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
