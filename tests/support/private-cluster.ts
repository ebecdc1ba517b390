// A PostgreSQL cluster of a test's own (initdb in a temporary directory, a free port), which a
// failure drill may kill without touching the server other tests share.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** The directory of the installed PostgreSQL's programs (initdb, pg_ctl), or null. */
export function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((name) => fs.existsSync(path.join(root, name, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(root, versions[0], "bin") : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export class PrivateCluster {
  private constructor(
    private readonly bin: string,
    readonly dir: string,
    readonly port: number,
    // PostgreSQL refuses to run as root: as root, its programs run as the postgres user.
    private readonly asUser: string | null,
  ) {}

  /** Creates the cluster (not yet started). */
  static async create(): Promise<PrivateCluster> {
    const bin = postgresBinDir();
    if (!bin) throw new Error("PostgreSQL's programs (initdb, pg_ctl) are not installed");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-"));
    const asUser = process.getuid?.() === 0 ? "postgres" : null;
    if (asUser) {
      const uid = Number(execFileSync("id", ["-u", asUser], { encoding: "utf8" }));
      const gid = Number(execFileSync("id", ["-g", asUser], { encoding: "utf8" }));
      fs.chownSync(dir, uid, gid);
    }
    const cluster = new PrivateCluster(bin, dir, await freePort(), asUser);
    cluster.run("initdb", ["-D", path.join(dir, "data"), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
    return cluster;
  }

  get url(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private run(program: string, args: string[]): void {
    const file = path.join(this.bin, program);
    const [command, commandArgs] = this.asUser ? ["runuser", ["-u", this.asUser, "--", file, ...args]] : [file, args];
    execFileSync(command, commandArgs, { stdio: ["ignore", "ignore", "pipe"], cwd: this.dir });
  }

  /** Starts the server and waits until it accepts connections (after crash recovery, if any). */
  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`;
    this.run("pg_ctl", [
      "-D",
      path.join(this.dir, "data"),
      "-o",
      options,
      "-l",
      path.join(this.dir, "log"),
      "-w",
      "-t",
      "60",
      "start",
    ]);
  }

  /** Stops the server the way a crash does: no checkpoint, every connection cut. */
  stopImmediately(): void {
    this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-m", "immediate", "-w", "stop"]);
  }

  /** Stops the server (if it runs) and deletes the cluster. */
  destroy(): void {
    try {
      this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-m", "immediate", "-w", "stop"]);
    } catch {
      // It was not running.
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
