// A page's first read through readPage, with a real session cookie: a refusal
// throws Next's forbidden() (answered 403 with app/[locale]/forbidden.tsx), an
// unknown target notFound() (404), no session the sign-in redirect (to the
// login page and back); an allowed
// read hands the page its data.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { describeOnDatabases } from "../support/db.ts";
import { auditSince, castIn, failureOf, lastAuditId } from "../support/fixtures.ts";
import { next, signInAs } from "../support/next-request.ts";

// What next.config.ts's experimental.authInterrupts sets in a build; forbidden() refuses to run without it.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

vi.mock("next/headers", async () =>
  (await import("../support/next-request.ts")).nextHeaders("req-read-page", "192.0.2.40"),
);
vi.mock("../../lib/db/client.ts", async () => (await import("../support/next-request.ts")).dbClient());
vi.mock("next-intl/server", () => ({ getLocale: async () => "ja" }));
// next-intl's redirect needs a Next server: this one throws what it was asked for.
vi.mock("../../lib/i18n/navigation.tsx", () => ({
  redirect: (to: unknown) => {
    throw Object.assign(new Error("redirect"), { to });
  },
}));

const { readPage } = await import("../../lib/read/page-data.ts");
const { listUsers } = await import("../../lib/users/list-users.ts");
const { getItemForEdit } = await import("../../lib/items/get-item-for-edit.ts");

/** What Next's interrupts carry: forbidden() and notFound() an HTTP status, redirect() its target. */
const digestOf = (error: unknown) => (error as { digest?: string }).digest ?? "";

describeOnDatabases("readPage", "imported", (suite) => {
  const cast = castIn(suite);

  beforeAll(() => {
    next.db = suite.db;
  });
  beforeEach(() => {
    next.db = suite.db;
  });

  it("answers a refusal with forbidden() (403), after recording it", async () => {
    await signInAs(suite.db, cast.editor);
    const mark = await lastAuditId(suite.db);
    const error = await failureOf(readPage("/staff/users", listUsers));
    expect(digestOf(error)).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    const audit = await auditSince(suite.db, mark);
    expect(audit.map((r) => [r.action, r.outcome, r.actorId])).toEqual([["user.list", "denied", cast.editor.id]]);
  });

  it("answers an unknown target with notFound() (404)", async () => {
    await signInAs(suite.db, cast.admin);
    const error = await failureOf(readPage("/staff/items/999999/edit", getItemForEdit, 999_999));
    expect(digestOf(error)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("sends a visitor without a session to sign in and back", async () => {
    await signInAs(suite.db, null);
    const error = await failureOf(readPage("/staff/users", listUsers));
    expect(error).toMatchObject({
      to: { href: { pathname: "/login", query: { callbackUrl: "/staff/users" } }, locale: "ja" },
    });
  });

  it("hands an allowed read its data", async () => {
    await signInAs(suite.db, cast.admin);
    const users = await readPage("/staff/users", listUsers);
    expect(users.map((u) => u.id)).toContain(cast.admin.id);
  });
});
