import { describe, expect, it } from "vitest";
import { matchItemReference } from "@/lib/council/item-reference";

const ITEMS = [
  { number: 4, title: "職員の資格取得の奨励" },
  { number: 44, title: "電子申請の推進" },
  { number: 45, title: "電子申請システムの利用拡大" },
  { number: 110, title: "デジタル版「広報いいづか」による情報発信" },
];

describe("matchItemReference", () => {
  it.each(["44", "４４", "No.44", "no. 44", "Ｎｏ．４４", "44番", " 44 ", "44 電子申請の推進"])(
    "reads %j as item 44",
    (text) => {
      expect(matchItemReference(text, ITEMS)).toEqual({ kind: "found", number: 44 });
    },
  );

  it("does not take a number inside other text for the item's number", () => {
    expect(matchItemReference("4", ITEMS)).toEqual({ kind: "found", number: 4 });
    expect(matchItemReference("440", ITEMS)).toEqual({ kind: "none" });
    expect(matchItemReference("44a", ITEMS)).toEqual({ kind: "none" });
  });

  it("finds one item by words of its title, folded as the item search folds them", () => {
    expect(matchItemReference("資格取得", ITEMS)).toEqual({ kind: "found", number: 4 });
    expect(matchItemReference("でじたる版 広報", ITEMS)).toEqual({ kind: "found", number: 110 });
    expect(matchItemReference("ｼｽﾃﾑ", ITEMS)).toEqual({ kind: "found", number: 45 });
  });

  it("names no item when the words fit several or none", () => {
    expect(matchItemReference("電子申請", ITEMS)).toEqual({ kind: "many", numbers: [44, 45] });
    expect(matchItemReference("下水道", ITEMS)).toEqual({ kind: "none" });
    expect(matchItemReference("   ", ITEMS)).toEqual({ kind: "none" });
    expect(matchItemReference("999", ITEMS)).toEqual({ kind: "none" });
  });
});
