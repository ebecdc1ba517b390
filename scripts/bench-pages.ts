// The public pages as a citizen's phone and a busy day see them (`npm run bench`, part 2; needs a
// build): Lighthouse 12's mobile run in Debian's Chromium on six pages (performance, accessibility,
// LCP, bytes, font bytes, JS bytes), then requests per second at 50 connections for /items,
// /items/44 and /dashboard straight to server.mjs and through the shipped nginx and its cache, each
// as a ratio to nginx serving the same HTML as a file. One run; the machines are noisy.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { nginxBinary, type RunningNginx, startNginx, startShippedNginx } from "../tests/support/shipped-nginx.ts";
import { startBenchServer } from "./bench-server.ts";

const LIGHTHOUSE_PAGES = ["/", "/items", "/items/44", "/dashboard", "/departments/01", "/vision"];
const RPS_PAGES = ["/items", "/items/44", "/dashboard"];
/** Lighthouse runs per page; the table shows the median one (scores vary by several points run to run). */
const LIGHTHOUSE_RUNS = 5;
const kb = (bytes: number) => Math.round(bytes / 1024);

async function lighthouseRows(base: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const rows = [];
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      const runs = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
        const result = await lighthouse(base + page, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
        runs.push(result.lhr);
      }
      // The run with the median performance score, as Lighthouse's own guidance on variability advises.
      const scores = runs.map((lhr) => Math.round((lhr.categories.performance.score ?? 0) * 100));
      const lhr = runs[scores.indexOf([...scores].sort((x, y) => x - y)[Math.floor(runs.length / 2)])];
      const resources = (
        lhr.audits["resource-summary"].details as unknown as { items: { resourceType: string; transferSize: number }[] }
      ).items;
      const transfer = (type: string) => resources.find((r) => r.resourceType === type)?.transferSize ?? 0;
      rows.push({
        page,
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        runs: scores.join(" "),
        accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        "LCP s": ((lhr.audits["largest-contentful-paint"].numericValue ?? 0) / 1000).toFixed(1),
        "TBT ms": Math.round(lhr.audits["total-blocking-time"].numericValue ?? 0),
        "bytes KB": kb(transfer("total")),
        "font KB": kb(transfer("font")),
        "JS KB": kb(transfer("script")),
        "HTML KB": kb(transfer("document")),
        // Lighthouse's own measure of this machine's CPU: its 4× slowdown multiplies whatever the host gives, so
        // scores from hosts of different speed compare only alongside it.
        "CPU index": Math.round(lhr.environment.benchmarkIndex),
      });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

/** Requests per second at 50 connections; failures (time-outs, non-2xx) are counted, not hidden. */
async function requestsPerSecond(url: string): Promise<{ rps: number; failed: number }> {
  const result = await autocannon({ url, connections: 50, duration: 10 });
  return { rps: Math.round(result.requests.average), failed: result.errors + result.non2xx };
}

/** nginx serving each page's HTML, as the app renders it, from a file. */
async function staticNginx(port: number, base: string): Promise<RunningNginx> {
  const pages = await Promise.all(RPS_PAGES.map(async (page) => [page, await (await fetch(base + page)).text()]));
  return startNginx(port, (dir) => {
    for (const [page, html] of pages)
      fs.writeFileSync(path.join(dir, `${page.slice(1).replaceAll("/", "-")}.html`), html);
    return `server {\n  listen 127.0.0.1:${port};\n  root ${dir};\n  default_type "text/html; charset=utf-8";\n}\n`;
  });
}

export async function pagesBench(): Promise<void> {
  const port = Number(process.env.BENCH_PORT ?? 3290);
  const server = await startBenchServer(port, {
    DATABASE_URL: "",
    PGLITE_DIR: path.join(os.tmpdir(), `portal-bench-${process.pid}`),
  });
  const { base } = server;
  try {
    for (const page of LIGHTHOUSE_PAGES) await fetch(base + page);
    console.log("\nLighthouse 12, mobile (simulated slow 4G, 4× CPU slowdown), Chromium, through server.mjs");
    console.table(await lighthouseRows(base));

    if (!nginxBinary()) {
      console.log("\nRequests per second: skipped, nginx is not installed (apt-get install nginx-light)");
      return;
    }
    const [proxy, files] = [
      await startShippedNginx({ port: port + 2, upstreams: [port] }),
      await staticNginx(port + 3, base),
    ];
    try {
      const rows = [];
      for (const page of RPS_PAGES) {
        const file = await requestsPerSecond(`${files.base}/${page.slice(1).replaceAll("/", "-")}.html`);
        const direct = await requestsPerSecond(base + page);
        await fetch(proxy.base + page);
        const cached = await requestsPerSecond(proxy.base + page);
        rows.push({
          page,
          "nginx, file": file.rps,
          "server.mjs": direct.rps,
          "ratio direct": (direct.rps / file.rps).toFixed(2),
          "shipped nginx cache": cached.rps,
          "ratio cache": (cached.rps / file.rps).toFixed(2),
          failed: file.failed + direct.failed + cached.failed,
        });
      }
      console.log("\nRequests per second, 50 connections, 10 s each (ratios to nginx serving the same HTML as a file)");
      console.table(rows);
    } finally {
      await proxy.stop();
      await files.stop();
    }
  } finally {
    server.stop();
  }
}
