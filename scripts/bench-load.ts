// Load on PostgreSQL through the production server (server.mjs): 50 signed-in editors saving drafts
// of their own items through the report form's Server Action, as the browser calls it, while 200
// citizens read the public pages and the API, for 60 s. Reports p50/p95 of each side, errors, and
// lost updates: after the run, every editor's item must hold the last save the server acknowledged.
// Run twice: straight to the app, and as a city deploys it, through the shipped nginx with its
// cache (tests/support/shipped-nginx.ts; skipped without nginx).
// Needs a build (`npm run build`) and a PostgreSQL server (BENCH_DATABASE_URL, else
// TEST_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres); run by `npm run bench`.
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import autocannon from "autocannon";
import pg from "pg";
import { closeDb, createDb, type Db } from "../lib/db/create-client.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { insertUserAsOperator, userFieldsSchema } from "../lib/users/manage-users.ts";
import { nginxBinary, startShippedNginx } from "../tests/support/shipped-nginx.ts";
import { type BenchServer, startBenchServer } from "./bench-server.ts";

const EDITORS = Number(process.env.BENCH_EDITORS ?? 50);
const READERS = Number(process.env.BENCH_READERS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PASSWORD = "bench-load-pass-2026";
const READ_PATHS = ["/", "/items", "/items/44", "/dashboard", "/departments/02", "/api/v1/items", "/api/v1/summary"];

// React's own encoder of a Server Action's arguments, as the browser's form sends them.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The id the build gave the report form's Server Action. */
function saveActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === "saveReportAction");
  if (!entry) throw new Error("saveReportAction is not in the build");
  return entry[0];
}

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

interface Editor {
  email: string;
  itemNumber: number;
  cookie: string;
  /** a documentation address (RFC 5737), forwarded by the one trusted proxy hop */
  address: string;
  /** the report and version the editor's next save builds on, as the form holds them */
  reportBase: { reportId: string; version: string };
  /** the text of the last save the server acknowledged, which the database must hold */
  acknowledged: string;
}

/** The plan, an open period and the editors, each on an item of their own. */
async function prepare(db: Db): Promise<Editor[]> {
  // The demo seed opens a reporting period, as a secretariat would before the departments report.
  await prepareDatabase(db, { ...process.env, SEED_DEMO_USERS: "1", ALLOW_DEMO_USERS: "1" });
  const items = await db.planItem.findMany({
    where: { sectionId: { not: null } },
    orderBy: { number: "asc" },
    take: EDITORS,
  });
  if (items.length < EDITORS) throw new Error(`only ${items.length} items have a section`);
  const editors: Editor[] = [];
  for (const [index, item] of items.entries()) {
    const email = `bench-editor-${index + 1}@bench.test`;
    await db.$transaction((tx) =>
      insertUserAsOperator(
        tx,
        userFieldsSchema.parse({
          email,
          name: `担当者${index + 1}`,
          role: "editor",
          sectionId: item.sectionId,
          bureauId: null,
        }),
        PASSWORD,
        "user.create_cli",
      ),
    );
    editors.push({
      email,
      itemNumber: item.number,
      cookie: "",
      address: `198.51.100.${index + 1}`,
      reportBase: { reportId: "0", version: "0" },
      acknowledged: "",
    });
  }
  return editors;
}

function cookiesOf(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
}

const header = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** Signs an editor in through next-auth's credentials endpoint, as the login form does. */
async function signIn(base: string, editor: Editor): Promise<void> {
  const jar = new Map<string, string>();
  const headers = { "x-forwarded-for": editor.address };
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email: editor.email, password: PASSWORD, json: "true" }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((name) => name.endsWith("session-token")))
    throw new Error(`${editor.email} was not signed in`);
  editor.cookie = header(jar);
}

interface SaveOutcome {
  ok: boolean;
  message?: string;
  result?: { reportId: number; version: number };
}

/** The action's result in a React Server Components answer: row 0 names the row that holds it. */
function actionResult(payload: string): SaveOutcome | null {
  const rows = new Map<string, string>();
  for (const line of payload.split("\n")) {
    const at = line.indexOf(":");
    if (at > 0) rows.set(line.slice(0, at), line.slice(at + 1));
  }
  const head = rows.get("0");
  if (!head) return null;
  const ref = /^\$@([0-9a-f]+)$/.exec((JSON.parse(head) as { a?: string }).a ?? "");
  const row = ref ? rows.get(ref[1]) : undefined;
  return row ? (JSON.parse(row) as SaveOutcome) : null;
}

interface EditorRun {
  latencies: number[];
  errors: string[];
}

/** One editor saving a draft after another until the deadline, each based on the version the last save wrote. */
async function editorLoop(base: string, actionId: string, editor: Editor, deadline: number): Promise<EditorRun> {
  const run: EditorRun = { latencies: [], errors: [] };
  for (let counter = 1; Date.now() < deadline; counter += 1) {
    const text = `負荷試験 ${editor.email} ${counter}`;
    const form = new FormData();
    const fields = {
      itemNumber: String(editor.itemNumber),
      baseReportId: editor.reportBase.reportId,
      baseVersion: editor.reportBase.version,
      status: "in_progress",
      evaluation: "B",
      progressPercent: String(counter % 100),
      achievements: text,
      issues: "",
      nextSteps: "",
      intent: "draft",
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const started = performance.now();
    try {
      const response = await fetch(`${base}/staff/items/${editor.itemNumber}/report`, {
        method: "POST",
        headers: {
          cookie: editor.cookie,
          "next-action": actionId,
          accept: "text/x-component",
          origin: base,
          "x-forwarded-for": editor.address,
        },
        body: await encodeReply([{ ok: false }, form]),
      });
      const outcome = actionResult(await response.text());
      run.latencies.push(performance.now() - started);
      if (response.status !== 200 || !outcome?.ok || !outcome.result) {
        run.errors.push(`${response.status} ${outcome?.message ?? "no result"}`);
        continue;
      }
      editor.reportBase = { reportId: String(outcome.result.reportId), version: String(outcome.result.version) };
      editor.acknowledged = text;
    } catch (error) {
      run.errors.push(String(error));
    }
  }
  return run;
}

/** 200 readers on the public pages and the API, each request to a random one of them. */
function readers(base: string): Promise<{ latencies: number[]; requests: number; errors: number; non2xx: number }> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: READERS,
        duration: SECONDS,
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              path: READ_PATHS[Math.floor(Math.random() * READ_PATHS.length)],
            }),
          },
        ],
      },
      (error, result) => {
        if (error) reject(error);
        else {
          console.log(
            JSON.stringify({
              errors: result.errors,
              timeouts: result.timeouts,
              non2xx: result.non2xx,
              codes: result.statusCodeStats,
              mismatches: result.mismatches,
              resets: result.resets,
            }),
          );
          resolve({ latencies, requests: result.requests.total, errors: result.errors, non2xx: result.non2xx });
        }
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** One run of the load: editors and readers at once for SECONDS, then the lost updates counted. */
async function loadRun(db: Db, base: string, actionId: string, editors: Editor[], how: string): Promise<void> {
  const deadline = Date.now() + SECONDS * 1000;
  const [reading, ...editing] = await Promise.all([
    readers(base),
    ...editors.map((editor) => editorLoop(base, actionId, editor, deadline)),
  ]);

  let lost = 0;
  for (const editor of editors) {
    const report = await db.progressReport.findFirst({ where: { item: { number: editor.itemNumber } } });
    if ((report?.achievements ?? "") !== editor.acknowledged) lost += 1;
  }
  const saves = editing.flatMap((run) => run.latencies);
  const saveErrors = editing.flatMap((run) => run.errors);
  console.log(`\nLoad on PostgreSQL, ${how}: ${EDITORS} editors saving, ${READERS} readers, ${SECONDS} s`);
  console.table([
    {
      side: "editors (draft saves)",
      requests: saves.length,
      "per s": Math.round(saves.length / SECONDS),
      "p50 ms": Math.round(percentile(saves, 50)),
      "p95 ms": Math.round(percentile(saves, 95)),
      errors: saveErrors.length,
      "lost updates": lost,
    },
    {
      side: "readers (pages, API)",
      requests: reading.requests,
      "per s": Math.round(reading.requests / SECONDS),
      "p50 ms": Math.round(percentile(reading.latencies, 50)),
      "p95 ms": Math.round(percentile(reading.latencies, 95)),
      errors: reading.errors + reading.non2xx,
      "lost updates": "",
    },
  ]);
  if (saveErrors.length > 0) console.log(`first save errors: ${saveErrors.slice(0, 5).join(" | ")}`);
}

export async function loadBench(): Promise<void> {
  const adminUrl =
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `portal_load_${crypto.randomBytes(6).toString("hex")}`;
  try {
    await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  } catch (error) {
    console.log(`\nLoad on PostgreSQL: skipped, no server at ${adminUrl} (${String(error)})`);
    return;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const db = createDb({ databaseUrl });
  const port = Number(process.env.BENCH_PORT ?? 3290) + 1;
  const base = `http://127.0.0.1:${port}`;
  let server: BenchServer | undefined;
  try {
    const editors = await prepare(db);
    server = await startBenchServer(
      port,
      {
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64"),
        TRUSTED_PROXY_HOPS: "1",
        SEED_DEMO_USERS: "",
      },
      180_000,
    );
    for (const editor of editors) await signIn(base, editor);
    for (const path of READ_PATHS) await fetch(base + path);

    const actionId = saveActionId();
    await loadRun(db, base, actionId, editors, "straight to the app");
    if (!nginxBinary()) {
      console.log("\nThrough the shipped nginx: skipped, nginx is not installed (apt-get install nginx-light)");
      return;
    }
    const nginx = await startShippedNginx({ port: port + 1, upstreams: [port] });
    try {
      for (const path of READ_PATHS) await fetch(nginx.base + path);
      await loadRun(db, nginx.base, actionId, editors, "through the shipped nginx and its cache");
    } finally {
      await nginx.stop();
    }
  } finally {
    server?.stop();
    await closeDb(db);
    await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(
      () => {},
    );
  }
}
