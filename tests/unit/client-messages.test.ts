import { describe, expect, it } from "vitest";
import { PUBLIC_CLIENT_MESSAGES, pickMessages } from "@/lib/i18n/client-messages";
import ja from "../../messages/ja.json";
import staff from "../../messages/staff.ja.json";

describe("the messages a public page sends to the browser", () => {
  const catalog = { ...ja, ...staff };

  it("holds the named namespaces and nested paths, in the catalog's shape", () => {
    const picked = pickMessages(catalog, PUBLIC_CLIENT_MESSAGES);
    expect(Object.keys(picked).sort()).toEqual(["common", "localeSwitcher", "login", "staff", "ui"]);
    expect(picked.staff).toEqual({ forbidden: staff.staff.forbidden });
    expect(picked.login).toEqual(staff.login);
  });

  it("is a small part of the catalog", () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(pickMessages(catalog, PUBLIC_CLIENT_MESSAGES))).toBeLessThan(size(catalog) / 5);
  });

  it("skips a path the catalog does not have", () => {
    expect(pickMessages({ a: { b: "x" } }, ["a.c", "d"])).toEqual({});
  });
});
