import type { ReactNode } from "react";
import { headingClass } from "./heading";

/**
 * A section of a page named by its heading (`aria-labelledby`), so that it is a landmark-like
 * group screen readers can list. Level 2 by default; level 3 for a part of a section.
 */
export function Section({
  headingId,
  title,
  level = 2,
  lead,
  className = "flex flex-col gap-4",
  children,
}: {
  /** the heading's id, unique on the page */
  headingId: string;
  title: ReactNode;
  level?: 2 | 3;
  /** a paragraph under the heading */
  lead?: ReactNode;
  /** classes of the <section> */
  className?: string;
  children?: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId} className={level === 2 ? headingClass.section : headingClass.subsection}>
        {title}
      </Heading>
      {lead && <p>{lead}</p>}
      {children}
    </section>
  );
}
