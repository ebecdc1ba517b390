import { type ReactNode, type ThHTMLAttributes, useId } from "react";

/**
 * A table that may be wider than the screen: it scrolls inside a region that has a name (its own
 * label, or else the caption) and takes keyboard focus, so that keyboard users can scroll it too.
 */
export function ScrollTable({
  caption,
  label,
  captionHidden = false,
  className = "",
  children,
}: {
  /** the table's name */
  caption: ReactNode;
  /** the region's name; without it the region is named by the caption */
  label?: string;
  /** the caption is read by screen readers only (the heading above already says it) */
  captionHidden?: boolean;
  /** classes of the <table>, e.g. a minimum width or the text size */
  className?: string;
  /** thead, tbody, tfoot */
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div
      role="region"
      aria-label={label}
      aria-labelledby={label ? undefined : captionId}
      tabIndex={0}
      // relative: visually hidden text in a cell (position: absolute) stays inside the region
      // instead of widening the page at its place far right in a wide table.
      className="relative overflow-x-auto"
    >
      <table className={`w-full border-collapse text-left ${className}`}>
        <caption
          id={captionId}
          className={captionHidden ? "sr-only" : "mb-2 text-left text-std-16B-170 text-solid-gray-900"}
        >
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/** A header cell; its scope is required so that every data cell is tied to its headers. */
export function Th({
  scope,
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & { scope: "col" | "row" | "colgroup" | "rowgroup" }) {
  return <th scope={scope} {...props} />;
}
