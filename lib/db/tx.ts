import type { Db } from "./create-client.ts";

/** A Prisma interactive-transaction client. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Interactive transactions long enough for PGlite on a busy machine. */
export const TX_OPTIONS = { timeout: 30_000, maxWait: 30_000 } as const;

/**
 * Lifts the pool's statement timeout for the rest of a transaction: for waiting on another
 * instance's start-up (a lock held through a whole import) and for migration steps.
 */
export async function withoutStatementTimeout(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe("SET LOCAL statement_timeout = 0");
}
