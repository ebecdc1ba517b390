import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const base = process.argv[2];
const pages = process.argv.slice(3);
const chrome = await chromeLauncher.launch({
  chromePath: "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
for (const page of pages) {
  const r = await lighthouse(base + page, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
  });
  const lhr = r!.lhr;
  fs.writeFileSync(`/tmp/lhd/${page.replaceAll("/", "_") || "root"}.json`, JSON.stringify(lhr));
  const a = lhr.audits;
  const n = (k: string) => Math.round(a[k].numericValue ?? 0);
  console.log(
    page,
    "perf",
    Math.round(lhr.categories.performance.score! * 100),
    "FCP",
    n("first-contentful-paint"),
    "LCP",
    n("largest-contentful-paint"),
    "TBT",
    n("total-blocking-time"),
    "SI",
    n("speed-index"),
    "CLS",
    a["cumulative-layout-shift"].numericValue,
    "DOM",
    n("dom-size"),
  );
  const mt = (a["mainthread-work-breakdown"].details as any).items
    .map((i: any) => `${i.group}:${Math.round(i.duration)}`)
    .join(" ");
  console.log("  main", mt);
  const bt = (a["bootup-time"].details as any).items
    .map((i: any) => `${i.url.split("/").pop()}:${Math.round(i.scripting)}/${Math.round(i.scriptParseCompile)}`)
    .join(" ");
  console.log("  boot", bt);
  const lt = (a["long-tasks"]?.details as any)?.items
    ?.map((i: any) => `${i.url.split("/").pop()}@${Math.round(i.startTime)}:${Math.round(i.duration)}`)
    .join(" ");
  console.log("  long", lt);
  const lcpEl = (a["largest-contentful-paint-element"]?.details as any)?.items?.[0]?.items?.[0]?.node?.snippet;
  console.log(
    "  lcpEl",
    lcpEl,
    JSON.stringify((a["largest-contentful-paint-element"]?.details as any)?.items?.[1]?.items),
  );
}
await chrome.kill();
