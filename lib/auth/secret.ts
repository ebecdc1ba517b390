import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

let cached: string | undefined;

/**
 * The key that signs and encrypts sessions: NEXTAUTH_SECRET when set, otherwise
 * a random key kept beside the embedded database, so `npm start` needs no setup
 * and sessions survive restarts. Several instances must share NEXTAUTH_SECRET.
 */
export function getAuthSecret(): string {
  if (cached) return cached;
  if (process.env.NEXTAUTH_SECRET) {
    cached = process.env.NEXTAUTH_SECRET;
    return cached;
  }
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    cached = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
  } catch {
    fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    // "wx" fails if another process wrote it first; then read theirs.
    try {
      fs.writeFileSync(/*turbopackIgnore: true*/ file, secret, { flag: "wx", mode: 0o600 });
      cached = secret;
    } catch {
      cached = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
    }
  }
  return cached;
}
