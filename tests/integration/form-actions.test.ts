// The Server Actions the forms call, driven with real FormData through the one
// action wrapper: a real session cookie resolved against the database, the real
// services, and the caches each change expires. Only Next's request and cache
// APIs are replaced, since no Next server runs here.
import { decode } from "next-auth/jwt";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { SESSION_MAX_AGE_S } from "../../lib/auth/session-policy.ts";
import { describeOnDatabases } from "../support/db.ts";
import { auditSince, COMPLETE_REPORT, castIn, digest, lastAuditId, makeUser } from "../support/fixtures.ts";
import { next, signInAs } from "../support/next-request.ts";

vi.mock("next/headers", async () =>
  (await import("../support/next-request.ts")).nextHeaders("req-form-actions", "192.0.2.20"),
);
vi.mock("next/cache", async () => (await import("../support/next-request.ts")).nextCache());
vi.mock("../../lib/db/client.ts", async () => (await import("../support/next-request.ts")).dbClient());

const { saveReportAction } = await import("../../lib/actions/reports/save-report-action.ts");
const { reviewReportAction } = await import("../../lib/actions/review/review-report-action.ts");
const { publishReportsAction } = await import("../../lib/actions/review/publish-reports-action.ts");
const { setPeriodStatusAction } = await import("../../lib/actions/periods/manage-period-actions.ts");
const { createUserAction, changeUserAction } = await import("../../lib/actions/users/manage-user-actions.ts");
const { INITIAL_STATE } = await import("../../lib/actions/action-state.ts");
const { logger } = await import("../../lib/log/logger.ts");

/** Signed in an hour ago, last seen a minute ago: a succeeded action moves `seenAt` to now. */
const AN_HOUR_AGO = { signedInAgo: 3600 };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describeOnDatabases("form actions", "imported", (suite) => {
  const cast = castIn(suite, { period: true });
  let otherEditor: Actor;

  beforeAll(async () => {
    next.db = suite.db;
    otherEditor = await makeUser(suite.db, { role: "editor", section: "業務改善・DX推進課" });
  });

  beforeEach(() => {
    next.db = suite.db;
    next.expired = [];
    next.slid = [];
  });

  it("saves a draft from the form, echoes what was typed with the new version, and expires the staff pages", async () => {
    await signInAs(suite.db, cast.editor, AN_HOUR_AGO);
    const mark = await lastAuditId(suite.db);
    const state = await saveReportAction(
      INITIAL_STATE,
      form({ itemNumber: "44", baseReportId: "0", baseVersion: "0", intent: "draft", achievements: "途中まで" }),
    );
    expect(state).toMatchObject({ ok: true, message: "saved", result: { state: "draft", version: 1, revision: 1 } });
    expect(state.values).toMatchObject({
      achievements: "途中まで",
      baseReportId: String(state.result?.reportId),
      baseVersion: "1",
    });
    expect(next.expired).toEqual(["path:/staff:layout"]);
    const audit = await auditSince(suite.db, mark);
    expect(audit.map((r) => [r.action, r.actorId, r.requestId, r.ip])).toEqual([
      ["report.save_draft", cast.editor.id, "req-form-actions", "192.0.2.20"],
    ]);

    // Saving is activity: the idle timeout moves on, the 12-hour limit from sign-in stays.
    expect(next.slid).toHaveLength(1);
    const [slid] = next.slid;
    const claims = await decode({ token: slid.value, secret: process.env.NEXTAUTH_SECRET! });
    const now = Math.floor(Date.now() / 1000);
    expect(slid.name).toBe("next-auth.session-token");
    expect(claims?.seenAt).toBeGreaterThanOrEqual(now - 5);
    expect(slid.options.maxAge).toBeLessThanOrEqual(SESSION_MAX_AGE_S - 3600);
  });

  it("refuses what the form cannot do and changes nothing: no session, another section's item, invalid input, a stale version", async () => {
    const current = await suite.db.progressReport.findFirstOrThrow({ where: { item: { number: 44 } } });
    const before = await digest(suite.db);
    const base = { itemNumber: "44", baseReportId: String(current.id), baseVersion: String(current.version) };

    const refusals: [Actor | null, string][] = [
      [null, "unauthenticated"],
      [otherEditor, "forbidden"],
    ];
    for (const [actor, message] of refusals) {
      await signInAs(suite.db, actor, AN_HOUR_AGO);
      const submitted = form({ ...base, intent: "submit", ...COMPLETE_REPORT });
      expect(await saveReportAction(INITIAL_STATE, submitted)).toMatchObject({ ok: false, message });
    }

    await signInAs(suite.db, cast.editor, AN_HOUR_AGO);
    const invalid = await saveReportAction(
      INITIAL_STATE,
      form({ ...base, intent: "submit", ...COMPLETE_REPORT, progressPercent: "120", achievements: "" }),
    );
    expect(invalid).toMatchObject({
      ok: false,
      message: "invalid",
      fieldErrors: { progressPercent: "progressPercent", achievements: "required" },
    });
    // What the person typed comes back, so React's form reset loses nothing.
    expect(invalid.values).toMatchObject({ progressPercent: "120", issues: COMPLETE_REPORT.issues });

    const notANumber = await saveReportAction(INITIAL_STATE, form({ ...base, itemNumber: "abc", intent: "draft" }));
    expect(notANumber).toMatchObject({ ok: false, message: "invalid" });

    const stale = await saveReportAction(
      INITIAL_STATE,
      form({ ...base, baseVersion: String(current.version - 1 || 99), intent: "draft", achievements: "古い版から" }),
    );
    expect(stale).toMatchObject({ ok: false, message: "conflict" });
    // The conflict shows what the other person saved, typed as the service's report.
    expect(stale.conflict).toMatchObject({
      id: current.id,
      version: current.version,
      achievements: "途中まで",
      kpiActuals: {},
    });

    expect(await digest(suite.db)).toBe(before);
    expect(next.expired).toEqual([]);
    // A refusal sets no cookie: Next would re-render the page after the action, and its layout
    // would take a signed-out person to the login page before the form could say what happened.
    expect(next.slid).toEqual([]);
  });

  it("submits, approves and publishes through the forms, expiring the public item data", async () => {
    await signInAs(suite.db, cast.editor, AN_HOUR_AGO);
    const current = await suite.db.progressReport.findFirstOrThrow({ where: { item: { number: 44 } } });
    const submitted = await saveReportAction(
      INITIAL_STATE,
      form({
        itemNumber: "44",
        baseReportId: String(current.id),
        baseVersion: String(current.version),
        intent: "submit",
        ...COMPLETE_REPORT,
      }),
    );
    expect(submitted).toMatchObject({ ok: true, message: "submitted", result: { state: "submitted" } });

    await signInAs(suite.db, cast.admin, AN_HOUR_AGO);
    const approved = await reviewReportAction(
      INITIAL_STATE,
      form({ reportId: String(current.id), version: String(submitted.result?.version), decision: "approve" }),
    );
    expect(approved).toMatchObject({ ok: true, message: "approved", result: { state: "approved" } });

    next.expired = [];
    const published = await publishReportsAction(
      INITIAL_STATE,
      form({ reportIds: String(current.id), confirm: "yes" }),
    );
    expect(published).toMatchObject({ ok: true, message: "published", result: { published: 1, itemNumbers: [44] } });
    expect(next.expired).toEqual(["tag:items", "tag:item:44", "path:/staff:layout"]);
  });

  it("checks the closing confirmation on the server", async () => {
    await signInAs(suite.db, cast.admin, AN_HOUR_AGO);
    const period = await suite.db.reportingPeriod.findFirstOrThrow({ where: { status: "open" } });
    const before = await digest(suite.db);
    const state = await setPeriodStatusAction(INITIAL_STATE, form({ periodId: String(period.id), status: "closed" }));
    expect(state).toMatchObject({ ok: false, message: "invalid", fieldErrors: { confirm: "required" } });
    expect(await digest(suite.db)).toBe(before);
  });

  it("never echoes a password, and refuses an unknown user change", async () => {
    await signInAs(suite.db, cast.admin, AN_HOUR_AGO);
    const short = await createUserAction(
      INITIAL_STATE,
      form({
        email: "new-user@fixture.test",
        name: "新規",
        role: "council",
        sectionId: "",
        bureauId: "",
        password: "short",
      }),
    );
    expect(short).toMatchObject({ ok: false, message: "invalid", fieldErrors: { password: "passwordShort" } });
    expect(short.values).toMatchObject({ email: "new-user@fixture.test" });
    expect(short.values).not.toHaveProperty("password");

    const before = await digest(suite.db);
    expect(
      await changeUserAction(INITIAL_STATE, form({ userId: String(cast.editor.id), change: "delete" })),
    ).toMatchObject({
      ok: false,
      message: "invalid",
    });
    expect(await changeUserAction(INITIAL_STATE, form({ userId: "x", change: "disable" }))).toMatchObject({
      ok: false,
      message: "invalid",
    });
    expect(await digest(suite.db)).toBe(before);
  });

  it("logs an unexpected failure with the request id and shows the generic message", async () => {
    await signInAs(suite.db, cast.admin, AN_HOUR_AGO);
    const failing = new Proxy(suite.db, {
      get(target, property, receiver) {
        if (property === "$transaction") return () => Promise.reject(new Error("connection reset"));
        return Reflect.get(target, property, receiver);
      },
    });
    next.db = failing;
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    try {
      const state = await publishReportsAction(INITIAL_STATE, form({ reportIds: "1", confirm: "yes" }));
      expect(state).toEqual({ ok: false, message: "unknown", values: { reportIds: "1", confirm: "yes" } });
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0][0]).toMatchObject({
        action: "report.publish",
        requestId: "req-form-actions",
        userId: cast.admin.id,
        err: { message: "connection reset" },
      });
      expect(next.expired).toEqual([]);
    } finally {
      logged.mockRestore();
    }
  });
});
