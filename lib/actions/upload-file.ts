import "server-only";
import { z } from "zod";
import { ServiceError } from "../auth/errors.ts";
import type { FormValues } from "./action-state.ts";

// The file arrives as a File in the form data; the form wrapper's `values` hold strings only.
const uploadSchema = z.object({
  file: z.instanceof(File, { error: "fileRequired" }).refine((file) => file.name !== "", { error: "fileRequired" }),
});

// An import's 取り込む writes many records at once: its confirmation is checked here, as 公開's is.
const confirmationSchema = z.object({ confirm: z.string({ error: "required" }).min(1, { error: "required" }) });

/** The form's `file` as its name and bytes; a missing or unnamed one is a field error on `file`. */
export async function uploadedFile(formData: FormData): Promise<{ fileName: string; bytes: Uint8Array }> {
  const parsed = uploadSchema.safeParse({ file: formData.get("file") });
  if (!parsed.success) throw new ServiceError("invalid", { zod: parsed.error, field: "file" });
  const { file } = parsed.data;
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The file again for 取り込む, once the form's confirmation is checked. */
export async function confirmedUpload(
  values: FormValues,
  formData: FormData,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const confirmed = confirmationSchema.safeParse(values);
  if (!confirmed.success) throw new ServiceError("invalid", { zod: confirmed.error });
  return uploadedFile(formData);
}
