import "server-only";

export type { Db } from "./create-client.ts";
export { getDb } from "./runtime.ts";
