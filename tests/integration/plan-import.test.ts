// Loading another municipality's plan: a fixture plan of 23 items (かわせみ町) into an empty database,
// the re-import that changes nothing, a revised plan, the export → import round trip (also of
// Iizuka's imported source), PLAN_FILE on start, and every bad file refused without a change.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { migrate } from "../../lib/db/migrate.ts";
import { prepareDatabase } from "../../lib/db/prepare.ts";
import { applyPlanImport, previewPlanImport } from "../../lib/plan/import-plan.ts";
import { loadPlanIntoEmpty, PlanLoadError } from "../../lib/plan/load-plan.ts";
import { getPlanExport, getPlanTemplateAccess } from "../../lib/plan/load-plan-files.ts";
import { loadPlanContent } from "../../lib/plan/plan-content.ts";
import { buildPlanWorkbook, type PlanContent } from "../../lib/plan/plan-workbook.ts";
import { KAWASEMI_CODE, KAWASEMI_ITEMS, kawasemiPlan } from "../fixtures/plan-kawasemi.ts";
import type { Db } from "../support/db.ts";
import { describeOnDatabases, openTestDb, targets } from "../support/db.ts";
import { auditSince, ctxOf, digest, failureOf, lastAuditId, makeUser } from "../support/fixtures.ts";

async function bytesOf(content: PlanContent): Promise<Uint8Array> {
  return new Uint8Array(await buildPlanWorkbook(content).xlsx.writeBuffer());
}

async function previewAndApply(db: Db, admin: Actor, fileName: string, bytes: Uint8Array) {
  const preview = await previewPlanImport(db, ctxOf(admin), { fileName, bytes });
  const result = await applyPlanImport(db, ctxOf(admin), {
    fileName,
    bytes,
    fileHash: preview.fileHash,
    digest: preview.digest,
  });
  return { preview, result };
}

describeOnDatabases("plan import of another municipality", "migrated", (suite) => {
  let admin: Actor;

  beforeAll(async () => {
    const counts = await loadPlanIntoEmpty(suite.db, await bytesOf(kawasemiPlan()), "kawasemi.xlsx");
    expect(counts.items).toBe(KAWASEMI_ITEMS);
    admin = await makeUser(suite.db, { role: "admin" });
  });

  it("loads the municipality, the 23 items, bureaus with codes in order of appearance, sections, categories", async () => {
    const db = suite.db;
    expect(await db.municipality.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      name: "かわせみ町",
      code: KAWASEMI_CODE,
      planName: "かわせみ町行財政改革実施計画",
      startFiscalYear: 2025,
      endFiscalYear: 2027,
      licenceName: "CC BY 4.0",
      secretariat: "企画財政課",
    });
    expect(await db.planItem.count()).toBe(KAWASEMI_ITEMS);
    const bureaus = await db.bureau.findMany({ orderBy: { code: "asc" } });
    expect(bureaus.map((b) => [b.code, b.name, b.sourceName])).toEqual([
      ["01", "総務部", "総務部"],
      ["02", "住民福祉部", "住民福祉部"],
      ["03", "まちづくり部", "まちづくり部"],
    ]);
    expect(await db.reformArea.count()).toBe(3);
    expect(await db.direction.count()).toBe(6);
    expect(await db.section.count()).toBe(6);
    const item3 = await db.planItem.findUniqueOrThrow({
      where: { number: 3 },
      include: { area: true, direction: true },
    });
    expect(item3).toMatchObject({ startFiscalYear: 2026, endFiscalYear: 2027, areaLabel: "財政の改革" });
    expect(item3.area?.name).toBe("財政の改革");
    expect(item3.direction?.name).toBe("歳入の確保");
    const item23 = await db.planItem.findUniqueOrThrow({ where: { number: 23 } });
    expect(item23.sectionId).toBeNull();
    const indicators = await db.indicator.findMany({ where: { scope: "vision" }, orderBy: { sortOrder: "asc" } });
    expect(indicators.map((i) => [i.name, i.baselineValue, i.baselineYear, i.targetYear, i.direction])).toEqual([
      ["町民満足度", 52.5, 2024, 2027, "increase"],
      ["窓口の平均待ち時間", 25, 2024, 2027, "decrease"],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "plan.load" } });
    expect(audit.actorRole).toBe("anonymous");
  });

  it("finds the plan's data-quality problems as the source's: empty fields, non-standard categories, garbles", async () => {
    const findings = await suite.db.dataQualityFinding.findMany({ include: { item: true } });
    const keys = findings.map((f) => f.key).sort();
    expect(keys).toContain("empty:5:purpose");
    expect(keys).toContain("empty:23:section");
    expect(keys).toContain("nonstandard:7:area");
    expect(keys.filter((key) => key.startsWith("text:"))).toEqual([
      expect.stringMatching(/^text:digit_for_letter:item:11:title:/),
    ]);
    const item7 = await suite.db.planItem.findUniqueOrThrow({ where: { number: 7 }, include: { area: true } });
    expect(item7.areaLabel).toBe("組織･人材の改革");
    expect(item7.area?.name).toBe("組織・人材の改革");
  });

  it("re-importing the same file changes nothing", async () => {
    const before = await digest(suite.db);
    const { preview, result } = await previewAndApply(suite.db, admin, "kawasemi.xlsx", await bytesOf(kawasemiPlan()));
    expect(preview.changesSomething).toBe(false);
    expect(preview.unchangedItems).toBe(KAWASEMI_ITEMS);
    expect(preview.problems).toEqual([]);
    expect(Object.values(result.counts).every((n) => n === 0)).toBe(true);
    expect(await digest(suite.db)).toBe(before);
  });

  it("export → import round-trips with no changes", async () => {
    const content = await loadPlanContent(suite.db);
    expect(content.municipality.secretariat).toBe("企画財政課");
    const preview = await previewPlanImport(suite.db, ctxOf(admin), {
      fileName: "export.xlsx",
      bytes: await bytesOf(content),
    });
    expect(preview.problems).toEqual([]);
    expect(preview.changesSomething).toBe(false);
    expect(preview.missingItems).toEqual([]);
  });

  it("a file without the row 担当部署（事務局） (made before it existed) leaves the secretariat as it is", async () => {
    const workbook = buildPlanWorkbook(await loadPlanContent(suite.db));
    workbook.getWorksheet("団体")!.spliceRows(7, 1);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = await previewPlanImport(suite.db, ctxOf(admin), { fileName: "old.xlsx", bytes });
    expect(preview.problems).toEqual([]);
    expect(preview.municipality?.changes).toEqual([]);
    expect(preview.changesSomething).toBe(false);
  });

  it("a revised plan: new and changed items with old → new, missing items reported and kept, one audited transaction", async () => {
    const revised = kawasemiPlan();
    revised.items[2].title = "かわせみ町の取組3（見直し）";
    revised.items[2].endFiscalYear = "令和10";
    revised.items.push({
      ...revised.items[0],
      number: 24,
      title: "新しい取組",
      bureau: "議会事務局",
      section: "議事課",
    });
    revised.items = revised.items.filter((item) => item.number !== 10);
    revised.municipality.planName = "かわせみ町行財政改革実施計画（改訂版）";
    revised.municipality.secretariat = "総務課";
    const bytes = await bytesOf(revised);
    const auditFrom = await lastAuditId(suite.db);
    const { preview, result } = await previewAndApply(suite.db, admin, "kawasemi-r2.xlsx", bytes);
    expect(preview.newItems.map((i) => i.number)).toEqual([24]);
    expect(preview.missingItems).toEqual([{ number: 10, title: "かわせみ町の取組10" }]);
    expect(preview.changedItems).toEqual([
      {
        line: 4,
        number: 3,
        title: "かわせみ町の取組3（見直し）",
        changes: [
          { field: "title", before: "かわせみ町の取組3", after: "かわせみ町の取組3（見直し）" },
          {
            field: "period",
            before: "令和8年度〜令和9年度（2026〜2027年度）",
            after: "令和8年度〜令和10年度（2026〜2028年度）",
          },
        ],
      },
    ]);
    expect(preview.municipality?.changes).toEqual([
      { field: "planName", before: "かわせみ町行財政改革実施計画", after: "かわせみ町行財政改革実施計画（改訂版）" },
      { field: "secretariat", before: "企画財政課", after: "総務課" },
    ]);
    expect((await suite.db.municipality.findUniqueOrThrow({ where: { id: 1 } })).secretariat).toBe("総務課");
    expect(preview.created.bureaus).toEqual(["議会事務局"]);
    expect(result.counts).toMatchObject({ items: 1, changedItems: 1, itemChanges: 2, bureaus: 1, sections: 1 });

    const item3 = await suite.db.planItem.findUniqueOrThrow({ where: { number: 3 }, include: { changes: true } });
    expect(item3).toMatchObject({ title: "かわせみ町の取組3（見直し）", endFiscalYear: 2028, version: 2 });
    expect(item3.changes.map((c) => [c.field, c.reason, c.changedById])).toEqual([
      ["title", "計画ファイルの取り込み（kawasemi-r2.xlsx）", admin.id],
      ["period", "計画ファイルの取り込み（kawasemi-r2.xlsx）", admin.id],
    ]);
    expect(await suite.db.planItem.count({ where: { number: 10 } })).toBe(1);
    expect((await suite.db.bureau.findUniqueOrThrow({ where: { sourceName: "議会事務局" } })).code).toBe("04");
    const audit = await auditSince(suite.db, auditFrom);
    expect(audit.map((a) => [a.action, a.outcome])).toEqual([["plan.import", "ok"]]);

    // And again: nothing changes, and the assigned codes stay.
    const before = await digest(suite.db);
    const again = await previewAndApply(suite.db, admin, "kawasemi-r2.xlsx", bytes);
    expect(again.preview.changesSomething).toBe(false);
    expect(await digest(suite.db)).toBe(before);
  });

  it("a CSV of the 「取組項目」 sheet in Shift_JIS changes items and leaves the municipality as it is", async () => {
    const content = await loadPlanContent(suite.db);
    const header = [
      "番号",
      "取組項目",
      "部局",
      "所管部署",
      "目的",
      "内容",
      "3年後の目指す姿（目標）",
      "大分類",
      "小分類",
      "プラン取組項目分類",
      "計画期間（開始年度）",
      "計画期間（終了年度）",
    ];
    const rows = content.items.map((item) =>
      [
        item.number,
        item.number === 1 ? "取組1（CSV）" : item.title,
        item.bureau,
        item.section,
        item.purpose,
        item.content,
        item.target,
        item.area,
        item.direction,
        item.classification,
        item.startFiscalYear,
        item.endFiscalYear,
      ]
        .map((v) => `"${String(v ?? "").replace(/"/g, '""')}"`)
        .join(","),
    );
    const bytes = new Uint8Array(iconv.encode([header.join(","), ...rows].join("\r\n"), "Shift_JIS"));
    const preview = await previewPlanImport(suite.db, ctxOf(admin), { fileName: "items.csv", bytes });
    expect(preview.encoding).toBe("Shift_JIS");
    expect(preview.municipality).toBeNull();
    expect(preview.problems).toEqual([]);
    expect(preview.changedItems.map((i) => [i.number, i.changes])).toEqual([
      [1, [{ field: "title", before: "かわせみ町の取組1", after: "取組1（CSV）" }]],
    ]);
  });

  it("only the secretariat may preview or import a plan; a refusal is audited and changes nothing", async () => {
    const editor = await makeUser(suite.db, { role: "editor", section: "総務課" });
    const bytes = await bytesOf(kawasemiPlan());
    const before = await digest(suite.db);
    expect((await failureOf(previewPlanImport(suite.db, ctxOf(editor), { fileName: "k.xlsx", bytes }))).code).toBe(
      "forbidden",
    );
    const refused = await failureOf(
      applyPlanImport(suite.db, ctxOf(editor), {
        fileName: "k.xlsx",
        bytes,
        fileHash: "0".repeat(64),
        digest: "0".repeat(64),
      }),
    );
    expect(refused.code).toBe("forbidden");
    expect(await digest(suite.db)).toBe(before);
    expect(await suite.db.auditLog.count({ where: { action: "plan.import", outcome: "denied" } })).toBe(2);
  });

  it("the export and the template are the secretariat's: an editor is refused and the refusal audited", async () => {
    const editor = await makeUser(suite.db, { role: "editor", section: "総務課" });
    expect((await failureOf(getPlanExport(suite.db, ctxOf(editor)))).code).toBe("forbidden");
    expect((await failureOf(getPlanTemplateAccess(suite.db, ctxOf(null)))).code).toBe("unauthenticated");
    expect(await suite.db.auditLog.count({ where: { action: "plan.export", outcome: "denied" } })).toBe(1);
    const exported = await getPlanExport(suite.db, ctxOf(admin));
    expect(exported.fileBase).toBe("かわせみ町_計画ファイル");
    expect(exported.municipality.code).toBe(KAWASEMI_CODE);
  });

  it("applies only what was previewed", async () => {
    const revised = kawasemiPlan();
    revised.items[0].title = "もう一度見直した取組1";
    const bytes = await bytesOf(revised);
    const preview = await previewPlanImport(suite.db, ctxOf(admin), { fileName: "r3.xlsx", bytes });
    const before = await digest(suite.db);
    const stale = await failureOf(
      applyPlanImport(suite.db, ctxOf(admin), {
        fileName: "r3.xlsx",
        bytes,
        fileHash: preview.fileHash,
        digest: "f".repeat(64),
      }),
    );
    expect([stale.code, stale.details?.reason]).toEqual(["conflict", "changed_since_preview"]);
    expect(await digest(suite.db)).toBe(before);
  });
});

/** Bad plan files: each refused with its reason (or its problems), nothing changed. */
describeOnDatabases("bad plan files", "migrated", (suite) => {
  let admin: Actor;
  beforeAll(async () => {
    await loadPlanIntoEmpty(suite.db, await bytesOf(kawasemiPlan()), "kawasemi.xlsx");
    admin = await makeUser(suite.db, { role: "admin" });
  });

  async function workbookWith(change: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const workbook = buildPlanWorkbook(kawasemiPlan());
    change(workbook);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  async function refusal(bytes: Uint8Array, fileName = "bad.xlsx") {
    const before = await digest(suite.db);
    const error = await failureOf(previewPlanImport(suite.db, ctxOf(admin), { fileName, bytes }));
    const applied = await failureOf(
      applyPlanImport(suite.db, ctxOf(admin), { fileName, bytes, fileHash: "0".repeat(64), digest: "0".repeat(64) }),
    );
    expect(applied.code).toBeDefined();
    expect(await digest(suite.db)).toBe(before);
    return { code: error.code, reason: error.details?.reason, params: error.details?.params };
  }

  /** A file that reads but has problems: listed by the preview, refused by apply, nothing changed. */
  async function problemsOf(bytes: Uint8Array) {
    const before = await digest(suite.db);
    const preview = await previewPlanImport(suite.db, ctxOf(admin), { fileName: "bad.xlsx", bytes });
    const refused = await failureOf(
      applyPlanImport(suite.db, ctxOf(admin), {
        fileName: "bad.xlsx",
        bytes,
        fileHash: preview.fileHash,
        digest: preview.digest,
      }),
    );
    expect([refused.code, refused.details?.reason]).toEqual(["invalid_file", "has_problems"]);
    expect(await digest(suite.db)).toBe(before);
    return preview.problems;
  }

  it("a missing sheet", async () => {
    const bytes = await workbookWith((wb) => wb.removeWorksheet(wb.getWorksheet("取組項目")!.id));
    expect(await refusal(bytes)).toEqual({
      code: "invalid_file",
      reason: "missing_sheet",
      params: { sheet: "取組項目" },
    });
  });

  it("duplicate item numbers", async () => {
    const plan = kawasemiPlan();
    plan.items[5].number = 3;
    const problems = await problemsOf(await bytesOf(plan));
    expect(problems).toEqual([
      { sheet: "取組項目", line: 7, column: "番号", code: "duplicate", params: { number: 3 } },
    ]);
  });

  it("an invalid municipality code", async () => {
    const plan = kawasemiPlan();
    plan.municipality.code = "079990";
    const problems = await problemsOf(await bytesOf(plan));
    expect(problems).toEqual([
      {
        sheet: "団体",
        line: 3,
        column: "全国地方公共団体コード",
        code: "municipality_code",
        params: { value: "079990" },
      },
    ]);
  });

  it("a code typed as a number keeps its leading zero; without its check digit it is refused", async () => {
    const numeric = await workbookWith((wb) => {
      wb.getWorksheet("団体")!.getCell("B3").value = Number(KAWASEMI_CODE);
    });
    const preview = await previewPlanImport(suite.db, ctxOf(admin), { fileName: "n.xlsx", bytes: numeric });
    expect(preview.problems).toEqual([]);
    expect(preview.municipality?.code).toBe(KAWASEMI_CODE);
    const plan = kawasemiPlan();
    plan.municipality.code = "07999";
    expect(await problemsOf(await bytesOf(plan))).toMatchObject([
      { code: "municipality_code", params: { value: "07999" } },
    ]);
  });

  it("an unknown 大分類 in 「取組項目」", async () => {
    const plan = kawasemiPlan();
    plan.items[1].area = "観光の改革";
    const problems = await problemsOf(await bytesOf(plan));
    expect(problems).toEqual([
      { sheet: "取組項目", line: 3, column: "大分類", code: "unknown_area", params: { value: "観光の改革" } },
    ]);
  });

  it("merged cells", async () => {
    const bytes = await workbookWith((wb) => wb.getWorksheet("取組項目")!.mergeCells("B2:C2"));
    expect(await refusal(bytes)).toMatchObject({ code: "invalid_file", reason: "merged_cells" });
  });

  it("a file over 5 MB", async () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await refusal(bytes)).toEqual({ code: "invalid_file", reason: "too_large", params: { limitMb: 5 } });
  });

  it("a zip bomb", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/bomb.bin", new Uint8Array(60 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.byteLength).toBeLessThan(5 * 1024 * 1024);
    expect(await refusal(bytes)).toMatchObject({ code: "invalid_file", reason: "unpacked_too_large" });
  });

  it("not a plan at all", async () => {
    expect(await refusal(new TextEncoder().encode("hello"), "notes.txt")).toMatchObject({ reason: "not_plan" });
  });
});

describe.each(targets)("PLAN_FILE on start on $name", (target) => {
  it("loads the plan into an empty database instead of the built-in source, and keeps it on later starts", async () => {
    const testDb = await openTestDb(target);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-file-"));
    try {
      const file = path.join(dir, "kawasemi.xlsx");
      fs.writeFileSync(file, await bytesOf(kawasemiPlan()));
      await prepareDatabase(testDb.db, { NODE_ENV: "test", PLAN_FILE: file });
      expect(await testDb.db.planItem.count()).toBe(KAWASEMI_ITEMS);
      expect((await testDb.db.municipality.findUniqueOrThrow({ where: { id: 1 } })).name).toBe("かわせみ町");
      // A later start, with or without PLAN_FILE, adds neither the file again nor Iizuka's source.
      await prepareDatabase(testDb.db, { NODE_ENV: "test" });
      await prepareDatabase(testDb.db, { NODE_ENV: "test", PLAN_FILE: file });
      expect(await testDb.db.planItem.count()).toBe(KAWASEMI_ITEMS);
      expect(await testDb.db.councilMeeting.count()).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await testDb.close();
    }
  });

  it("refuses a bad plan file with a Japanese message naming every problem, loading nothing", async () => {
    const testDb = await openTestDb(target);
    try {
      await migrate(testDb.db);
      const plan = kawasemiPlan();
      plan.municipality.code = "123456";
      plan.items[0].startFiscalYear = "平成九十九";
      const error = await failureOf(loadPlanIntoEmpty(testDb.db, await bytesOf(plan), "bad.xlsx"));
      expect(error).toBeInstanceOf(PlanLoadError);
      expect(error.message).toContain("ファイルに2件のエラーがあるため、取り込めません。");
      expect(error.message).toContain("団体 3行目「全国地方公共団体コード」");
      expect(error.message).toContain("取組項目 2行目「計画期間（開始年度）」");
      expect(await testDb.db.planItem.count()).toBe(0);
      expect(await testDb.db.municipality.count()).toBe(0);
      const csv = new TextEncoder().encode(
        "番号,取組項目,部局,所管部署,目的,内容,3年後の目指す姿（目標）,大分類,小分類,プラン取組項目分類,計画期間（開始年度）,計画期間（終了年度）\n1,取組,総務部,,,,,,,,R7,R9\n",
      );
      const csvError = await failureOf(loadPlanIntoEmpty(testDb.db, csv, "items.csv"));
      expect(csvError.message).toBe("シート「団体」がありません。ひな形のシート名のまま使ってください。");
      expect(await testDb.db.planItem.count()).toBe(0);
    } finally {
      await testDb.close();
    }
  });
});

describeOnDatabases("export → import of Iizuka's plan", "imported", (suite) => {
  it("changes nothing", async () => {
    const admin = await makeUser(suite.db, { role: "admin" });
    const content = await loadPlanContent(suite.db);
    expect(content.municipality.secretariat).toBe("業務改善・DX推進課");
    const bytes = await bytesOf(content);
    const before = await digest(suite.db);
    const { preview } = await previewAndApply(suite.db, admin, "iizuka.xlsx", bytes);
    expect(preview.problems).toEqual([]);
    expect(preview.changedItems).toEqual([]);
    expect(preview.unchangedItems).toBe(118);
    expect(preview.changesSomething).toBe(false);
    expect(await digest(suite.db)).toBe(before);
  });
});
