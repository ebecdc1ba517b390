import "server-only";
import type { Tx } from "../db/tx.ts";

/** Arbitrary key of the transaction lock between freezing an edition and publishing. */
const EDITION_LOCK_ID = 7_204_119;

/**
 * Freezing reads the published reports and their KPI values in several statements: a
 * publication committing between them would be half in the edition. Freezing takes the
 * lock exclusively and publication shared, so publications still run side by side and an
 * edition holds a publication entirely or not at all. Taken before either reads anything.
 */
export async function lockForFreeze(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${EDITION_LOCK_ID})`);
}

export async function lockForPublication(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock_shared(${EDITION_LOCK_ID})`);
}
