/**
 * One string of a content block, by the path a text finding names as its field: "heading", or a
 * path into the body ("body.2", "body.0.points.1").
 */
export function readBlockText(block: { heading: string; body: unknown }, field: string): string | null {
  const [head, ...path] = field.split(".");
  if (head === "heading" && path.length === 0) return block.heading;
  if (head !== "body") return null;
  const value = path.reduce<unknown>(
    (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
    block.body,
  );
  return typeof value === "string" ? value : null;
}

function writePath(node: unknown, path: string[], value: string): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(node)) return node.map((child, i) => (String(i) === key ? writePath(child, rest, value) : child));
  const record = node as Record<string, unknown>;
  return { ...record, [key]: writePath(record[key], rest, value) };
}

/** The block's heading and body with one string replaced (the field must name a string: see readBlockText). */
export function writeBlockText<B extends { heading: string; body: unknown }>(block: B, field: string, value: string) {
  const [head, ...path] = field.split(".");
  return head === "heading"
    ? { heading: value, body: block.body }
    : { heading: block.heading, body: writePath(block.body, path, value) };
}
