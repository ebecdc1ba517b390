// `npm start`: build once if there is no build yet, then serve. The database
// (embedded PGlite unless DATABASE_URL is set) is migrated and filled with the
// city's data by the server itself on its first request; with PLAN_FILE=path/to/plan.xlsx an empty
// database gets that plan instead (the build reads it too, so it must exist before building).
import { spawnSync } from "node:child_process";
import fs from "node:fs";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.env.PLAN_FILE && !fs.existsSync(process.env.PLAN_FILE)) {
  console.error(`PLAN_FILE: ファイル「${process.env.PLAN_FILE}」がありません。`);
  process.exit(1);
}
if (!fs.existsSync(".next/BUILD_ID") || process.env.FORCE_BUILD === "1") run("npm", ["run", "build"]);
// server.mjs rather than `next start`: it tells the app the connection's peer address (PORT, HOSTNAME).
run(process.execPath, ["server.mjs"]);
