import type { z } from "zod";
import { ServiceError } from "../auth/errors.ts";

/** A service's parsed input, or the `invalid` refusal that carries zod's issues to the form (all under `field` when given). */
export function validInput<T>(parsed: z.ZodSafeParseResult<T>, field?: string): T {
  if (!parsed.success)
    throw new ServiceError("invalid", { zod: parsed.error, ...(field === undefined ? {} : { field }) });
  return parsed.data;
}
