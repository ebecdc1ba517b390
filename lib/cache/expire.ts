import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { type Change, cacheTargetsOf } from "./changes.ts";

/** Expires what the changes made stale; inside a Server Action, so the author sees the change at once. */
export function expireCaches(changes: readonly Change[]): void {
  const { tags, paths } = cacheTargetsOf(changes);
  for (const tag of tags) updateTag(tag);
  for (const { path, type } of paths) revalidatePath(path, type);
}
