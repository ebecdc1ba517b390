import { describe, expect, it } from "vitest";
import { publicPathOfTwin, queryTwinPath } from "@/lib/http/page-cache";

const twin = (path: string, query = "") => queryTwinPath(path, new URLSearchParams(query));

describe("which requests leave the cached page for its per-request twin", () => {
  it.each([
    ["/items", "q=税務", "/ja/query/items"],
    ["/items", "evaluation=B&sort=progress", "/ja/query/items"],
    ["/items", "sort=updated", "/ja/query/items"],
    ["/en/items", "area=x", "/en/query/items"],
    ["/dashboard", "period=2025-first_half", "/ja/query/dashboard"],
    ["/dashboard", "group=bureau", "/ja/query/dashboard"],
    ["/departments", "period=2025-first_half", "/ja/query/departments"],
    ["/en/departments/02", "period=2025-first_half", "/en/query/departments/02"],
  ])("%s?%s → %s", (path, query, expected) => expect(twin(path, query)).toBe(expected));

  it.each([
    ["/items", ""],
    ["/items", "_rsc=1x2y3"],
    ["/items", "utm_source=kouhou"],
    // A GET form sends its empty fields: the page without filters is the cached one.
    ["/items", "q=&area=&sort="],
    ["/items", "q=%20%20"],
    // Parameters of another page do not count.
    ["/items", "period=2025-first_half"],
    ["/dashboard", "q=税務"],
    ["/departments/02", "group=bureau"],
    ["/items/44", "q=税務"],
    ["/departments/2", "period=2025-first_half"],
    ["/vision", "period=2025-first_half"],
    ["/staff/items", "q=x"],
  ])("%s?%s stays", (path, query) => expect(twin(path, query)).toBeNull());
});

describe("a twin's own address", () => {
  it.each([
    ["/query/items", "/items"],
    ["/en/query/items", "/en/items"],
    ["/query/departments/02", "/departments/02"],
    ["/query", "/"],
    ["/en/query", "/en"],
  ])("%s goes to %s", (path, expected) => expect(publicPathOfTwin(path)).toBe(expected));

  it.each(["/items", "/queryx", "/en/items/query", "/ja/query/items"])("%s is not a twin's address", (path) =>
    expect(publicPathOfTwin(path)).toBeNull(),
  );
});
