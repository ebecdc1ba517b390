import { describe, expect, it } from "vitest";
import { EMAIL_MASK, maskContacts, PHONE_MASK, parseVoiceReference, voiceReference } from "../../lib/voices/rules.ts";

describe("maskContacts", () => {
  it.each([
    ["090-1234-5678", `連絡先は${PHONE_MASK}です`, "連絡先は090-1234-5678です"],
    ["full-width digits and dashes", `電話${PHONE_MASK}まで`, "電話０９４８－２２－５５００まで"],
    ["+81 and spaces", `tel ${PHONE_MASK}`, "tel +81 90 1234 5678"],
    ["brackets around the area code", `代表 ${PHONE_MASK}`, "代表 (0948)22-5500"],
    ["digits only", `${PHONE_MASK}に`, "09012345678に"],
  ])("hides a telephone number: %s", (_name, expected, input) => {
    expect(maskContacts(input)).toBe(expected);
  });

  it.each([
    ["ascii", "taro.yamada+iizuka@example.co.jp"],
    ["full-width ＠ and letters", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"],
  ])("hides an e-mail address: %s", (_name, address) => {
    expect(maskContacts(`返信は ${address} へ`)).toBe(`返信は ${EMAIL_MASK} へ`);
  });

  it("hides both in one text and keeps the rest, line breaks included", () => {
    expect(maskContacts("電話 090-1234-5678\nメール a@b.jp\nよろしく")).toBe(
      `電話 ${PHONE_MASK}\nメール ${EMAIL_MASK}\nよろしく`,
    );
  });

  it.each(["2026年に始めた取組", "予算は1,000,000円です", "No.44 の件", "番号12345を確認", "令和7年10月1日", "0948"])(
    "keeps numbers that are no telephone number: %s",
    (input) => {
      expect(maskContacts(input)).toBe(input);
    },
  );

  it("folds widths: the masked text is the NFKC form", () => {
    expect(maskContacts("ＡＢＣ　１２３")).toBe("ABC 123");
  });
});

describe("voice references", () => {
  it("writes 受付番号 as V- and six digits", () => {
    expect(voiceReference(123)).toBe("V-000123");
    expect(voiceReference(1)).toBe("V-000001");
    expect(voiceReference(1234567)).toBe("V-1234567");
  });

  it.each([
    ["V-000123", 123],
    ["v000123", 123],
    ["  V-123  ", 123],
    ["Ｖ－０００１２３", 123],
  ])("reads %s", (text, id) => {
    expect(parseVoiceReference(text)).toBe(id);
  });

  it.each(["", "V-", "123", "W-000123", "V-12a", "V-0001234567"])("refuses %j", (text) => {
    expect(parseVoiceReference(text)).toBeNull();
  });

  it("reads back what it writes", () => {
    for (const id of [1, 42, 999_999, 1_000_000]) expect(parseVoiceReference(voiceReference(id))).toBe(id);
  });
});
