import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The production server (server.mjs) on its own embedded database: SIGTERM lets the requests in
// flight finish, refuses new ones, closes the database cleanly and exits; the next start opens the
// same directory with every write there. Every request is one JSON line with its id.
const port = Number(process.env.E2E_PORT ?? 3210) + 2;
const base = `http://127.0.0.1:${port}`;

interface Answer {
  status: number;
  bytes: number;
  at: number;
  requestId?: string;
}

function get(pathname: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${pathname}`, { agent: false }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          bytes,
          at: Date.now(),
          requestId: response.headers["x-request-id"] as string | undefined,
        }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

function start(dir: string): { child: ChildProcess; lines: string[]; exited: Promise<number | null> } {
  const child = spawn("node", ["server.mjs"], {
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", PGLITE_DIR: dir, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: string[] = [];
  let rest = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const text = rest + chunk.toString("utf8");
    const parts = text.split("\n");
    rest = parts.pop() ?? "";
    lines.push(...parts.filter(Boolean));
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, lines, exited };
}

async function waitHealthy(): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const answer = await get("/api/health").catch(() => null);
    if (answer?.status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not become healthy");
}

test("SIGTERM drains: requests in flight finish, new ones are refused, the database closes and reopens", async () => {
  test.setTimeout(300_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-drain-"));
  const first = start(dir);
  try {
    await waitHealthy();

    // 20 workbooks at once on 2 cores: most are still being built when the signal comes.
    const inFlight = Array.from({ length: 20 }, () => get("/api/v1/datasets/items.xlsx"));
    await Promise.race(inFlight);
    const signalledAt = Date.now();
    first.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 100));
    const late = await get("/api/health").catch((error: NodeJS.ErrnoException) => error.code);

    const answers = await Promise.all(inFlight);
    const code = await first.exited;
    const stoppedAt = Date.now();

    expect(answers.every((a) => a.status === 200 && a.bytes > 1000)).toBe(true);
    expect(answers.filter((a) => a.at > signalledAt).length).toBeGreaterThan(0);
    expect(late).toBe("ECONNREFUSED");
    expect(code).toBe(0);
    expect(stoppedAt - signalledAt).toBeLessThan(10_000);

    // One JSON line per request, with the id the response carried (Next itself prints one plain line
    // while it reads next.config.ts).
    const logged = first.lines
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg: string; requestId?: string; path?: string });
    const requests = logged.filter((entry) => entry.msg === "request");
    for (const answer of answers) expect(requests.map((r) => r.requestId)).toContain(answer.requestId);
    expect(logged.map((entry) => entry.msg)).toEqual(expect.arrayContaining(["ready", "draining", "stopped"]));
  } finally {
    first.child.kill("SIGKILL");
  }

  // The directory the first server closed opens again, with the plan it loaded.
  const second = start(dir);
  try {
    await waitHealthy();
    const items = await new Promise<string>((resolve, reject) =>
      http
        .get(`${base}/api/v1/items`, { agent: false }, (response) => {
          let body = "";
          response.on("data", (chunk) => {
            body += chunk;
          });
          response.on("end", () => resolve(body));
        })
        .on("error", reject),
    );
    expect(JSON.parse(items).items).toHaveLength(118);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  } finally {
    second.child.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
