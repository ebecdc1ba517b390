// Sessions end when they should (sign-out, disabling, new password, new role,
// age, idleness); sign-in never tells which part was wrong and is audited
// (its throttling: sign-in-throttle.test.ts). The demo seed is idempotent.
import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { authenticate } from "../../lib/auth/authenticate.ts";
import { ServiceError } from "../../lib/auth/errors.ts";
import { endSessions, resolveActor } from "../../lib/auth/resolve-actor.ts";
import { readSessionCookie, slidSessionCookie } from "../../lib/auth/session-cookie.ts";
import { SESSION_IDLE_S, SESSION_MAX_AGE_S, type SessionClaims } from "../../lib/auth/session-policy.ts";
import { changeUser, createUser } from "../../lib/users/manage-users.ts";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "../../lib/users/seed-demo.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import {
  auditSince,
  ctxOf,
  digest,
  FIXTURE_PASSWORD,
  failureOf,
  lastAuditId,
  makeUser,
  uniqueEmail,
} from "../support/fixtures.ts";

const NOW = Math.floor(Date.now() / 1000);

describeOnDatabases("sessions and sign-in", "imported", (suite) => {
  let db: Db;
  let admin: Actor;

  beforeAll(async () => {
    db = suite.db;
    admin = await makeUser(db, { role: "admin" });
  });

  // Each test starts with an empty throttle store.
  beforeEach(async () => {
    await db.rateLimiterFlexible.deleteMany();
  });

  /** Claims of a session that began `ageS` ago and was last seen `idleS` ago, at the user's current session version. */
  async function claimsOf(actor: Actor, ageS = 60, idleS = 10, now = NOW): Promise<SessionClaims> {
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
    return { uid: actor.id, sv: sessionVersion, loginAt: now - ageS, seenAt: now - idleS };
  }

  describe("resolveActor", () => {
    it("returns the actor as the database knows them for fresh claims", async () => {
      const editor = await makeUser(db, { role: "editor", section: "税務課" });
      expect(await resolveActor(db, await claimsOf(editor), NOW)).toEqual(editor);
    });

    it("ends the session on sign-out (endSessions)", async () => {
      const user = await makeUser(db, { role: "council" });
      const claims = await claimsOf(user);
      expect(await resolveActor(db, claims, NOW)).not.toBeNull();
      await endSessions(db, user.id);
      expect(await resolveActor(db, claims, NOW)).toBeNull();
      // A new sign-in starts a session that works.
      expect(await resolveActor(db, await claimsOf(user), NOW)).toEqual(user);
    });

    it("ends the session when the user is disabled, and it stays ended after re-enabling", async () => {
      const user = await makeUser(db, { role: "editor", section: "人事課" });
      const claims = await claimsOf(user);
      await changeUser(db, ctxOf(admin), user.id, { kind: "disable" });
      expect(await resolveActor(db, claims, NOW)).toBeNull();
      // Even claims at the new version are refused while disabled.
      expect(await resolveActor(db, await claimsOf(user), NOW)).toBeNull();
      await changeUser(db, ctxOf(admin), user.id, { kind: "enable" });
      expect(await resolveActor(db, claims, NOW)).toBeNull();
      expect(await resolveActor(db, await claimsOf(user), NOW)).toEqual(user);
    });

    it("ends the session after a password change", async () => {
      const user = await makeUser(db, { role: "editor", section: "人事課" });
      const claims = await claimsOf(user);
      await changeUser(db, ctxOf(admin), user.id, { kind: "password", password: "another-password-99" });
      expect(await resolveActor(db, claims, NOW)).toBeNull();
    });

    it("ends the session after a role change; a new session carries the new role", async () => {
      const user = await makeUser(db, { role: "editor", section: "税務課" });
      const claims = await claimsOf(user);
      await changeUser(db, ctxOf(admin), user.id, {
        kind: "update",
        fields: { email: user.email, name: user.name, role: "council", sectionId: "", bureauId: "", version: "1" },
      });
      expect(await resolveActor(db, claims, NOW)).toBeNull();
      expect(await resolveActor(db, await claimsOf(user), NOW)).toMatchObject({
        id: user.id,
        role: "council",
        sectionId: null,
      });
    });

    it("ends a session older than 12 hours or idle for more than 30 minutes", async () => {
      const user = await makeUser(db, { role: "council" });
      expect(SESSION_MAX_AGE_S).toBe(12 * 3600);
      expect(SESSION_IDLE_S).toBe(30 * 60);
      expect(await resolveActor(db, await claimsOf(user, SESSION_MAX_AGE_S, 0), NOW)).toEqual(user);
      expect(await resolveActor(db, await claimsOf(user, SESSION_MAX_AGE_S + 1, 0), NOW)).toBeNull();
      expect(await resolveActor(db, await claimsOf(user, 3600, SESSION_IDLE_S), NOW)).toEqual(user);
      expect(await resolveActor(db, await claimsOf(user, 3600, SESSION_IDLE_S + 1), NOW)).toBeNull();
      // The same claims, judged at a later `now`.
      const claims = await claimsOf(user, 0, 0);
      expect(await resolveActor(db, claims, NOW + SESSION_IDLE_S)).toEqual(user);
      expect(await resolveActor(db, claims, NOW + SESSION_IDLE_S + 1)).toBeNull();
      expect(
        await resolveActor(db, { ...claims, seenAt: NOW + SESSION_MAX_AGE_S }, NOW + SESSION_MAX_AGE_S + 1),
      ).toBeNull();
    });

    it("returns null for garbage and for unknown users", async () => {
      const user = await makeUser(db, { role: "council" });
      const good = await claimsOf(user);
      for (const garbage of [
        null,
        undefined,
        "",
        "eyJhbGciOiJIUzI1NiJ9.garbage",
        42,
        {},
        [],
        { ...good, uid: String(good.uid) },
        { ...good, sv: undefined },
        { ...good, loginAt: "yesterday" },
        { uid: good.uid },
      ]) {
        expect(await resolveActor(db, garbage, NOW), JSON.stringify(garbage) ?? String(garbage)).toBeNull();
      }
      expect(await resolveActor(db, { ...good, uid: 987_654 }, NOW)).toBeNull();
      expect(await resolveActor(db, { ...good, sv: good.sv + 1 }, NOW)).toBeNull();
    });
  });

  describe("authenticate", () => {
    const attempt = (email: string, password: string, ip = "198.51.100.1") => authenticate(db, { email, password, ip });

    it("accepts the right password (any case and spacing of the address) and records the sign-in", async () => {
      const user = await makeUser(db, { role: "editor", section: "税務課" });
      const mark = await lastAuditId(db);
      const result = await attempt(`  ${user.email.toUpperCase()} `, FIXTURE_PASSWORD);
      expect(result).toEqual({
        ok: true,
        user: { id: user.id, email: user.email, name: user.name, role: "editor", sessionVersion: 1 },
      });
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeInstanceOf(Date);
      const audit = await auditSince(db, mark);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: "auth.sign_in",
        outcome: "ok",
        actorId: user.id,
        entityId: String(user.id),
        ip: "198.51.100.1",
      });
    });

    it("gives the identical answer for a wrong password and an unknown account", async () => {
      const user = await makeUser(db, { role: "council" });
      const mark = await lastAuditId(db);
      const wrong = await attempt(user.email, "not-the-password");
      const unknown = await attempt(uniqueEmail("nobody"), FIXTURE_PASSWORD);
      const malformed = await authenticate(db, { email: 42, password: null, ip: "198.51.100.1" });
      expect(wrong).toEqual({ ok: false, reason: "invalid" });
      expect(unknown).toEqual(wrong);
      expect(malformed).toEqual(wrong);
      expect(Object.keys(wrong)).toEqual(Object.keys(unknown));
      const audit = await auditSince(db, mark);
      expect(audit.map((a) => [a.action, a.outcome, (a.after as { reason: string }).reason])).toEqual([
        ["auth.sign_in_failed", "denied", "password"],
        ["auth.sign_in_failed", "denied", "unknown"],
        ["auth.sign_in_failed", "denied", "malformed"],
      ]);
      expect(audit[0].actorId).toBe(user.id);
      expect(audit[1].actorId).toBeNull();
    });

    it("refuses a disabled account with the same answer, even with the right password", async () => {
      const user = await makeUser(db, { role: "council" });
      await changeUser(db, ctxOf(admin), user.id, { kind: "disable" });
      expect(await attempt(user.email, FIXTURE_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    });

    it("a password change by the secretariat replaces the old password", async () => {
      const user = await makeUser(db, { role: "council" });
      await changeUser(db, ctxOf(admin), user.id, { kind: "password", password: "brand-new-password" });
      expect(await attempt(user.email, FIXTURE_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
      expect((await attempt(user.email, "brand-new-password")).ok).toBe(true);
    });
  });

  describe("the session cookie", () => {
    const PLAIN = "next-auth.session-token";
    const SECURE = "__Secure-next-auth.session-token";

    beforeAll(() => {
      // Before the first signing: lib/auth/secret.ts keeps the first secret it reads.
      process.env.NEXTAUTH_SECRET ??= "integration-sessions-secret-0123456789";
    });
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    /** A browser carrying a live session token under `name` only. */
    async function jarWith(name: string) {
      const user = await makeUser(db, { role: "council" });
      const token = await encode({ token: { ...(await claimsOf(user)) }, secret: process.env.NEXTAUTH_SECRET! });
      return { user, get: (cookie: string) => (cookie === name ? token : undefined) };
    }

    it("over http (NEXTAUTH_URL http or unset) is the plain cookie; the __Secure- one is not accepted", async () => {
      for (const url of ["", "http://portal.city.example.jp"]) {
        vi.stubEnv("NEXTAUTH_URL", url);
        const plain = await jarWith(PLAIN);
        expect(await readSessionCookie(plain.get)).toMatchObject({ name: PLAIN, claims: { uid: plain.user.id } });
        expect(await readSessionCookie((await jarWith(SECURE)).get), url).toBeNull();
      }
    });

    it("over https is the Secure __Secure- cookie; the plain one is not accepted", async () => {
      vi.stubEnv("NEXTAUTH_URL", "https://portal.city.example.jp");
      const secure = await jarWith(SECURE);
      const cookie = await readSessionCookie(secure.get);
      expect(cookie).toMatchObject({ name: SECURE, claims: { uid: secure.user.id } });
      expect(await readSessionCookie((await jarWith(PLAIN)).get)).toBeNull();
      const slid = await slidSessionCookie(cookie as Parameters<typeof slidSessionCookie>[0], NOW);
      expect(slid).toMatchObject({ name: SECURE, options: { secure: true, httpOnly: true } });
    });

    it("next-auth issues the same cookie as the portal reads", async () => {
      for (const [url, secure] of [
        ["", false],
        ["http://portal.city.example.jp", false],
        ["https://portal.city.example.jp", true],
      ] as const) {
        vi.stubEnv("NEXTAUTH_URL", url);
        vi.resetModules();
        const { authOptions } = await import("../../lib/auth/options.ts");
        expect(authOptions.useSecureCookies, url).toBe(secure);
      }
    });
  });

  describe("user scope", () => {
    it("a user bound to a section or bureau that does not exist is invalid, not a database error", async () => {
      const user = await makeUser(db, { role: "editor", section: "税務課" });
      const before = await digest(db);
      const attempts = [
        () =>
          createUser(db, ctxOf(admin), {
            email: uniqueEmail("scope"),
            name: "存在しない課",
            role: "editor",
            sectionId: 999_999,
            bureauId: "",
            password: "a-long-password-1",
          }),
        () =>
          createUser(db, ctxOf(admin), {
            email: uniqueEmail("scope"),
            name: "存在しない部",
            role: "editor",
            sectionId: "",
            bureauId: 999_999,
            password: "a-long-password-1",
          }),
        () =>
          changeUser(db, ctxOf(admin), user.id, {
            kind: "update",
            fields: { email: user.email, name: user.name, role: "editor", sectionId: 999_999, bureauId: "" },
          }),
      ];
      for (const attempt of attempts) {
        const error = await failureOf(attempt());
        expect(error, String(error)).toBeInstanceOf(ServiceError);
        expect(error.code).toBe("invalid");
      }
      expect(await digest(db)).toBe(before);
    });
  });

  describe("seedDemo", () => {
    it("is idempotent: 4 accounts and one open period, then nothing", async () => {
      expect(await db.reportingPeriod.count()).toBe(0);
      expect(await seedDemo(db)).toEqual({ users: 4, period: true });
      expect(await seedDemo(db)).toEqual({ users: 0, period: false });
      const users = await db.user.findMany({
        where: { email: { in: DEMO_USERS.map((u) => u.email) } },
        include: { section: true },
      });
      expect(users).toHaveLength(4);
      expect(Object.fromEntries(users.map((u) => [u.email, [u.role, u.section?.name ?? null]]))).toEqual({
        "admin@example.jp": ["admin", null],
        "dx@example.jp": ["editor", "業務改善・DX推進課"],
        "zeimu@example.jp": ["editor", "税務課"],
        "council@example.jp": ["council", null],
      });
      const periods = await db.reportingPeriod.findMany();
      expect(periods).toHaveLength(1);
      expect(periods[0]).toMatchObject({ fiscalYear: 2025, term: "first_half", status: "open" });
      expect(await db.auditLog.count({ where: { action: "user.create_demo" } })).toBe(4);
      expect((await authenticate(db, { email: "zeimu@example.jp", password: DEMO_PASSWORD, ip: "127.0.0.1" })).ok).toBe(
        true,
      );
    });
  });
});
