import { describe, expect, it } from "vitest";
import { idSchema, intId, MAX_INT4, parseId } from "../../lib/validation/ids.ts";

describe("ids", () => {
  it("takes digits within int4, from strings and numbers", () => {
    expect(parseId("44")).toBe(44);
    expect(parseId(" 44 ")).toBe(44);
    expect(parseId(44)).toBe(44);
    expect(parseId(String(MAX_INT4))).toBe(MAX_INT4);
  });

  it("refuses what is beyond int4 or not plain digits, rather than handing it to the database", () => {
    for (const raw of [
      "2147483648",
      "9999999999999",
      "99999999999999999999",
      "1e400",
      "1e5",
      "0x10",
      "-1",
      "4.0",
      "0",
      "",
      "44a",
      "1".repeat(3000),
      Number.POSITIVE_INFINITY,
      1e21,
      null,
      undefined,
    ])
      expect(parseId(raw), String(raw).slice(0, 20)).toBeNull();
  });

  it("takes 0 where it means none yet, and carries the form's message", () => {
    expect(intId({ min: 0 }).parse("0")).toBe(0);
    const refused = intId({ error: "itemNumber" }).safeParse("99999999999");
    expect(refused.success ? [] : refused.error.issues.map((i) => i.message)).toEqual(["itemNumber"]);
    expect(idSchema.optional().parse(undefined)).toBeUndefined();
  });
});
