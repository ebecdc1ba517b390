// The plan import page's Server Actions (内容を確認 / 取り込む) with real FormData holding a real File,
// through the one action wrapper: a real session cookie, the real service and database. Only Next's
// request and cache APIs are replaced, since no Next server runs here.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { loadPlanIntoEmpty } from "../../lib/plan/load-plan.ts";
import { buildPlanWorkbook, type PlanContent } from "../../lib/plan/plan-workbook.ts";
import { KAWASEMI_CODE, kawasemiPlan } from "../fixtures/plan-kawasemi.ts";
import { describeOnDatabases } from "../support/db.ts";
import { digest, makeUser } from "../support/fixtures.ts";
import { next, signInAs } from "../support/next-request.ts";

vi.mock("next/headers", async () =>
  (await import("../support/next-request.ts")).nextHeaders("req-plan-import", "192.0.2.31"),
);
vi.mock("next/cache", async () => (await import("../support/next-request.ts")).nextCache());
vi.mock("../../lib/db/client.ts", async () => (await import("../support/next-request.ts")).dbClient());

const { previewPlanImportAction, applyPlanImportAction } = await import(
  "../../lib/actions/plan/import-plan-actions.ts"
);
const { INITIAL_STATE } = await import("../../lib/actions/action-state.ts");

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function fileOf(content: PlanContent, name = "kawasemi-r2.xlsx"): Promise<File> {
  return new File([await buildPlanWorkbook(content).xlsx.writeBuffer()], name, { type: XLSX });
}

function form(file: File | null, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  if (file) data.append("file", file);
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describeOnDatabases("plan import actions", "migrated", (suite) => {
  let admin: Actor;
  beforeAll(async () => {
    const bytes = new Uint8Array(await buildPlanWorkbook(kawasemiPlan()).xlsx.writeBuffer());
    await loadPlanIntoEmpty(suite.db, bytes, "kawasemi.xlsx");
    admin = await makeUser(suite.db, { role: "admin" });
  });
  beforeEach(() => {
    next.db = suite.db;
    next.expired = [];
  });

  it("内容を確認 then 取り込む after the confirmation; the caches of the plan and the changed item expire", async () => {
    await signInAs(suite.db, admin);
    const revised = kawasemiPlan();
    revised.items[1].target = "新しい目標";
    const file = await fileOf(revised);
    const preview = await previewPlanImportAction(INITIAL_STATE, form(file));
    const checked = preview.ok ? preview.result : undefined;
    if (!checked) throw new Error(`preview failed: ${preview.message}`);
    expect(checked.municipality?.code).toBe(KAWASEMI_CODE);
    expect(checked.changedItems.map((i) => i.number)).toEqual([2]);
    const fields = { fileHash: checked.fileHash, digest: checked.digest };

    const before = await digest(suite.db);
    const unconfirmed = await applyPlanImportAction(INITIAL_STATE, form(file, fields));
    expect(unconfirmed.ok).toBe(false);
    expect(unconfirmed.fieldErrors?.confirm).toBe("required");
    expect(await digest(suite.db)).toBe(before);

    const applied = await applyPlanImportAction(INITIAL_STATE, form(file, { ...fields, confirm: "yes" }));
    const result = applied.ok ? applied.result : undefined;
    if (!result) throw new Error(`apply failed: ${applied.message}`);
    expect(result.counts.changedItems).toBe(1);
    expect((await suite.db.planItem.findUniqueOrThrow({ where: { number: 2 } })).target).toBe("新しい目標");
    expect(next.expired).toEqual(expect.arrayContaining(["tag:content", "tag:item:2"]));
  });

  it("a refused file's reason and parameters travel in the action state", async () => {
    await signInAs(suite.db, admin);
    const workbook = buildPlanWorkbook(kawasemiPlan());
    workbook.removeWorksheet(workbook.getWorksheet("団体")!.id);
    const file = new File([await workbook.xlsx.writeBuffer()], "bad.xlsx", { type: XLSX });
    const state = await previewPlanImportAction(INITIAL_STATE, form(file));
    expect(state).toMatchObject({
      ok: false,
      message: "invalid_file",
      reason: { code: "missing_sheet", params: { sheet: "団体" } },
    });
    const missing = await previewPlanImportAction(INITIAL_STATE, form(null));
    expect(missing.fieldErrors?.file).toBe("fileRequired");
  });
});
