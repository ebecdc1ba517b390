import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The catalogs are merged shallowly per locale (lib/i18n/request.ts): a
// namespace defined twice would silently lose one half, and a key missing in
// English would fail the page at run time.
const dir = path.join(import.meta.dirname, "../../messages");
const areas = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith("ja.json"))
  .map((f) => f.slice(0, -"ja.json".length));
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogs", () => {
  it.each(areas)("%sja.json and %sen.json have the same keys", (area) => {
    expect(keys(read(`${area}en.json`)).sort()).toEqual(keys(read(`${area}ja.json`)).sort());
  });

  it("every top-level namespace lives in one catalog only", () => {
    const owners = new Map<string, string>();
    for (const area of areas) {
      for (const namespace of Object.keys(read(`${area}ja.json`))) {
        expect(owners.get(namespace), `${namespace} in ${area}ja.json and ${owners.get(namespace)}`).toBeUndefined();
        owners.set(namespace, `${area}ja.json`);
      }
    }
  });

  it("lib/i18n/request.ts loads every catalog in both languages", () => {
    const request = fs.readFileSync(path.join(import.meta.dirname, "../../lib/i18n/request.ts"), "utf8");
    for (const area of areas)
      for (const locale of ["ja", "en"]) expect(request).toContain(`messages/${area}${locale}.json`);
  });
});

describe("English counts", () => {
  const english = areas.map((area) => read(`${area}en.json`));
  const texts = (value: unknown): string[] =>
    typeof value === "string" ? [value] : typeof value === "object" && value ? Object.values(value).flatMap(texts) : [];

  it("say a count of things through a plural, never “1 items”", () => {
    const bare = english
      .flatMap(texts)
      .filter((text) => /\{(count|total|items|missing|skipped|problems)\} [a-z]+s\b/.test(text));
    expect(bare).toEqual([]);
  });

  it("read as English for one and for many", async () => {
    const { createTranslator } = await import("next-intl");
    const messages = Object.assign({}, ...english);
    const t = createTranslator({ locale: "en", messages });
    expect(t("items.resultCount", { count: 1 })).toBe("1 item");
    expect(t("items.resultCount", { count: 118 })).toBe("118 items");
    expect(t("notifications.inbox.badge", { count: 1 })).toBe("1 unread notification");
  });
});
