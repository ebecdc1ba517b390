// The secretariat's small fixes: years typed as 和暦 (令和7, R7), an item's 大分類・小分類・計画期間
// edited with a reason, and the audit log naming the item a record is about.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { auditFilterSchema, listAudit } from "../../lib/audit/list-audit.ts";
import { addItemIndicator, reviewItemIndicator } from "../../lib/indicators/manage-indicators.ts";
import { updateItem } from "../../lib/items/update-item.ts";
import { createPeriod } from "../../lib/periods/manage-periods.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { describeOnDatabases } from "../support/db.ts";
import { auditSince, COMPLETE_REPORT, castIn, ctxOf, digest, failureOf, lastAuditId } from "../support/fixtures.ts";

/** The field messages of an `invalid` refusal, by field. */
async function fieldErrors(call: Promise<unknown>): Promise<Record<string, string>> {
  const error = await failureOf(call);
  expect(error.code).toBe("invalid");
  const zod = error.details?.zod as z.ZodError | undefined;
  return Object.fromEntries((zod?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
}

describeOnDatabases("admin fixes", "imported", (suite) => {
  // The open period is 2024's, so that 令和7 (2025) can still be created below.
  const cast = castIn(suite, { period: { fiscalYear: 2024 } });

  describe("years typed as 和暦", () => {
    it("creates periods for 「令和7」 and 「R7」 as fiscal year 2025", async () => {
      const first = await createPeriod(suite.db, ctxOf(cast.admin), {
        fiscalYear: "令和7",
        term: "first_half",
        dueOn: "2025-10-31",
      });
      const second = await createPeriod(suite.db, ctxOf(cast.admin), {
        fiscalYear: "R7",
        term: "year_end",
        dueOn: "2026-04-30",
      });
      expect([first.fiscalYear, second.fiscalYear]).toEqual([2025, 2025]);
      const stored = await suite.db.reportingPeriod.findMany({ where: { id: { in: [first.id, second.id] } } });
      expect(stored.map((p) => p.fiscalYear)).toEqual([2025, 2025]);
    });

    it("refuses 「令和100」 as a field error and creates nothing", async () => {
      const before = await digest(suite.db);
      const errors = await fieldErrors(
        createPeriod(suite.db, ctxOf(cast.admin), { fiscalYear: "令和100", term: "first_half", dueOn: "2026-10-31" }),
      );
      expect(errors).toEqual({ fiscalYear: "fiscalYear" });
      expect(await digest(suite.db)).toBe(before);
    });

    it("takes a KPI's 基準年度 and 目標年度 as 和暦, and refuses one that is no year", async () => {
      const kpi = { itemNumber: 43, unit: "件", direction: "increase", baselineValue: "600", targetValue: "1,200" };
      const added = await addItemIndicator(suite.db, ctxOf(cast.admin), {
        ...kpi,
        name: "電子申告の件数",
        baselineYear: "令和2年度",
        targetYear: "Ｒ８",
      });
      const stored = await suite.db.indicator.findUniqueOrThrow({ where: { id: added.indicatorId } });
      expect(stored).toMatchObject({ baselineYear: 2020, targetYear: 2026 });
      const errors = await fieldErrors(
        addItemIndicator(suite.db, ctxOf(cast.admin), {
          ...kpi,
          name: "別の指標",
          baselineYear: "令和100",
          targetYear: "R8",
        }),
      );
      expect(errors).toEqual({ baselineYear: "year" });
    });
  });

  describe("大分類・小分類・計画期間 of an item", () => {
    let ids: { area: number; direction: number; otherAreaDirection: number };

    beforeAll(async () => {
      const directions = await suite.db.direction.findMany({ include: { area: true } });
      const efficiency = directions.find((d) => d.name === "業務の効率化")!;
      ids = {
        area: efficiency.areaId,
        direction: efficiency.id,
        otherAreaDirection: directions.find((d) => d.areaId !== efficiency.areaId)!.id,
      };
    });

    /** Item 87 as the edit form sends it, unchanged, with the given fields over it. */
    async function formOf(number: number, fields: Record<string, unknown>) {
      const item = await suite.db.planItem.findUniqueOrThrow({ where: { number } });
      return {
        itemNumber: number,
        version: item.version,
        title: item.title,
        purpose: item.purpose,
        content: item.content,
        target: item.target,
        sectionId: item.sectionId ?? "",
        classificationId: item.classificationId ?? "",
        areaId: item.areaId ?? "",
        directionId: item.directionId ?? "",
        startFiscalYear: String(item.startFiscalYear),
        endFiscalYear: String(item.endFiscalYear),
        reason: "",
        ...fields,
      };
    }

    it("classifies an unclassified item and extends its plan period, with the reason in its change history", async () => {
      const before = await suite.db.planItem.findUniqueOrThrow({ where: { number: 20 } });
      expect(before).toMatchObject({ areaId: null, directionId: null, areaLabel: "", directionLabel: "" });
      const mark = await lastAuditId(suite.db);
      const reason = "ビジョンの分類に合わせて設定";
      const result = await updateItem(
        suite.db,
        ctxOf(cast.admin),
        await formOf(20, {
          areaId: String(ids.area),
          directionId: String(ids.direction),
          startFiscalYear: "令和6",
          endFiscalYear: "R10",
          reason,
        }),
      );
      expect(result).toEqual({ itemNumber: 20, version: before.version + 1, changed: 3 });

      const after = await suite.db.planItem.findUniqueOrThrow({ where: { number: 20 } });
      expect(after).toMatchObject({
        areaId: ids.area,
        directionId: ids.direction,
        areaLabel: "情報・デジタル化の改革",
        directionLabel: "業務の効率化",
        startFiscalYear: 2024,
        endFiscalYear: 2028,
        version: before.version + 1,
      });
      const changes = await suite.db.itemChange.findMany({ where: { itemId: before.id }, orderBy: { id: "asc" } });
      expect(changes.map((c) => [c.field, c.before, c.after, c.reason, c.changedById])).toEqual([
        ["area", "", "情報・デジタル化の改革", reason, cast.admin.id],
        ["direction", "", "業務の効率化", reason, cast.admin.id],
        [
          "period",
          "令和6年度〜令和8年度（2024〜2026年度）",
          "令和6年度〜令和10年度（2024〜2028年度）",
          reason,
          cast.admin.id,
        ],
      ]);
      const [audit] = await auditSince(suite.db, mark);
      expect(audit).toMatchObject({
        action: "item.edit",
        entityType: "PlanItem",
        entityId: "20",
        outcome: "ok",
        actorId: cast.admin.id,
        after: { area: "情報・デジタル化の改革", direction: "業務の効率化", reason },
      });
    });

    it("refuses a change without a reason, and changes nothing", async () => {
      const before = await digest(suite.db);
      const errors = await fieldErrors(
        updateItem(suite.db, ctxOf(cast.admin), await formOf(87, { areaId: String(ids.area), reason: "  " })),
      );
      expect(errors).toEqual({ reason: "reasonRequired" });
      expect(await digest(suite.db)).toBe(before);
    });

    it("refuses an edit based on a version someone else has changed since", async () => {
      const stale = await formOf(87, { areaId: String(ids.area), reason: "分類を設定" });
      await updateItem(
        suite.db,
        ctxOf(cast.admin),
        await formOf(87, { title: "有害鳥獣対策の民間委託", reason: "名称の修正" }),
      );
      const before = await digest(suite.db);
      expect((await failureOf(updateItem(suite.db, ctxOf(cast.admin), stale))).code).toBe("conflict");
      expect(await digest(suite.db)).toBe(before);
    });

    it.each([
      ["a 小分類 of another 大分類", { areaId: "AREA", directionId: "OTHER" }, { directionId: "directionOutsideArea" }],
      [
        "a 小分類 without its 大分類",
        { areaId: "", directionId: "DIRECTION" },
        { directionId: "directionOutsideArea" },
      ],
      [
        "a plan period that ends before it starts",
        { startFiscalYear: "R8", endFiscalYear: "令和6" },
        { endFiscalYear: "planPeriodOrder" },
      ],
      ["a year that is no year", { startFiscalYear: "令和100" }, { startFiscalYear: "planYear" }],
    ])("refuses %s as a field error", async (_, fields, expected) => {
      const resolve = (v: string) =>
        v === "AREA"
          ? String(ids.area)
          : v === "OTHER"
            ? String(ids.otherAreaDirection)
            : v === "DIRECTION"
              ? String(ids.direction)
              : v;
      const sent = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, resolve(v)]));
      const before = await digest(suite.db);
      const errors = await fieldErrors(
        updateItem(suite.db, ctxOf(cast.admin), await formOf(87, { ...sent, reason: "分類を設定" })),
      );
      expect(errors).toEqual(expected);
      expect(await digest(suite.db)).toBe(before);
    });

    it("keeps the categories and the plan period of a caller that does not send them", async () => {
      const form = await formOf(78, { purpose: "観光地域づくりの推進", reason: "目的の修正" });
      const { areaId, directionId, startFiscalYear, endFiscalYear, ...older } = form;
      const before = await suite.db.planItem.findUniqueOrThrow({ where: { number: 78 } });
      await updateItem(suite.db, ctxOf(cast.admin), older);
      const after = await suite.db.planItem.findUniqueOrThrow({ where: { number: 78 } });
      expect(after).toMatchObject({
        purpose: "観光地域づくりの推進",
        areaId: before.areaId,
        directionId: null,
        directionLabel: "歳入の適正化",
        startFiscalYear: before.startFiscalYear,
        endFiscalYear: before.endFiscalYear,
      });
    });
  });

  describe("the audit log", () => {
    it("names the item of each record about one, whether it is the item, a report or a KPI of it", async () => {
      const mark = await lastAuditId(suite.db);
      const report = await saveReport(suite.db, ctxOf(cast.editor), {
        itemNumber: 44,
        baseReportId: 0,
        baseVersion: 0,
        intent: "submit",
        fields: COMPLETE_REPORT,
      });
      // Refusals record only the entity's id: the report's and the KPI's ids are resolved to their items.
      await failureOf(
        reviewReport(suite.db, ctxOf(cast.editor), {
          reportId: report.reportId,
          version: report.version,
          decision: "approve",
        }),
      );
      const kpi = await suite.db.indicator.findFirstOrThrow({ where: { item: { number: 43 } } });
      await failureOf(
        reviewItemIndicator(suite.db, ctxOf(cast.editor), {
          indicatorId: kpi.id,
          baseUpdatedAt: kpi.updatedAt.toISOString(),
          decision: "reject",
        }),
      );
      await failureOf(updateItem(suite.db, ctxOf(cast.council), { itemNumber: 56, version: 1, reason: "x" }));
      await createPeriod(suite.db, ctxOf(cast.admin), { fiscalYear: "令和9", term: "first_half", dueOn: "2027-10-31" });

      const { rows } = await listAudit(suite.db, ctxOf(cast.admin), auditFilterSchema.parse({}));
      const recent = rows.filter((r) => r.id > mark).reverse();
      expect(recent.map((r) => [r.action, r.outcome, r.item])).toEqual([
        ["report.submit", "ok", { number: 44, title: "WEB口座振替受付サービスの推進" }],
        ["report.approve", "denied", { number: 44, title: "WEB口座振替受付サービスの推進" }],
        ["indicator.reject", "denied", { number: 43, title: expect.any(String) }],
        ["item.edit", "denied", { number: 56, title: expect.any(String) }],
        ["period.create", "ok", null],
      ]);
      const titles = await suite.db.planItem.findMany({
        where: { number: { in: [43, 56] } },
        orderBy: { number: "asc" },
      });
      expect(recent.slice(2, 4).map((r) => r.item?.title)).toEqual(titles.map((t) => t.title));
      // The denied report review recorded the report's id, not the item's number.
      expect(recent[1].entityId).toBe(String(report.reportId));
    });
  });
});
