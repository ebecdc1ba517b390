// 目標の変更履歴 through the real services: a confirmed KPI's target changes only with a reason, the
// change and its ledger entry commit together, and the ledger is public open data.

import { beforeAll, expect, it } from "vitest";
import type { z } from "zod";
import { addItemIndicator, reviewItemIndicator } from "../../lib/indicators/manage-indicators.ts";
import { updateItem } from "../../lib/items/update-item.ts";
import { loadChanges } from "../../lib/opendata/datasets.ts";
import { describeOnDatabases } from "../support/db.ts";
import { castIn, ctxOf, digest, failureOf } from "../support/fixtures.ts";

const ITEM = 43;
const KPI = {
  name: "課税誤りの件数",
  unit: "件",
  baselineValue: "12",
  baselineYear: "2023",
  targetValue: "0",
  targetYear: "2026",
  direction: "decrease",
};

describeOnDatabases("the commitment ledger", "imported", (suite) => {
  const cast = castIn(suite);
  let kpiId: number;

  beforeAll(async () => {
    const added = await addItemIndicator(suite.db, ctxOf(cast.admin), { itemNumber: ITEM, ...KPI });
    kpiId = added.indicatorId;
  });

  const fieldErrors = (error: { details?: Record<string, unknown> }) =>
    Object.fromEntries((error.details!.zod as z.ZodError).issues.map((i) => [String(i.path[0]), i.message]));
  const kpi = () => suite.db.indicator.findUniqueOrThrow({ where: { id: kpiId } });
  const review = async (over: Record<string, string>) => ({
    indicatorId: String(kpiId),
    baseUpdatedAt: (await kpi()).updatedAt.toISOString(),
    decision: "save",
    ...KPI,
    name: (await kpi()).name,
    ...over,
  });

  it("refuses to move a confirmed KPI's target without a reason, changing nothing", async () => {
    const before = await digest(suite.db);
    const error = await failureOf(reviewItemIndicator(suite.db, ctxOf(cast.admin), await review({ targetValue: "2" })));
    expect(error.code).toBe("invalid");
    expect(fieldErrors(error)).toEqual({ reason: "reasonRequired" });
    expect(await digest(suite.db)).toBe(before);
  });

  it("keeps no entry for an edit that leaves the target as it was", async () => {
    await reviewItemIndicator(suite.db, ctxOf(cast.admin), await review({ name: "課税誤りの件数（年間）" }));
    expect(await suite.db.itemChange.count({ where: { item: { number: ITEM } } })).toBe(0);
  });

  it("writes the target change and its ledger entry together, and publishes the entry", async () => {
    const stale = await review({ targetValue: "2", targetYear: "2027", reason: "国の制度改正で集計方法が変わるため" });
    await reviewItemIndicator(
      suite.db,
      ctxOf(cast.admin),
      await review({ targetValue: "2", targetYear: "2027", reason: "国の制度改正で集計方法が変わるため" }),
    );
    expect(await kpi()).toMatchObject({ targetValue: 2, targetYear: 2027 });
    const [entry] = await suite.db.itemChange.findMany({ where: { item: { number: ITEM } } });
    expect(entry).toMatchObject({
      field: "kpi",
      before: "「課税誤りの件数（年間）」0件（令和8年度（2026年度））",
      after: "「課税誤りの件数（年間）」2件（令和9年度（2027年度））",
      reason: "国の制度改正で集計方法が変わるため",
      changedById: cast.admin.id,
    });

    // A change refused for a stale form leaves no ledger entry behind.
    const entries = await suite.db.itemChange.count();
    const conflict = await failureOf(reviewItemIndicator(suite.db, ctxOf(cast.admin), { ...stale, targetValue: "3" }));
    expect(conflict.code).toBe("conflict");
    expect(await suite.db.itemChange.count()).toBe(entries);

    // Withdrawing the KPI is a change of commitment too.
    await reviewItemIndicator(
      suite.db,
      ctxOf(cast.admin),
      await review({ decision: "reject", reason: "指標を見直すため" }),
    );
    const ledger = (await loadChanges(suite.db)).filter((c) => c.itemNumber === ITEM);
    expect(ledger.map((c) => [c.field, c.after, c.reason])).toEqual([
      ["kpi", "「課税誤りの件数（年間）」2件（令和9年度（2027年度））", "国の制度改正で集計方法が変わるため"],
      ["kpi", "（KPIを取り下げ）", "指標を見直すため"],
    ]);
  });

  it("lists an item's target change in the public ledger with its reason", async () => {
    const item = await suite.db.planItem.findUniqueOrThrow({
      where: { number: ITEM },
      include: { section: true, classification: true },
    });
    await updateItem(suite.db, ctxOf(cast.admin), {
      itemNumber: String(ITEM),
      version: String(item.version),
      title: item.title,
      purpose: item.purpose,
      content: item.content,
      target: "課税誤り0件を継続する",
      sectionId: String(item.sectionId ?? ""),
      classificationId: String(item.classificationId ?? ""),
      reason: "審議会の意見を受けて目標を明確にしたため",
    });
    const last = (await loadChanges(suite.db)).at(-1)!;
    expect(last).toMatchObject({
      itemNumber: ITEM,
      field: "target",
      before: item.target,
      after: "課税誤り0件を継続する",
      reason: "審議会の意見を受けて目標を明確にしたため",
    });
  });
});
