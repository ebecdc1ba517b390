import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const url = process.argv[2];
const chrome = await chromeLauncher.launch({
  chromePath: "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const r = await lighthouse(url, {
  port: chrome.port,
  output: "json",
  logLevel: "error",
  onlyCategories: ["performance"],
});
await chrome.kill();
const art: any = r!.artifacts;
const trace = art.Trace ?? art.traces?.defaultPass;
const events = trace.traceEvents as any[];
const nav = events.find(
  (e) =>
    e.name === "navigationStart" &&
    e.args?.data?.isLoadingMainFrame &&
    e.args.data.documentLoaderURL?.startsWith("http"),
)?.ts;
const mainPid = events.find(
  (e) => e.name === "navigationStart" && e.args?.data?.documentLoaderURL?.startsWith("http"),
)?.pid;
const main = events.find((e) => e.name === "thread_name" && e.args.name === "CrRendererMain" && e.pid === mainPid);
for (const e of events.filter(
  (e) =>
    e.pid === mainPid &&
    ["firstPaint", "firstContentfulPaint", "largestContentfulPaint::Candidate", "MarkDOMContent", "MarkLoad"].includes(
      e.name,
    ),
))
  console.log("mark", e.name, ((e.ts - nav) / 1000).toFixed(0));
for (const e of events.filter((e) => e.name === "ResourceSendRequest" && e.pid === mainPid))
  console.log("req", ((e.ts - nav) / 1000).toFixed(0), e.args.data.url.split("/").pop());
for (const e of events.filter((e) => e.name === "ResourceFinish" && e.pid === mainPid))
  console.log("fin", ((e.ts - nav) / 1000).toFixed(0), e.args.data.requestId);
const tasks = events.filter((e) => e.name === "RunTask" && e.dur > 10000 && e.tid === main?.tid && e.pid === mainPid);
for (const t of tasks) {
  const inner = events.filter(
    (e) =>
      e.tid === t.tid &&
      e.pid === mainPid &&
      e.ts >= t.ts &&
      e.ts < t.ts + t.dur &&
      e.dur > 5000 &&
      e.name !== "RunTask",
  );
  console.log(
    ((t.ts - nav) / 1000).toFixed(0),
    (t.dur / 1000).toFixed(0),
    inner
      .slice(0, 6)
      .map(
        (e) =>
          `${e.name}${e.args?.data?.url ? "(" + e.args.data.url.split("/").pop() + ")" : ""}:${(e.dur / 1000).toFixed(0)}`,
      )
      .join(" "),
  );
}
