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
const events = (art.Trace ?? art.traces?.defaultPass).traceEvents as any[];
const navE = events.find((e) => e.name === "navigationStart" && e.args?.data?.documentLoaderURL?.startsWith("http"));
const nav = navE.ts,
  pid = navE.pid;
const threads = new Map(events.filter((e) => e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
const from = Number(process.argv[3] ?? 600),
  to = Number(process.argv[4] ?? 2400);
const seen = new Map<string, number>();
for (const e of events.filter((e) => e.ts > nav + from * 1000 && e.ts < nav + to * 1000 && e.ph !== "M")) {
  const k = `${threads.get(`${e.pid}:${e.tid}`) ?? e.pid + ":" + e.tid} ${e.name}`;
  seen.set(k, (seen.get(k) ?? 0) + 1);
}
console.log(
  [...seen]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 60)
    .map(([k, v]) => `${v} ${k}`)
    .join("\n"),
);
console.log("pid", pid);
