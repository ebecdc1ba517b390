// Test fixtures: actors, an open reporting period, request contexts and a
// digest of the rows a refused request must not touch.
import crypto from "node:crypto";
import { beforeAll, expect } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import type { RequestContext } from "../../lib/auth/context.ts";
import { ServiceError } from "../../lib/auth/errors.ts";
import { resolveActor } from "../../lib/auth/resolve-actor.ts";
import { TX_OPTIONS } from "../../lib/db/tx.ts";
import { createPeriod, setPeriodStatus } from "../../lib/periods/manage-periods.ts";
import { insertUser } from "../../lib/users/manage-users.ts";
import type { DatabaseSuite, Db } from "./db.ts";

/** The password every fixture user gets (12+ characters, as the policy requires). */
export const FIXTURE_PASSWORD = "fixture-pass-2026";

/** Report fields that pass every check of a submission (as the forms send them). */
export const COMPLETE_REPORT = {
  status: "in_progress",
  evaluation: "B",
  progressPercent: "40",
  achievements: "電子申告の対象税目を拡大した。",
  issues: "周知が不十分。",
  nextSteps: "広報を強化する。",
};

export type FixtureRole = "admin" | "editor" | "council";

export interface MakeUserOptions {
  role: FixtureRole;
  /** name of the section an editor reports for, e.g. "税務課" */
  section?: string;
  /** code of the bureau an editor is bound to, e.g. "02" */
  bureau?: string;
  email?: string;
  name?: string;
  password?: string;
}

let counter = 0;

/** A unique address for a fixture user (never one of the demo accounts). */
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${counter}-${crypto.randomBytes(3).toString("hex")}@fixture.test`;
}

/** Creates a user the way the CLI does (no permission check) and returns them as a new session of theirs resolves. */
export async function makeUser(db: Db, options: MakeUserOptions): Promise<Actor> {
  const section = options.section ? await db.section.findUniqueOrThrow({ where: { name: options.section } }) : null;
  const bureau = options.bureau ? await db.bureau.findUniqueOrThrow({ where: { code: options.bureau } }) : null;
  const email = (options.email ?? uniqueEmail(options.role)).toLowerCase();
  const fields = {
    email,
    name: options.name ?? `${options.role} ${email.split("@")[0]}`,
    role: options.role,
    sectionId: section?.id ?? null,
    bureauId: bureau?.id ?? null,
  };
  const user = await db.$transaction((tx) => insertUser(tx, fields, options.password ?? FIXTURE_PASSWORD), TX_OPTIONS);
  const now = Math.floor(Date.now() / 1000);
  const actor = await resolveActor(db, { uid: user.id, sv: user.sessionVersion, loginAt: now, seenAt: now }, now);
  if (!actor) throw new Error(`a new session of ${email} did not resolve`);
  return actor;
}

/** The bureau code of a section, for editors bound to a section's whole bureau. */
export async function bureauCodeOf(db: Db, sectionName: string): Promise<string> {
  const section = await db.section.findUniqueOrThrow({ where: { name: sectionName }, include: { bureau: true } });
  return section.bureau.code;
}

/** A request context for an actor (null: the public), with a fresh request id. */
export function ctxOf(actor: Actor | null, extra: Partial<RequestContext> = {}): RequestContext {
  return { actor, requestId: crypto.randomUUID(), ip: "192.0.2.10", ...extra };
}

export interface OpenPeriodOptions {
  /** acting secretariat member; one is created when omitted */
  admin?: Actor;
  fiscalYear?: number;
  term?: "first_half" | "year_end";
  dueOn?: string;
}

/**
 * Creates and opens a reporting period through the services (as the
 * secretariat would). Fails with period_conflict when one is already open.
 */
export async function openPeriod(db: Db, options: OpenPeriodOptions = {}) {
  const admin = options.admin ?? (await makeUser(db, { role: "admin" }));
  const created = await createPeriod(db, ctxOf(admin), {
    fiscalYear: options.fiscalYear ?? 2025,
    term: options.term ?? "first_half",
    dueOn: options.dueOn ?? "2025-10-31",
  });
  return setPeriodStatus(db, ctxOf(admin), { periodId: created.id, status: "open" });
}

export type OpenedPeriod = Awaited<ReturnType<typeof openPeriod>>;

/** The people most suites act as, and the period they report for. */
export interface Cast {
  /** a member of the secretariat */
  readonly admin: Actor;
  /** an editor of 税務課, which reports on items 42, 43, 44 and 56 */
  readonly editor: Actor;
  readonly council: Actor;
  /** the period opened by `admin` (only when the suite asked for one) */
  readonly period: OpenedPeriod;
}

/**
 * Makes the cast in a suite's database before its tests, one user of each role, and opens a period
 * when `period` is given; the returned cast can be read from the suite's next hooks on.
 */
export function castIn(suite: DatabaseSuite, options: { period?: true | Omit<OpenPeriodOptions, "admin"> } = {}): Cast {
  let made: { admin: Actor; editor: Actor; council: Actor; period?: OpenedPeriod } | undefined;
  beforeAll(async () => {
    const admin = await makeUser(suite.db, { role: "admin" });
    made = {
      admin,
      editor: await makeUser(suite.db, { role: "editor", section: "税務課" }),
      council: await makeUser(suite.db, { role: "council" }),
      period: options.period
        ? await openPeriod(suite.db, { ...(options.period === true ? {} : options.period), admin })
        : undefined,
    };
  });
  const cast = () => {
    if (!made) throw new Error("the cast is there only inside hooks and tests");
    return made;
  };
  return {
    get admin() {
      return cast().admin;
    },
    get editor() {
      return cast().editor;
    },
    get council() {
      return cast().council;
    },
    get period() {
      const { period } = cast();
      if (!period) throw new Error("this suite's cast opened no period");
      return period;
    },
  };
}

/**
 * Every row of the tables a refused request could touch, as one string:
 * equal digests before and after mean nothing was changed.
 */
export async function digest(db: Db): Promise<string> {
  const byId = { orderBy: { id: "asc" as const } };
  const [reports, items, changes, users, periods, opinions, indicators, values, editions, explanations, voices] =
    await Promise.all([
      db.progressReport.findMany(byId),
      db.planItem.findMany(byId),
      db.itemChange.findMany(byId),
      db.user.findMany(byId),
      db.reportingPeriod.findMany(byId),
      db.councilOpinion.findMany(byId),
      db.indicator.findMany(byId),
      db.indicatorValue.findMany(byId),
      db.edition.findMany(byId),
      db.checkExplanation.findMany(byId),
      db.citizenVoice.findMany(byId),
    ]);
  return JSON.stringify({
    reports,
    items,
    changes,
    users,
    periods,
    opinions,
    indicators,
    values,
    editions,
    explanations,
    voices,
  });
}

/** The highest AuditLog id so far (0 when empty), to find the rows a call adds. */
export async function lastAuditId(db: Db): Promise<number> {
  const last = await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0;
}

/** AuditLog rows written after `afterId`, oldest first. */
export function auditSince(db: Db, afterId: number) {
  return db.auditLog.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" } });
}

/** Runs a call expected to fail and returns what it threw (fails the test when it resolves). */
export async function failureOf(
  promise: Promise<unknown>,
): Promise<{ code?: string; details?: Record<string, unknown> } & Error> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; details?: Record<string, unknown> } & Error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** The field errors of an `invalid` refusal, field → catalog key. */
export const fieldErrorsOf = (error: { details?: Record<string, unknown> }) =>
  Object.fromEntries(
    (error.details!.zod as { issues: { path: PropertyKey[]; message: string }[] }).issues.map((i) => [
      String(i.path[0]),
      i.message,
    ]),
  );

/**
 * `expectRefused(call, code, audited)` for one kind of entity (`dbOf` gives the suite's database,
 * opened in its beforeAll): the call fails with `code`, leaves
 * what `snapshot` sees as it was, and adds one denied audit record by the given actor (or none).
 * Returns what the call threw.
 */
export function refusalCheck(dbOf: () => Db, snapshot: () => Promise<string>, entityType: string) {
  return async (
    call: () => Promise<unknown>,
    code: string,
    audited: { action: string; actor: Actor | null } | null,
  ) => {
    const db = dbOf();
    const before = await snapshot();
    const mark = await lastAuditId(db);
    const error = await failureOf(call());
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.code).toBe(code);
    expect(await snapshot()).toBe(before);
    const rows = await auditSince(db, mark);
    if (audited) {
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: audited.action,
        outcome: "denied",
        entityType,
        actorId: audited.actor?.id ?? null,
        actorRole: audited.actor?.role ?? "anonymous",
      });
    } else {
      expect(rows).toEqual([]);
    }
    return error;
  };
}
