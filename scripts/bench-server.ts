// The production server as the benches start it: server.mjs on one port, in its own process group
// (so stopping it stops its workers), answering /api/health before the bench goes on.
import { spawn } from "node:child_process";

/** Waits until `url` answers 200 (a server starting), or throws at the deadline. */
export async function waitFor(url: string, deadline: number) {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export interface BenchServer {
  base: string;
  stop(): void;
}

/** Starts server.mjs on 127.0.0.1:`port` with `env` over the bench's own environment. */
export async function startBenchServer(
  port: number,
  env: Record<string, string>,
  startupMs = 120_000,
): Promise<BenchServer> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node", ["server.mjs"], {
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
    detached: true,
  });
  const stop = () => process.kill(-server.pid!, "SIGTERM");
  try {
    await waitFor(`${base}/api/health`, Date.now() + startupMs);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}
