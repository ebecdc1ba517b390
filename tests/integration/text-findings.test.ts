// Garbled texts: the findings the import records for the real source, and the secretariat's
// correction of one (the item's text through the item edit's record, the vision's block in place).
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { TX_OPTIONS } from "../../lib/db/tx.ts";
import { importSource } from "../../lib/importer/import-source.ts";
import { correctFinding, textDigest } from "../../lib/quality/correct-finding.ts";
import { importTextFindings, type TextFindingDetail } from "../../lib/quality/import-text-findings.ts";
import { listTextFindings, textFindingFilterSchema } from "../../lib/quality/list-text-findings.ts";
import { TEXT_ISSUE_KINDS } from "../../lib/quality/text-checks.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import { auditSince, castIn, ctxOf, digest, failureOf, lastAuditId } from "../support/fixtures.ts";

const BP0 = "専門分野のBP0の推進";
const BPO = "専門分野のBPOの推進";
const APPROACH = "vision.section.取り組みの考え方";

/** Everything a correction may touch, besides what the shared digest covers. */
async function qualityDigest(db: Db): Promise<string> {
  const byId = { orderBy: { id: "asc" as const } };
  const [findings, blocks, classifications, variants] = await Promise.all([
    db.dataQualityFinding.findMany(byId),
    db.contentBlock.findMany(byId),
    db.classification.findMany(byId),
    db.itemSourceVariant.findMany(byId),
  ]);
  return (await digest(db)) + JSON.stringify({ findings, blocks, classifications, variants });
}

const textFindings = (db: Db) =>
  db.dataQualityFinding.findMany({
    where: { kind: { in: [...TEXT_ISSUE_KINDS] } },
    include: { item: { select: { number: true } } },
    orderBy: { id: "asc" },
  });

describeOnDatabases("text findings", "imported", (suite) => {
  const cast = castIn(suite);
  let db: Db;
  beforeAll(() => {
    db = suite.db;
  });

  describe("the import", () => {
    it("flags 「BP0」 in the classification of its 10 items, one finding each", async () => {
      const found = (await textFindings(db)).filter((f) => f.kind === "digit_for_letter");
      const items = await db.planItem.findMany({
        where: { classification: { name: BP0 } },
        orderBy: { number: "asc" },
      });
      expect(items).toHaveLength(10);
      expect(found.map((f) => [f.item?.number, f.field])).toEqual(items.map((i) => [i.number, "classification"]));
      for (const f of found) {
        const detail = f.detail as unknown as TextFindingDetail;
        expect(detail).toMatchObject({ text: BP0, suggestion: BPO, spans: [{ text: "BP0", suggestion: "BPO" }] });
      }
    });

    it("flags the vision's 「…キャストिंग」: the heading and two paragraphs, four words", async () => {
      const found = (await textFindings(db)).filter((f) => f.kind === "mixed_script");
      expect(found.map((f) => [f.itemId, f.field])).toEqual([
        [null, "heading"],
        [null, "body.0"],
        [null, "body.2"],
      ]);
      const details = found.map((f) => f.detail as unknown as TextFindingDetail);
      expect(details.every((d) => d.block === APPROACH)).toBe(true);
      expect(details.flatMap((d) => d.spans.map((s) => s.text))).toEqual([
        "バックキャストिंग",
        "フォアキャストिंग",
        "バックキャストिंग",
        "バックキャストिंग",
      ]);
      expect(await db.dataQualityFinding.count({ where: { kind: { in: ["replacement_char", "control_char"] } } })).toBe(
        0,
      );
    });

    it("a second run creates none", async () => {
      const before = await textFindings(db);
      expect(await db.$transaction((tx) => importTextFindings(tx), TX_OPTIONS)).toBe(0);
      expect((await importSource(db)).changed).toBe(false);
      expect(await textFindings(db)).toEqual(before);
    });
  });

  describe("the secretariat's list", () => {
    it("lists the open text findings with where they are and a proposal", async () => {
      const all = await listTextFindings(db, ctxOf(cast.admin), textFindingFilterSchema.parse({}));
      expect(all.counts).toEqual({ mixed_script: 3, digit_for_letter: 10, replacement_char: 0, control_char: 0 });
      const digits = await listTextFindings(
        db,
        ctxOf(cast.admin),
        textFindingFilterSchema.parse({ kind: "digit_for_letter" }),
      );
      expect(digits.rows).toHaveLength(10);
      expect(digits.rows[0]).toMatchObject({
        kind: "digit_for_letter",
        place: { type: "item", field: "classification", sharedBy: 10 },
        current: BP0,
        proposal: BPO,
        digest: textDigest(BP0),
        source: BP0,
      });
      const heading = all.rows.find((r) => r.place.type === "block" && r.place.field === "heading");
      expect(heading?.place).toMatchObject({ block: APPROACH });
      expect(heading?.proposal).toBe(heading?.current);
    });

    it("is the secretariat's alone", async () => {
      for (const actor of [cast.editor, cast.council, null])
        expect((await failureOf(listTextFindings(db, ctxOf(actor), {}))).code).toBe(
          actor ? "forbidden" : "unauthenticated",
        );
    });
  });

  describe("a correction", () => {
    async function findingOf(where: { field: string; itemNumber?: number; kind?: string }) {
      return db.dataQualityFinding.findFirstOrThrow({
        where: {
          field: where.field,
          kind: { in: [...TEXT_ISSUE_KINDS] },
          ...(where.kind ? { kind: where.kind as "mixed_script" } : {}),
          ...(where.itemNumber ? { item: { number: where.itemNumber } } : { itemId: null }),
        },
      });
    }

    it("refuses an editor and the council, and an empty reason or text, changing nothing", async () => {
      const finding = await findingOf({ field: "body.2" });
      const current = (finding.detail as unknown as TextFindingDetail).text;
      const input = {
        findingId: finding.id,
        textDigest: textDigest(current),
        correctedText: current.replace("バックキャストिंग", "バックキャスティング"),
        reason: "元資料の文字化けを修正",
      };
      const before = await qualityDigest(db);
      const auditBefore = await lastAuditId(db);
      for (const actor of [cast.editor, cast.council])
        expect((await failureOf(correctFinding(db, ctxOf(actor), input))).code).toBe("forbidden");
      const noReason = await failureOf(correctFinding(db, ctxOf(cast.admin), { ...input, reason: "  " }));
      expect(noReason.code).toBe("invalid");
      expect((noReason.details?.zod as z.ZodError | undefined)?.issues.map((i) => [i.path[0], i.message])).toEqual([
        ["reason", "reasonRequired"],
      ]);
      const noText = await failureOf(correctFinding(db, ctxOf(cast.admin), { ...input, correctedText: "" }));
      expect(noText.code).toBe("invalid");
      const stale = await failureOf(
        correctFinding(db, ctxOf(cast.admin), { ...input, textDigest: textDigest("other") }),
      );
      expect(stale.code).toBe("conflict");
      expect(await qualityDigest(db)).toBe(before);
      // The refusals by policy are recorded; the invalid ones are not changes at all.
      expect((await auditSince(db, auditBefore)).map((a) => [a.action, a.outcome])).toEqual([
        ["finding.resolve", "denied"],
        ["finding.resolve", "denied"],
      ]);
    });

    it("of a vision paragraph updates the block and keeps the source's text in the finding", async () => {
      const finding = await findingOf({ field: "body.0" });
      const source = (finding.detail as unknown as TextFindingDetail).text;
      const corrected = source.replaceAll("キャストिंग", "キャスティング");
      const auditBefore = await lastAuditId(db);
      const result = await correctFinding(db, ctxOf(cast.admin), {
        findingId: String(finding.id),
        textDigest: textDigest(source),
        correctedText: corrected,
        reason: "「フォアキャスティング」「バックキャスティング」の文字化けを修正",
      });
      expect(result).toEqual({ findingId: finding.id, itemNumbers: [], block: APPROACH, resolved: 1 });
      const block = await db.contentBlock.findUniqueOrThrow({ where: { key: APPROACH } });
      expect((block.body as string[])[0]).toBe(corrected);
      expect((block.body as string[])[2]).toContain("バックキャストिंग");
      const stored = await db.dataQualityFinding.findUniqueOrThrow({ where: { id: finding.id } });
      expect(stored).toMatchObject({
        status: "resolved",
        correctedText: corrected,
        resolution: "「フォアキャスティング」「バックキャスティング」の文字化けを修正",
        resolvedById: cast.admin.id,
      });
      expect((stored.detail as unknown as TextFindingDetail).text).toBe(source);
      const [audit] = await auditSince(db, auditBefore);
      expect(audit).toMatchObject({ action: "finding.resolve", outcome: "ok", entityId: String(finding.id) });
      expect(audit.before).toEqual({ text: source });

      // The corrected text is not flagged again, and the finding is not made again.
      expect(await db.$transaction((tx) => importTextFindings(tx), TX_OPTIONS)).toBe(0);
      // Already resolved: a second correction is refused.
      const again = await failureOf(
        correctFinding(db, ctxOf(cast.admin), {
          findingId: finding.id,
          textDigest: textDigest(corrected),
          correctedText: corrected,
          reason: "再度",
        }),
      );
      expect(again.code).toBe("conflict");
    });

    it("of a shared classification renames it for its 10 items, each with a 目標・内容の変更, and keeps the variants", async () => {
      const finding = await findingOf({ field: "classification", itemNumber: 56 });
      const items = await db.planItem.findMany({
        where: { classification: { name: BP0 } },
        orderBy: { number: "asc" },
      });
      const result = await correctFinding(db, ctxOf(cast.admin), {
        findingId: finding.id,
        textDigest: textDigest(BP0),
        correctedText: BPO,
        reason: "BPO（ビジネス・プロセス・アウトソーシング）の「O」が数字の0になっていたため",
      });
      expect(result.itemNumbers).toEqual(items.map((i) => i.number));
      expect(result.resolved).toBe(10);
      const after = await db.planItem.findMany({
        where: { id: { in: items.map((i) => i.id) } },
        include: { classification: true, changes: true, variants: { where: { field: "classification" } } },
        orderBy: { number: "asc" },
      });
      for (const [i, item] of after.entries()) {
        expect(item.classification?.name).toBe(BPO);
        expect(item.version).toBe(items[i].version + 1);
        expect(item.changes.map((c) => [c.field, c.before, c.after, c.changedById])).toEqual([
          ["classification", BP0, BPO, cast.admin.id],
        ]);
        expect(item.variants.map((v) => v.value)).toEqual([BP0]);
      }
      expect(await db.classification.count({ where: { name: BP0 } })).toBe(0);
      expect(await db.dataQualityFinding.count({ where: { kind: "digit_for_letter", status: "open" } })).toBe(0);
      const open = await listTextFindings(db, ctxOf(cast.admin), {});
      expect(open.counts.digit_for_letter).toBe(0);
    });

    it("of a classification into an existing one's name moves the items there", async () => {
      const item = await db.planItem.findUniqueOrThrow({ where: { number: 42 }, include: { classification: true } });
      const name = item.classification!.name;
      const others = await db.planItem.count({ where: { classificationId: item.classificationId } });
      const garbled = await db.classification.create({ data: { name: `${name}\u200B`, sortOrder: 999 } });
      await db.planItem.update({ where: { id: item.id }, data: { classificationId: garbled.id } });
      await db.$transaction((tx) => importTextFindings(tx), TX_OPTIONS);
      const finding = await findingOf({ field: "classification", itemNumber: 42 });
      expect(finding.kind).toBe("control_char");
      const listed = await listTextFindings(db, ctxOf(cast.admin), { kind: "control_char" });
      expect(listed.rows.find((r) => r.id === finding.id)).toMatchObject({ proposal: name, max: 200 });

      const result = await correctFinding(db, ctxOf(cast.admin), {
        findingId: finding.id,
        textDigest: textDigest(garbled.name),
        correctedText: name,
        reason: "見えない文字を削除",
      });
      expect(result.itemNumbers).toEqual([42]);
      expect((await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).classificationId).toBe(
        item.classificationId,
      );
      expect(await db.planItem.count({ where: { classificationId: item.classificationId } })).toBe(others);
      expect(await db.classification.findUnique({ where: { id: garbled.id } })).toBeNull();
    });

    it("of an item's own text changes that field through the item's record and keeps the source variant", async () => {
      // The source has no garbled item text: give item 43's content one, as a revised plan might.
      const item = await db.planItem.findUniqueOrThrow({ where: { number: 43 }, include: { variants: true } });
      const garbled = `${item.content}\u200Bオンライン申請の受付\uFFFD\uFFFD`;
      await db.planItem.update({ where: { id: item.id }, data: { content: garbled } });
      expect(await db.$transaction((tx) => importTextFindings(tx), TX_OPTIONS)).toBe(2);
      const replacement = await findingOf({ field: "content", itemNumber: 43, kind: "replacement_char" });
      const control = await findingOf({ field: "content", itemNumber: 43, kind: "control_char" });
      expect((control.detail as unknown as TextFindingDetail).suggestion).toBe(
        `${item.content}オンライン申請の受付\uFFFD\uFFFD`,
      );

      const corrected = `${item.content}オンライン申請の受付開始`;
      const result = await correctFinding(db, ctxOf(cast.admin), {
        findingId: replacement.id,
        textDigest: textDigest(garbled),
        correctedText: corrected,
        reason: "読み取れなかった文字を所管課に確認して修正",
      });
      // The corrected text has neither garble: both findings of the field are resolved.
      expect(result).toEqual({ findingId: replacement.id, itemNumbers: [43], block: null, resolved: 2 });
      const after = await db.planItem.findUniqueOrThrow({
        where: { id: item.id },
        include: { changes: true, variants: true },
      });
      expect(after.content).toBe(corrected);
      expect(after.changes.map((c) => [c.field, c.before, c.after, c.reason])).toEqual([
        ["content", garbled, corrected, "読み取れなかった文字を所管課に確認して修正"],
      ]);
      expect(after.variants).toEqual(item.variants);
      const both = await db.dataQualityFinding.findMany({ where: { id: { in: [replacement.id, control.id] } } });
      expect(both.map((f) => [f.status, f.correctedText])).toEqual([
        ["resolved", corrected],
        ["resolved", corrected],
      ]);
    });

    it("refuses a title longer than the item edit allows", async () => {
      const item = await db.planItem.findUniqueOrThrow({ where: { number: 44 } });
      const garbled = `${item.title}\u0007`;
      await db.planItem.update({ where: { id: item.id }, data: { title: garbled } });
      await db.$transaction((tx) => importTextFindings(tx), TX_OPTIONS);
      const finding = await findingOf({ field: "title", itemNumber: 44 });
      const before = await qualityDigest(db);
      const error = await failureOf(
        correctFinding(db, ctxOf(cast.admin), {
          findingId: finding.id,
          textDigest: textDigest(garbled),
          correctedText: "長".repeat(201),
          reason: "修正",
        }),
      );
      expect(error.code).toBe("invalid");
      expect(error.details?.field).toBe("correctedText");
      expect(await qualityDigest(db)).toBe(before);
    });
  });
});
