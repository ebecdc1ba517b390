// Sign-in throttling cannot be turned against a user: failures lock the
// (account, address) pair, not the account; refused attempts are not counted
// and write at most one audit record per throttled key and window; the typed
// e-mail is recorded only when it is an existing account's; expired limiter
// rows are purged.
import { afterEach, beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { authenticate } from "../../lib/auth/authenticate.ts";
import { PURGE_EVERY_MS } from "../../lib/auth/limit-store.ts";
import {
  ACCOUNT_FAILURES_PER_HOUR,
  ADDRESS_FAILURES_PER_MINUTE,
  LOCK_MS,
  PAIR_FAILURES,
} from "../../lib/auth/throttle.ts";
import { listUsers } from "../../lib/users/list-users.ts";
import { changeUser } from "../../lib/users/manage-users.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import { auditSince, ctxOf, FIXTURE_PASSWORD, lastAuditId, makeUser, uniqueEmail } from "../support/fixtures.ts";

const A = "203.0.113.7";
const B = "198.51.100.42";

describeOnDatabases("sign-in throttling", "migrated", (suite) => {
  let db: Db;
  let user: Actor;

  beforeAll(() => {
    db = suite.db;
  });

  beforeEach(async () => {
    await db.rateLimiterFlexible.deleteMany();
    user = await makeUser(db, { role: "council" });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const attempt = (password: string, ip: string | null, email: string = user.email) =>
    authenticate(db, { email, password, ip });
  const failed = { ok: false, reason: "invalid" };
  const throttled = { ok: false, reason: "throttled" };
  const limitRows = (prefix: string) =>
    db.rateLimiterFlexible.findMany({ where: { key: { startsWith: prefix } }, orderBy: { key: "asc" } });

  it("an attacker failing 50 times from one address does not keep the user out of another address", async () => {
    const mark = await lastAuditId(db);
    for (let i = 0; i < 50; i++)
      expect(await attempt("wrong-password", A)).toEqual(i < PAIR_FAILURES ? failed : throttled);

    // The user signs in from their own address at once.
    expect((await attempt(FIXTURE_PASSWORD, B)).ok).toBe(true);
    // The attacker's address is throttled for this account, even with the right password.
    expect(await attempt(FIXTURE_PASSWORD, A)).toEqual(throttled);

    // Only the failures that were heard are recorded, then one refusal for the locked pair.
    const audit = await auditSince(db, mark);
    expect(audit.map((a) => (a.after as { reason?: string }).reason ?? a.action)).toEqual([
      ...Array(PAIR_FAILURES).fill("password"),
      "throttled",
      "auth.sign_in",
    ]);
    expect(audit[PAIR_FAILURES]).toMatchObject({ action: "auth.sign_in_failed", outcome: "denied", ip: A });
  });

  it("attempts while locked neither count nor extend the lock; when it ends the right password works", async () => {
    for (let i = 0; i < PAIR_FAILURES; i++) await attempt("wrong-password", A);
    const counters = () =>
      db.rateLimiterFlexible.findMany({ where: { key: { startsWith: "signin-" } }, orderBy: { key: "asc" } });
    const before = await counters();
    const [locked] = before.filter((r) => r.key.startsWith("signin-pair:"));
    expect(locked.expire!.getTime()).toBeGreaterThan(Date.now() + LOCK_MS - 60_000);
    for (let i = 0; i < 20; i++) expect(await attempt(i % 2 ? FIXTURE_PASSWORD : "wrong", A)).toEqual(throttled);
    expect(await counters()).toEqual(before);
    // The account's own count took only the failures that were heard.
    expect(before.find((r) => r.key === `signin-account:${user.email}`)?.points).toBe(PAIR_FAILURES);

    // Lock over: the right password from the attacker's address works and clears the pair.
    await db.rateLimiterFlexible.update({ where: { key: locked.key }, data: { expire: new Date(Date.now() - 1000) } });
    expect((await attempt(FIXTURE_PASSWORD, A)).ok).toBe(true);
    expect(await limitRows("signin-pair:")).toEqual([]);
  });

  it("a wrong password from the user's own address still counts for that address", async () => {
    for (let i = 0; i < PAIR_FAILURES; i++) await attempt("wrong-password", A);
    expect(await attempt("typo-password", B)).toEqual(failed);
    const pairs = await limitRows("signin-pair");
    expect(pairs.map((p) => [JSON.parse(p.key.slice("signin-pair:".length))[1], p.points])).toEqual(
      expect.arrayContaining([
        [A, PAIR_FAILURES + 1],
        [B, 1],
      ]),
    );
    for (let i = 1; i < PAIR_FAILURES; i++) await attempt("typo-password", B);
    expect(await attempt(FIXTURE_PASSWORD, B)).toEqual(throttled);
    // A third address is still fine.
    expect((await attempt(FIXTURE_PASSWORD, "192.0.2.99")).ok).toBe(true);
  });

  it("a success resets the pair's count", async () => {
    for (let i = 0; i < PAIR_FAILURES - 1; i++) await attempt("wrong-password", A);
    expect((await attempt(FIXTURE_PASSWORD, A)).ok).toBe(true);
    for (let i = 0; i < PAIR_FAILURES - 1; i++) expect(await attempt("wrong-password", A)).toEqual(failed);
    expect((await attempt(FIXTURE_PASSWORD, A)).ok).toBe(true);
  });

  it("an attacker without a known address shares the 'unknown' address and cannot lock out a user with one", async () => {
    for (let i = 0; i < 30; i++) await attempt("wrong-password", null);
    expect(await attempt(FIXTURE_PASSWORD, null)).toEqual(throttled);
    expect((await attempt(FIXTURE_PASSWORD, B)).ok).toBe(true);
  });

  it(`throttles an address after ${ADDRESS_FAILURES_PER_MINUTE} failures in a minute across accounts`, async () => {
    for (let i = 0; i < ADDRESS_FAILURES_PER_MINUTE; i++)
      expect(await attempt("guess-password", A, uniqueEmail("spray"))).toEqual(failed);
    expect(await attempt(FIXTURE_PASSWORD, A)).toEqual(throttled);
    expect((await attempt(FIXTURE_PASSWORD, B)).ok).toBe(true);
  });

  it("successes do not count against an address (many people behind one address)", async () => {
    for (let i = 0; i < ADDRESS_FAILURES_PER_MINUTE + 5; i++)
      expect((await attempt(FIXTURE_PASSWORD, A)).ok).toBe(true);
  });

  it("parallel guesses from one address cannot pass the pair limit", async () => {
    const mark = await lastAuditId(db);
    const results = await Promise.all(Array.from({ length: 15 }, () => attempt("wrong-password", A)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(PAIR_FAILURES);
    const heard = (await auditSince(db, mark)).filter((a) => (a.after as { reason: string }).reason === "password");
    expect(heard).toHaveLength(PAIR_FAILURES);
  });

  it(`backs off after ${ACCOUNT_FAILURES_PER_HOUR} failures from many addresses: only addresses that have not failed are heard`, async () => {
    for (let i = 0; i < ACCOUNT_FAILURES_PER_HOUR; i++)
      expect(await attempt("botnet-guess", `10.1.${Math.floor(i / 200)}.${i % 200}`)).toEqual(failed);
    // An address that has failed on the account is refused, even with the right password.
    expect(await attempt(FIXTURE_PASSWORD, "10.1.0.0")).toEqual(throttled);
    // A new address is heard: a wrong guess is counted, and then that address is refused too.
    expect(await attempt("botnet-guess", "10.2.0.1")).toEqual(failed);
    expect(await attempt(FIXTURE_PASSWORD, "10.2.0.1")).toEqual(throttled);
    // The user from a clean address gets in.
    expect((await attempt(FIXTURE_PASSWORD, B)).ok).toBe(true);
  });

  it("shows the secretariat what restricts an account, and enabling it or a new password lifts that", async () => {
    const admin = ctxOf(await makeUser(db, { role: "admin" }));
    const other = await makeUser(db, { role: "council" });
    const restrictionOf = async (email: string) =>
      (await listUsers(db, admin)).find((u) => u.email === email)?.signInRestriction ?? null;
    expect(await restrictionOf(user.email)).toBeNull();

    for (let i = 0; i < PAIR_FAILURES; i++) await attempt("wrong-password", A);
    for (let i = 0; i < PAIR_FAILURES; i++) await attempt("wrong-password", B, other.email);
    const restriction = await restrictionOf(user.email);
    expect(restriction).toMatchObject({ lockedAddresses: 1, backoff: false });
    const left = new Date(restriction?.until ?? 0).getTime() - Date.now();
    expect(left).toBeGreaterThan(LOCK_MS - 60_000);
    expect(left).toBeLessThanOrEqual(LOCK_MS);
    expect(await attempt(FIXTURE_PASSWORD, A)).toEqual(throttled);

    await changeUser(db, admin, user.id, { kind: "enable" });
    expect(await restrictionOf(user.email)).toBeNull();
    expect((await attempt(FIXTURE_PASSWORD, A)).ok).toBe(true);
    // Another account's restriction is its own.
    expect(await restrictionOf(other.email)).toMatchObject({ lockedAddresses: 1 });
    await changeUser(db, admin, other.id, { kind: "password", password: "another-pass-2026" });
    expect(await restrictionOf(other.email)).toBeNull();
    expect((await attempt("another-pass-2026", B, other.email)).ok).toBe(true);
  });

  it(`shows the account's backoff after ${ACCOUNT_FAILURES_PER_HOUR} failures`, async () => {
    const admin = ctxOf(await makeUser(db, { role: "admin" }));
    for (let i = 0; i < ACCOUNT_FAILURES_PER_HOUR; i++)
      await attempt("botnet-guess", `10.3.${Math.floor(i / 200)}.${i % 200}`);
    const row = (await listUsers(db, admin)).find((u) => u.email === user.email);
    expect(row?.signInRestriction).toMatchObject({ backoff: true, lockedAddresses: 0 });
  });

  it("1,000 throttled attempts for one key write exactly one audit record", async () => {
    for (let i = 0; i < PAIR_FAILURES; i++) await attempt("wrong-password", A);
    const mark = await lastAuditId(db);
    for (let i = 0; i < 1000; i++) expect(await attempt("wrong-password", A)).toEqual(throttled);
    const audit = await auditSince(db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "auth.sign_in_failed",
      outcome: "denied",
      actorId: null,
      entityId: String(user.id),
      ip: A,
      after: { email: user.email, reason: "throttled", scope: "pair" },
    });
  }, 120_000);

  it("records the typed e-mail only when it is an existing account's address", async () => {
    const secret = "Pa55word-pasted-here";
    const mark = await lastAuditId(db);
    await attempt("x", A, secret);
    await attempt("x", A, `${secret}@`);
    await attempt("x", A, uniqueEmail("nobody"));
    await attempt("x", A, user.email.toUpperCase());
    await authenticate(db, { email: { secret }, password: "x", ip: A });
    const audit = await auditSince(db, mark);
    expect(audit.map((a) => (a.after as { email: string }).email)).toEqual([
      "(malformed)",
      "(malformed)",
      "(unknown)",
      user.email,
      "(malformed)",
    ]);
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit).toLowerCase()).not.toContain(secret.toLowerCase());

    // Nor when the attempt is refused by the throttle.
    for (let i = 0; i < ADDRESS_FAILURES_PER_MINUTE; i++) await attempt("x", B, `${secret}${i}`);
    const refusedMark = await lastAuditId(db);
    await attempt("x", B, secret);
    const refused = await auditSince(db, refusedMark);
    expect(refused).toHaveLength(1);
    expect(refused[0].after).toMatchObject({ email: "(malformed)", reason: "throttled", scope: "address" });
  });

  it("purges expired limiter rows", async () => {
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 3600_000);
    await db.rateLimiterFlexible.createMany({
      data: [
        { key: "signin-pair:old-1", points: 3, expire: past },
        { key: "audit-anonymous:old-2", points: 1, expire: past },
        { key: "signin-address:live", points: 3, expire: future },
      ],
    });
    // The purge runs at most once per interval: pretend the last one is long past.
    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now + PURGE_EVERY_MS + 1);
    await attempt("wrong-password", A);
    vi.restoreAllMocks();
    const keys = (await db.rateLimiterFlexible.findMany()).map((r) => r.key);
    expect(keys).toContain("signin-address:live");
    expect(keys.filter((k) => k.includes("old-"))).toEqual([]);
  });
});
