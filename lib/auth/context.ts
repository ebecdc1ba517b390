import type { MaybeActor } from "./actor.ts";

/** What every service call knows about the request it serves. */
export interface RequestContext {
  actor: MaybeActor;
  requestId?: string | null;
  ip?: string | null;
}
