import { z } from "zod";

/** PostgreSQL's int4, the type of every id, item number and version column. */
export const MAX_INT4 = 2_147_483_647;

/**
 * A whole number from a URL, a form or a client that names a row (an id, an
 * item number) or a version: digits only (no sign, exponent or decimal point),
 * at most ten of them and within int4. Anything else is not a valid id, so it
 * is answered as unknown (404) or as the form's typed error, never handed to
 * the database, which would fail on a value beyond int4. `min: 0` where 0 means
 * "none yet" (a new report's base); `error` is the message zod's issues carry.
 */
export function intId({ min = 1, error }: { min?: 0 | 1; error?: string } = {}) {
  return z.coerce
    .string({ error })
    .trim()
    .regex(/^\d{1,10}$/, { error })
    .transform(Number)
    .pipe(z.number().int().min(min, { error }).max(MAX_INT4, { error }));
}

/** A positive id or item number (see `intId`). */
export const idSchema = intId();

/** A path segment or query value as an id, or null when it is none (the page answers 404). */
export function parseId(raw: unknown): number | null {
  const parsed = idSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
