import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const url = process.argv[2];
const flags = (process.argv[3] ?? "").split(" ").filter(Boolean);
const chrome = await chromeLauncher.launch({
  chromePath: "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", ...flags],
});
const r = await lighthouse(url, {
  port: chrome.port,
  output: "json",
  logLevel: "error",
  onlyCategories: ["performance"],
});
await chrome.kill();
const art: any = r!.artifacts;
const events = (art.Trace ?? art.traces?.defaultPass).traceEvents as any[];
const navE = events.find((e) => e.name === "navigationStart" && e.args?.data?.documentLoaderURL?.startsWith("http"));
const nav = navE.ts,
  pid = navE.pid;
const names = [
  "SetLayerTreeId",
  "BeginMainThreadFrame",
  "firstPaint",
  "MarkDOMContent",
  "MarkLoad",
  "EvaluateScript",
  "FunctionCall",
  "Layout",
  "Paint",
  "SetLayerTreeId",
  "NeedsBeginFrameChanged",
  "PageTimingMetricsSender::SendNow",
];
const out: string[] = [];
for (const e of events.filter((e) => e.pid === pid && names.includes(e.name)))
  out.push(`${((e.ts - nav) / 1000).toFixed(0)} ${e.name}${e.dur ? ":" + (e.dur / 1000).toFixed(0) : ""}`);
console.log(out.slice(0, 80).join("\n"));
const lhr = r!.lhr;
console.log("perf", lhr.categories.performance.score, "LCP", lhr.audits["largest-contentful-paint"].numericValue);
