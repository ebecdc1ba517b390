import { JaRuns } from "@/components/ui/ja";
/** Lines of a fixed text as a bulleted (or numbered) list; each line is its own key. */
export function BulletList({
  lines,
  ordered = false,
  className = "",
  lang,
  quotesJapanese = false,
}: {
  lines: readonly string[];
  ordered?: boolean;
  className?: string;
  /** "ja" for the plan's own text on an English page */
  lang?: string;
  /** English lines quoting Japanese terms: each Japanese run marked */
  quotesJapanese?: boolean;
}) {
  const List = ordered ? "ol" : "ul";
  return (
    <List lang={lang} className={`${ordered ? "list-decimal" : "list-disc"} pl-6 ${className}`}>
      {lines.map((line) => (
        <li key={line}>{quotesJapanese ? <JaRuns text={line} /> : line}</li>
      ))}
    </List>
  );
}
