import { chromium } from "@playwright/test";

const url = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless=new"] });
const page = await browser.newPage();
await browser.startTracing(page, {
  categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "loading", "blink.user_timing"],
});
await page.goto(url, { waitUntil: "networkidle" });
const buf = await browser.stopTracing();
await browser.close();
const events = JSON.parse(buf.toString()).traceEvents as any[];
const nav =
  events.find((e) => e.name === "navigationStart" || e.name === "NavigationTiming")?.ts ??
  Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
const rendererMain = events.find((e) => e.name === "thread_name" && e.args.name === "CrRendererMain");
const fp = events.filter((e) =>
  [
    "firstPaint",
    "firstContentfulPaint",
    "largestContentfulPaint::Candidate",
    "domContentLoadedEventEnd",
    "MarkDOMContent",
  ].includes(e.name),
);
for (const e of fp) console.log("mark", e.name, ((e.ts - nav) / 1000).toFixed(0));
const tasks = events.filter((e) => e.name === "RunTask" && e.dur > 15000 && e.tid === rendererMain?.tid);
for (const t of tasks) {
  const inner = events.filter(
    (e) => e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 3000 && e.name !== "RunTask",
  );
  console.log(
    ((t.ts - nav) / 1000).toFixed(0),
    (t.dur / 1000).toFixed(0),
    inner
      .map(
        (e) =>
          `${e.name}${e.args?.data?.url ? "(" + e.args.data.url.split("/").pop() + ")" : ""}:${(e.dur / 1000).toFixed(0)}`,
      )
      .join(" "),
  );
}
