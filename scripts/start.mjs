// `npm start`: build once if there is no build yet, then serve. The database
// (embedded PGlite unless DATABASE_URL is set) is migrated and filled with the
// city's data by the server itself on its first request.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!fs.existsSync(".next/BUILD_ID") || process.env.FORCE_BUILD === "1") run("npm", ["run", "build"]);
run("npx", ["next", "start", "-p", process.env.PORT ?? "3000"]);
