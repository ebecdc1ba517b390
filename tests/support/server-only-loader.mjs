// Lets a plain Node process (a test's child) load server modules, as vitest's alias does: the
// "server-only" guard resolves to an empty module. Use: node --import tsx --import ./tests/support/server-only-loader.mjs
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
