import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { hasMessage, messageOr } from "../../lib/i18n/runtime-key.ts";

const t = createTranslator({
  locale: "ja",
  messages: { errors: { conflict: "他の人が更新しました", fields: { required: "入力してください" } } },
  namespace: "errors",
});

describe("runtime catalog keys", () => {
  it("translates a key the namespace has", () => {
    expect(hasMessage(t, "conflict")).toBe(true);
    expect(messageOr(t, "conflict", "?")).toBe("他の人が更新しました");
    expect(messageOr(t, "fields.required", "?")).toBe("入力してください");
  });

  it("falls back for a key the namespace lacks", () => {
    expect(hasMessage(t, "forbidden")).toBe(false);
    expect(messageOr(t, "forbidden", "エラー")).toBe("エラー");
    expect(messageOr(t, "fields.unknown", "エラー")).toBe("エラー");
  });
});
