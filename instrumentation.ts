// Opens the database when the server starts, so migrations and the first import
// run before the first visitor arrives (not while `next build` prerenders).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("./lib/db/runtime.ts");
  await getDb();
}
