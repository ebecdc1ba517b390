// The shipped reverse proxy (deploy/nginx.conf) run in a temporary directory in front of test
// servers, for the e2e test of its cache and the load bench. Only what a test machine cannot have
// is changed, each change checked: plain HTTP on a free port instead of TLS on 443 (no
// certificate), no port-80 redirect, the test servers as the upstream, the cache in the temporary
// directory. Every proxy and cache directive is the shipped one.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SHIPPED = path.join(import.meta.dirname, "../../deploy/nginx.conf");

/** The nginx binary, or null when the machine has none (`apt-get install nginx-light`). */
export function nginxBinary(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  return null;
}

/** Replaces `pattern` in `text`, or throws: a change to the shipped file must not go unnoticed. */
function swap(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`deploy/nginx.conf no longer has ${pattern}`);
  return text.replace(pattern, replacement);
}

/** The shipped server configuration with the test machine's changes (see the file's head). */
export function testSiteConfig(
  shipped: string,
  { port, upstreams, dir }: { port: number; upstreams: number[]; dir: string },
) {
  let site = shipped;
  site = swap(site, /\/var\/cache\/nginx\/portal/, path.join(dir, "cache"));
  site = swap(
    site,
    /(upstream portal \{\n)(?:\s*#[^\n]*\n)*(?:\s*server 127\.0\.0\.1:\d+[^\n]*\n)+/,
    `$1${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=3 fail_timeout=10s;\n`).join("")}`,
  );
  site = swap(site, /server \{\n\s*listen 80;[\s\S]*?\n\}\n/, "");
  site = swap(site, /listen 443 ssl http2;/, `listen 127.0.0.1:${port};`);
  site = swap(site, /\s*listen \[::\]:443 ssl http2;/, "");
  site = swap(site, /(\n\s*ssl_[^\n]*;)+/, "");
  return site;
}

export interface RunningNginx {
  base: string;
  stop(): Promise<void>;
}

/** Starts nginx with the shipped site on `port` in front of `upstreams`; resolves once it answers. */
export async function startShippedNginx({
  port,
  upstreams,
}: {
  port: number;
  upstreams: number[];
}): Promise<RunningNginx> {
  const shipped = fs.readFileSync(SHIPPED, "utf8");
  return startNginx(port, (dir) => testSiteConfig(shipped, { port, upstreams, dir }));
}

/** Starts nginx in a temporary directory with the site `siteOf(dir)` gives; resolves once it answers on `port`. */
export async function startNginx(port: number, siteOf: (dir: string) => string): Promise<RunningNginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error("nginx is not installed");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-nginx-"));
  fs.mkdirSync(path.join(dir, "cache"));
  fs.writeFileSync(path.join(dir, "portal.conf"), siteOf(dir));
  const temp = (name: string) => path.join(dir, name);
  // As root, nginx's workers run as nobody: they must reach the cache in the temporary directory.
  if (process.getuid?.() === 0) execFileSync("chmod", ["-R", "a+rwx", dir]);
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      "daemon off;",
      "worker_processes 2;",
      `pid ${temp("nginx.pid")};`,
      `error_log ${temp("error.log")} warn;`,
      "events { worker_connections 4096; }",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  access_log off;",
      `  client_body_temp_path ${temp("body")};`,
      `  proxy_temp_path ${temp("proxy")};`,
      `  fastcgi_temp_path ${temp("fastcgi")};`,
      `  uwsgi_temp_path ${temp("uwsgi")};`,
      `  scgi_temp_path ${temp("scgi")};`,
      `  include ${temp("portal.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  const child: ChildProcess = spawn(binary, ["-c", path.join(dir, "nginx.conf"), "-p", dir], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${fs.readFileSync(temp("error.log"), "utf8")}`);
    const answered = await fetch(`${base}/api/health`).catch(() => null);
    if (answered) break;
    if (Date.now() > until) throw new Error("nginx did not answer");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    async stop() {
      child.kill("SIGQUIT");
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
