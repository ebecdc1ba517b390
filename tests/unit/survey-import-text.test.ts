import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import {
  conflictText,
  PROBLEM_CODES,
  problemText,
  REFUSAL_REASONS,
  refusalOf,
  refusalText,
} from "../../components/surveys/import-text.ts";
import { failureState } from "../../lib/actions/action-state.ts";
import { ServiceError } from "../../lib/auth/errors.ts";
import en from "../../messages/surveys.en.json";
import ja from "../../messages/surveys.ja.json";

// The import page's texts from the real catalogs: a row problem names row, column and what is
// expected; a refused file keeps its reason and parameters through the action's failure state.
const KPI_SHEET = "KPI実績";
const translator = (messages: typeof ja) => createTranslator({ locale: "ja", messages, namespace: "surveyImport" });
const t = translator(ja);

/** A refusal as the page reads it back from the action's state. */
const roundTrip = (reason: string, params: Record<string, string>) =>
  refusalOf(failureState(new ServiceError("invalid_file", { reason, params })));

describe("row problems", () => {
  it("name the row, the column and what is expected", () => {
    expect(problemText(t, { sheet: "報告", line: 5, column: "進捗率", code: "progressPercent" }, KPI_SHEET)).toBe(
      "5行目 進捗率: 0〜100の整数を入力してください",
    );
    expect(problemText(t, { sheet: "CSV", line: 3, column: "評価", code: "evaluation" }, KPI_SHEET)).toBe(
      "3行目 評価: A、B、C、D のいずれかを入力してください",
    );
  });

  it("prefix the KPI sheet's name", () => {
    expect(problemText(t, { sheet: KPI_SHEET, line: 5, column: "実績値", code: "kpiNumber" }, KPI_SHEET)).toBe(
      "KPI実績 5行目 実績値: 数値を入力してください",
    );
  });

  it("fill their parameters, and go without a column where the whole row is concerned", () => {
    expect(
      problemText(
        t,
        { sheet: "報告", line: 7, column: null, code: "locked", params: { state: "submitted" } },
        KPI_SHEET,
      ),
    ).toBe("7行目: この報告は提出済みのため、取り込めません");
    expect(
      problemText(t, { sheet: "報告", line: 2, column: "実績", code: "tooLong", params: { limit: 2000 } }, KPI_SHEET),
    ).toBe("2行目 実績: 2,000字以内で入力してください");
  });

  it("read a code without a message as a value that cannot be imported", () => {
    const problem = { sheet: "報告", line: 4, column: "進捗状況", code: "required" } as never;
    expect(problemText(t, problem, KPI_SHEET)).toBe("4行目 進捗状況: この値は取り込めません");
  });

  it.each([
    ["ja", ja],
    ["en", en],
  ])("have a message for every code in %s", (_locale, messages) => {
    const text = translator(messages);
    for (const code of Object.keys(PROBLEM_CODES) as (keyof typeof PROBLEM_CODES)[]) {
      const line = problemText(
        text,
        { sheet: "報告", line: 9, column: "番号", code, params: { number: 12, state: "approved", limit: 1000 } },
        KPI_SHEET,
      );
      expect(line, code).not.toMatch(/[{}]|problems\./);
      expect(line, code).not.toBe(
        problemText(text, { sheet: "報告", line: 9, column: "番号", code: "x" as never }, KPI_SHEET),
      );
    }
  });
});

describe("refused files", () => {
  it("keep their reason and parameters through the action's failure state", () => {
    const refusal = roundTrip("wrong_period", { period: "令和6年度 年度末", open: "令和7年度 年度末" });
    expect(refusal).toEqual({
      code: "wrong_period",
      params: { period: "令和6年度 年度末", open: "令和7年度 年度末" },
    });
    expect(refusalText(t, refusal!)).toBe(
      "このファイルは令和6年度 年度末の調査票です。受付中の報告期間（令和7年度 年度末）の調査票を使ってください。",
    );
  });

  it("name the sheet, or the CSV", () => {
    expect(refusalText(t, roundTrip("missing_headers", { sheet: "報告", missing: "「進捗率」" })!)).toBe(
      "シート「報告」の1行目に見出し「進捗率」がありません。見出しは変更・削除しないでください。",
    );
    expect(refusalText(t, roundTrip("too_many_rows", { sheet: "CSV", limit: "2000" })!)).toBe(
      "CSVの行が多すぎます。2,000行までにして、ファイルを分けて取り込んでください。",
    );
  });

  it.each([
    ["ja", ja],
    ["en", en],
  ])("have a message for every reason in %s", (_locale, messages) => {
    const text = translator(messages);
    const unknown = refusalText(text, { code: "?", params: {} });
    const params = { limitMb: "5", sheet: "報告", missing: "「番号」", range: "A2:B2", limit: "2000", line: "3" };
    for (const reason of Object.keys(REFUSAL_REASONS)) {
      const message = refusalText(text, { code: reason, params: { ...params, period: "p", open: "o" } });
      expect(message, reason).not.toMatch(/[{}]|refusals\./);
      expect(message, reason).not.toBe(unknown);
    }
  });

  it("are told apart from other failures", () => {
    expect(roundTrip("not_survey", {})).toEqual({ code: "not_survey", params: {} });
    expect(refusalOf({ ok: false, message: "invalid", fieldErrors: { file: "fileRequired" } })).toBeNull();
    expect(refusalOf({ ok: false, message: "conflict" })).toBeNull();
    expect(refusalOf({ ok: true, message: "previewed" })).toBeNull();
  });
});

describe("conflicts on 取り込む", () => {
  it("ask to check the file again, and say nothing for another failure", () => {
    const conflict = (code: string) => failureState(new ServiceError("conflict", { reason: code }));
    expect(conflictText(t, conflict("changed_since_preview"))).toMatch(/もう一度「内容を確認」を押して/);
    expect(conflictText(t, conflict("other_file"))).toMatch(/もう一度「内容を確認」を押してください。$/);
    expect(conflictText(t, failureState(new ServiceError("invalid")))).toBeNull();
    expect(conflictText(t, null)).toBeNull();
  });
});
