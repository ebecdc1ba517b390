import { z } from "zod";
import type { ActionState } from "../action-state.ts";

/** Why a whole file was refused (a SurveyFileError code or "wrong_period"), with the catalog's parameters. */
export interface FileRefusal {
  reason: string;
  params: Record<string, string>;
}

const PARAM_PREFIX = "file.";

/**
 * A refused file as the zod error the action wrapper turns into field errors: the file field's
 * error is the reason, each parameter a field error of its own under `file.`. The wrapper's
 * failure state carries a service error's code and zod issues only, so this is the way a
 * refusal's parameters (the sheet, the period, the limit) reach the page.
 */
export function refusalIssues({ reason, params }: FileRefusal): z.ZodError {
  return new z.ZodError([
    { code: "custom", path: ["file"], message: reason, input: undefined },
    ...Object.entries(params).map(([name, value]) => ({
      code: "custom" as const,
      path: [`${PARAM_PREFIX}${name}`],
      message: value,
      input: undefined,
    })),
  ]);
}

/** The refusal an action's state carries (see refusalIssues), or null when the file was not refused. */
export function refusalOf(state: Pick<ActionState, "ok" | "message" | "fieldErrors">): FileRefusal | null {
  const errors = state.fieldErrors;
  if (state.ok || state.message !== "invalid_file" || !errors?.file) return null;
  const params = Object.fromEntries(
    Object.entries(errors)
      .filter(([key]) => key.startsWith(PARAM_PREFIX))
      .map(([key, value]) => [key.slice(PARAM_PREFIX.length), value]),
  );
  return { reason: errors.file, params };
}
