"use server";

import { z } from "zod";
import { ServiceError } from "@/lib/auth/errors";
import {
  applySurveyImport,
  type ImportPreview,
  type ImportResult,
  previewSurveyImport,
} from "@/lib/surveys/import-survey";
import { formAction } from "../form-action";

// The file arrives as a File in the form data; the wrapper's `values` hold strings only.
const uploadSchema = z.object({
  file: z.instanceof(File, { error: "fileRequired" }).refine((file) => file.name !== "", { error: "fileRequired" }),
});

// 取り込む writes many reports at once: the confirmation is checked here, as 公開's is.
const confirmationSchema = z.object({ confirm: z.string({ error: "required" }).min(1, { error: "required" }) });

async function upload(formData: FormData) {
  const parsed = uploadSchema.safeParse({ file: formData.get("file") });
  if (!parsed.success) throw new ServiceError("invalid", { zod: parsed.error, field: "file" });
  const { file } = parsed.data;
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** 内容を確認: what importing the chosen file would do, row by row; nothing is written. */
export const previewSurveyImportAction = formAction<ImportPreview>({
  name: "survey.import.preview",
  run: async ({ db, ctx, formData }) => {
    const file = await upload(formData);
    return previewSurveyImport(db, ctx, file);
  },
  message: () => "previewed",
});

/**
 * 取り込む: the previewed file again, with what its preview said (`fileHash`, `expected` = the rows
 * it would apply, `bases` = the reports it compared against, as JSON); the valid rows become drafts.
 */
export const applySurveyImportAction = formAction<ImportResult>({
  name: "survey.import.apply",
  run: async ({ db, ctx, values, formData }) => {
    const confirmed = confirmationSchema.safeParse(values);
    if (!confirmed.success) throw new ServiceError("invalid", { zod: confirmed.error });
    const file = await upload(formData);
    return applySurveyImport(db, ctx, {
      ...file,
      fileHash: values.fileHash,
      expected: values.expected,
      bases: values.bases,
    });
  },
  changes: (result) => (result.applied > 0 ? [{ kind: "report.saved" }] : []),
  message: () => "applied",
});
