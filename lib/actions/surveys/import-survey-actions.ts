"use server";

import {
  applySurveyImport,
  type ImportPreview,
  type ImportResult,
  previewSurveyImport,
} from "@/lib/surveys/import-survey";
import { formAction } from "../form-action";
import { confirmedUpload, uploadedFile } from "../upload-file";

/** 内容を確認: what importing the chosen file would do, row by row; nothing is written. */
export const previewSurveyImportAction = formAction<ImportPreview>({
  name: "survey.import.preview",
  run: async ({ db, ctx, formData }) => {
    const file = await uploadedFile(formData);
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
    const file = await confirmedUpload(values, formData);
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
