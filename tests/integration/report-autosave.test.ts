// What the report form's autosave and its browser copy rely on, through the real
// Server Action: text over a limit is refused whole (never cut), line breaks count
// as the textarea counts them, a save without a live session answers
// `unauthenticated` with everything typed, an autosave based on an older version is
// a conflict that overwrites nothing, and the proxy lets a Server Action without a
// session reach that answer instead of redirecting its POST.

import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { SESSION_IDLE_S } from "../../lib/auth/session-policy.ts";
import { REPORT_LIMITS } from "../../lib/reports/report-schema.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import { auditSince, COMPLETE_REPORT, castIn, digest, lastAuditId } from "../support/fixtures.ts";

const next = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "report-autosave-test-secret-0123456789";
  return {
    slid: [] as { name: string; value: string; options: { maxAge: number } }[],
    db: null as unknown,
    cookie: null as string | null,
  };
});

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      name === "next-auth.session-token" && next.cookie ? { name, value: next.cookie } : undefined,
    set: (name: string, value: string, options: { maxAge: number }) => next.slid.push({ name, value, options }),
  }),
  headers: async () => new Headers({ "x-request-id": "req-report-autosave" }),
}));
vi.mock("next/cache", () => ({ updateTag: () => undefined, revalidatePath: () => undefined }));
vi.mock("../../lib/db/client.ts", () => ({ getDb: async () => next.db }));
// The locale routing is not what is tested here (and its ESM build does not load outside Next).
vi.mock("next-intl/middleware", async () => {
  const { NextResponse } = await import("next/server");
  return { default: () => () => NextResponse.next() };
});

const { saveReportAction } = await import("../../lib/actions/reports/save-report-action.ts");
const { INITIAL_STATE } = await import("../../lib/actions/action-state.ts");
const { default: proxy } = await import("../../proxy.ts");

/** A session cookie of `actor` as next-auth issues it, last seen `idleS` seconds ago. */
async function cookieOf(db: Db, actor: Actor, idleS = 0): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  const now = Math.floor(Date.now() / 1000);
  return encode({
    token: { uid: user.id, sv: user.sessionVersion, loginAt: now - idleS, seenAt: now - idleS },
    secret: process.env.NEXTAUTH_SECRET!,
  });
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describeOnDatabases("report form: autosave and kept text", "imported", (suite) => {
  const cast = castIn(suite, { period: true });
  const ITEM = "43";

  beforeAll(() => {
    next.db = suite.db;
  });
  beforeEach(async () => {
    next.db = suite.db;
    next.cookie = await cookieOf(suite.db, cast.editor);
  });

  /** The base the form holds now: the item's current report and version (0 / 0 before the first save). */
  async function currentBase() {
    const report = await suite.db.progressReport.findFirst({
      where: { item: { number: Number(ITEM) }, periodId: cast.period.id },
      orderBy: { revision: "desc" },
    });
    return { itemNumber: ITEM, baseReportId: String(report?.id ?? 0), baseVersion: String(report?.version ?? 0) };
  }

  it("refuses a text over its limit whole, echoing every character typed, and writes nothing", async () => {
    const before = await digest(suite.db);
    const long = "あ".repeat(REPORT_LIMITS.achievements + 150);
    const state = await saveReportAction(
      INITIAL_STATE,
      form({ ...(await currentBase()), intent: "draft", achievements: long, issues: "い".repeat(1001) }),
    );
    expect(state).toMatchObject({
      ok: false,
      message: "invalid",
      fieldErrors: { achievements: "tooLong", issues: "tooLong" },
    });
    expect(state.values?.achievements).toBe(long);
    expect(await digest(suite.db)).toBe(before);
  });

  it("counts a line break as one character, as the textarea does, though the form sends CRLF", async () => {
    // 1,000 lines of one character: 2,000 characters in the textarea, 2,999 as CRLF on the wire.
    const lines = Array.from({ length: 1000 }, () => "あ");
    const exact = await saveReportAction(
      INITIAL_STATE,
      form({ ...(await currentBase()), intent: "draft", achievements: `${lines.join("\r\n")}\r\nい` }),
    );
    expect(exact).toMatchObject({ ok: false, fieldErrors: { achievements: "tooLong" } });

    const fits = await saveReportAction(
      INITIAL_STATE,
      form({ ...(await currentBase()), intent: "draft", achievements: lines.join("\r\n") }),
    );
    expect(fits).toMatchObject({ ok: true, message: "saved", result: { state: "draft" } });
    const saved = await suite.db.progressReport.findUniqueOrThrow({ where: { id: fits.result!.reportId } });
    expect(saved.achievements).toBe(lines.join("\n"));
    expect(saved.achievements.length).toBeLessThanOrEqual(REPORT_LIMITS.achievements);
  });

  it("answers `unauthenticated` with all that was typed when the session ended, and changes nothing", async () => {
    const typed = { intent: "draft", ...COMPLETE_REPORT, achievements: "セッション切れの後に入力した実績" };
    const ended: [string, () => Promise<string | null>][] = [
      ["cookies cleared", async () => null],
      ["idle too long", () => cookieOf(suite.db, cast.editor, SESSION_IDLE_S + 60)],
      [
        "signed out elsewhere",
        async () => {
          const cookie = await cookieOf(suite.db, cast.editor);
          await suite.db.user.update({ where: { id: cast.editor.id }, data: { sessionVersion: { increment: 1 } } });
          return cookie;
        },
      ],
    ];
    // A refusal without a session is recorded once per address and action in a window
    // (anonymous-audit.test.ts): the first of these, from a fresh store, is recorded, the others not.
    await suite.db.rateLimiterFlexible.deleteMany();
    for (const [label, cookie] of ended) {
      next.cookie = await cookie();
      const before = await digest(suite.db);
      const mark = await lastAuditId(suite.db);
      const state = await saveReportAction(INITIAL_STATE, form({ ...(await currentBase()), ...typed }));
      expect(state, label).toMatchObject({ ok: false, message: "unauthenticated" });
      expect(state.values, label).toMatchObject({ achievements: typed.achievements, issues: COMPLETE_REPORT.issues });
      const audit = await auditSince(suite.db, mark);
      expect(
        audit.map((r) => [r.action, r.outcome]),
        label,
      ).toEqual(label === ended[0][0] ? [["report.save_draft", "denied"]] : []);
      expect(await digest(suite.db), label).toBe(before);
    }
  });

  it("bases each autosave on the version the last one wrote, and refuses one based on an older version", async () => {
    const first = await saveReportAction(
      INITIAL_STATE,
      form({ ...(await currentBase()), intent: "draft", achievements: "一回目の自動保存" }),
    );
    expect(first).toMatchObject({ ok: true });
    const afterFirst = {
      itemNumber: ITEM,
      baseReportId: first.values!.baseReportId,
      baseVersion: first.values!.baseVersion,
    };
    const second = await saveReportAction(
      INITIAL_STATE,
      form({ ...afterFirst, intent: "draft", achievements: "二回目の自動保存" }),
    );
    expect(second).toMatchObject({ ok: true, result: { version: first.result!.version + 1 } });

    // Another tab (or person) still on the first version: its autosave overwrites nothing.
    const before = await digest(suite.db);
    const stale = await saveReportAction(
      INITIAL_STATE,
      form({ ...afterFirst, intent: "draft", achievements: "古い版からの自動保存" }),
    );
    expect(stale).toMatchObject({
      ok: false,
      message: "conflict",
      conflict: { version: second.result!.version, achievements: "二回目の自動保存" },
      values: { achievements: "古い版からの自動保存" },
    });
    expect(await digest(suite.db)).toBe(before);
  });
});

describe("proxy: a Server Action without a session", () => {
  const url = "http://localhost:3000/staff/items/43/report";

  it("reaches the action (which answers `unauthenticated`) untouched: no redirect, no cookie", async () => {
    const then = Math.floor(Date.now() / 1000) - SESSION_IDLE_S - 60;
    const idle = await encode({
      token: { uid: 1, sv: 0, loginAt: then, seenAt: then },
      secret: process.env.NEXTAUTH_SECRET!,
    });
    const response = await proxy(
      new NextRequest(url, {
        method: "POST",
        headers: { "next-action": "0123abcd", cookie: `next-auth.session-token=${idle}` },
      }),
    );
    expect(response.headers.get("location")).toBeNull();
    // A cookie set here would make Next re-render the page after the action, and its layout would
    // leave for the login page before the form could show that the session ended.
    expect(response.cookies.getAll()).toEqual([]);
  });

  it("leaves a live session's cookie alone on an action too; the action slides it when it succeeds", async () => {
    const now = Math.floor(Date.now() / 1000);
    const live = await encode({
      token: { uid: 1, sv: 0, loginAt: now - 60, seenAt: now - 60 },
      secret: process.env.NEXTAUTH_SECRET!,
    });
    const headers = { cookie: `next-auth.session-token=${live}` };
    const action = await proxy(
      new NextRequest(url, { method: "POST", headers: { ...headers, "next-action": "0123abcd" } }),
    );
    expect(action.cookies.getAll()).toEqual([]);
    // A page request slides it.
    const page = await proxy(new NextRequest(url, { headers }));
    expect(page.cookies.get("next-auth.session-token")?.value).toBeTruthy();
  });

  it("still sends a page request to the login page and back", async () => {
    const response = await proxy(new NextRequest(url));
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).searchParams.get("callbackUrl")).toBe("/staff/items/43/report");
  });
});
