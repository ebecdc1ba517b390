// The review queue at city scale: narrowed by bureau, section and state, and a report submitted
// again after 差戻し shows the return's comment and what changed since the returned version.
import { beforeAll, expect, it } from "vitest";
import { ServiceError } from "../../lib/auth/errors.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { listReviewQueue } from "../../lib/review/list-review-queue.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { describeOnDatabases } from "../support/db.ts";
import { COMPLETE_REPORT, castIn, ctxOf, failureOf } from "../support/fixtures.ts";

describeOnDatabases("review: the queue", "imported", (suite) => {
  const cast = castIn(suite, { period: true });
  /** an item of another bureau than 税務課's, reported on by the secretariat */
  let other: { number: number; sectionId: number };
  let zeimu: { bureauCode: string; sectionId: number };

  const numbers = (entries: { item: { number: number } }[]) => entries.map((e) => e.item.number).sort((a, b) => a - b);
  const queue = (filter: Record<string, string | undefined> = {}) =>
    listReviewQueue(suite.db, ctxOf(cast.admin), filter);

  beforeAll(async () => {
    const section = await suite.db.section.findUniqueOrThrow({ where: { name: "税務課" }, include: { bureau: true } });
    zeimu = { bureauCode: section.bureau.code, sectionId: section.id };
    const item = await suite.db.planItem.findFirstOrThrow({
      where: { bureauId: { not: section.bureauId }, sectionId: { not: null } },
      orderBy: { number: "asc" },
    });
    other = { number: item.number, sectionId: item.sectionId! };
    const submit = (actor: typeof cast.admin, itemNumber: number) =>
      saveReport(suite.db, ctxOf(actor), {
        itemNumber,
        baseReportId: 0,
        baseVersion: 0,
        intent: "submit",
        fields: COMPLETE_REPORT,
      });
    await submit(cast.editor, 42);
    await submit(cast.admin, other.number);
    const approved = await submit(cast.editor, 43);
    await reviewReport(suite.db, ctxOf(cast.admin), { ...approved, decision: "approve" });
  });

  it("narrows the queue by bureau, section and state, and offers every bureau with its sections", async () => {
    const all = await queue();
    expect(numbers(all.submitted)).toEqual([42, other.number].sort((a, b) => a - b));
    expect(numbers(all.approved)).toEqual([43]);
    expect(all.filter).toEqual({});
    const bureau = all.options.bureaus.find((b) => b.code === zeimu.bureauCode);
    expect(bureau?.sections).toContainEqual({ id: zeimu.sectionId, name: "税務課" });

    const byBureau = await queue({ bureau: zeimu.bureauCode });
    expect([numbers(byBureau.submitted), numbers(byBureau.approved)]).toEqual([[42], [43]]);

    const bySection = await queue({ section: String(other.sectionId) });
    expect([numbers(bySection.submitted), numbers(bySection.approved)]).toEqual([[other.number], []]);

    const approvedOnly = await queue({ state: "approved" });
    expect([numbers(approvedOnly.submitted), numbers(approvedOnly.approved)]).toEqual([[], [43]]);

    const none = await queue({ bureau: zeimu.bureauCode, section: String(other.sectionId) });
    expect([none.submitted, none.approved]).toEqual([[], []]);
  });

  it("drops filter values that do not parse instead of failing the page", async () => {
    const garbage = await queue({ bureau: "税務", section: "abc", state: "published" });
    expect(garbage.filter).toEqual({ bureau: undefined, section: undefined, state: undefined });
    expect(numbers(garbage.submitted)).toEqual(numbers((await queue()).submitted));
  });

  it("shows a resubmission's return comment and its changes since the returned version", async () => {
    const first = await saveReport(suite.db, ctxOf(cast.editor), {
      itemNumber: 44,
      baseReportId: 0,
      baseVersion: 0,
      intent: "submit",
      fields: { ...COMPLETE_REPORT, achievements: "最初の実績" },
    });
    const comment = "実績に件数を書いてください。";
    const returned = await reviewReport(suite.db, ctxOf(cast.admin), {
      reportId: first.reportId,
      version: first.version,
      decision: "return",
      comment,
    });
    await saveReport(suite.db, ctxOf(cast.editor), {
      itemNumber: 44,
      baseReportId: returned.reportId,
      baseVersion: returned.version,
      intent: "submit",
      fields: { ...COMPLETE_REPORT, achievements: "申告件数 120件", progressPercent: "50" },
    });

    const entries = (await queue()).submitted;
    const again = entries.find((e) => e.item.number === 44);
    expect(again?.returned).toMatchObject({
      comment,
      achievements: "最初の実績",
      progressPercent: 40,
      changed: ["progressPercent", "achievements"],
    });
    expect(again?.report).toMatchObject({ achievements: "申告件数 120件", progressPercent: 50 });
    // A first submission was never returned.
    expect(entries.find((e) => e.item.number === 42)?.returned).toBeNull();
  });

  it("is the secretariat's: an editor is refused", async () => {
    const failure = await failureOf(listReviewQueue(suite.db, ctxOf(cast.editor)));
    expect(failure).toBeInstanceOf(ServiceError);
    expect(failure.code).toBe("forbidden");
  });
});
