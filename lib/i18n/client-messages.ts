/**
 * The messages the browser receives. next-intl serializes the client provider's messages into
 * every page; the whole catalog is about 100 KB per page, while the public pages' client
 * components need a few namespaces: the language switcher, form status, the error, not-found and
 * forbidden notices, the login form, and the citizens' voice form of the item pages. The signed-in areas, whose forms use most of the
 * catalog, give their pages every message (components/layout/signed-in-nav.tsx).
 */
export const PUBLIC_CLIENT_MESSAGES = [
  "localeSwitcher",
  "ui",
  "common",
  "login",
  "staff.forbidden",
  // the citizens' voice form on every item page
  "voices.form",
  "voices.errors",
  "voices.ageGroups",
] as const;

type Tree = { [key: string]: unknown };

/** The messages under the given dotted paths, in the catalog's own shape. */
export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const key of keys) from = (from as Tree | undefined)?.[key];
    if (from === undefined) continue;
    let into = picked;
    for (const key of keys.slice(0, -1)) {
      into[key] ??= {};
      into = into[key] as Tree;
    }
    into[keys[keys.length - 1]] = from;
  }
  return picked;
}
