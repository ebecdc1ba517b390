/** Lines of a fixed text as a bulleted (or numbered) list; each line is its own key. */
export function BulletList({
  lines,
  ordered = false,
  className = "",
}: {
  lines: readonly string[];
  ordered?: boolean;
  className?: string;
}) {
  const List = ordered ? "ol" : "ul";
  return (
    <List className={`${ordered ? "list-decimal" : "list-disc"} pl-6 ${className}`}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </List>
  );
}
