import type { ReactNode } from "react";
import { headingClass } from "@/components/ui/heading";

/** A dashboard section: heading, the text summary of its numbers, then chart and table. */
export function ChartSection({
  id,
  heading,
  level = 2,
  summary,
  children,
}: {
  id: string;
  heading: ReactNode;
  level?: 2 | 3;
  summary: ReactNode;
  children?: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`flex scroll-mt-4 flex-col gap-4 ${level === 2 ? "render-near-screen [--near-screen-height:40rem]" : ""}`}
      id={id}
    >
      <Heading id={`${id}-heading`} className={level === 2 ? headingClass.section : headingClass.subsection}>
        {heading}
      </Heading>
      <div className="flex flex-col gap-1">{summary}</div>
      {children}
    </section>
  );
}

/** Wraps a long chart and table in a disclosure; both stay in the DOM. */
export function Collapsible({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="rounded-8 border border-solid-gray-420 p-3">
      <summary className="cursor-pointer font-bold text-key-900 underline underline-offset-4">{summary}</summary>
      <div className="mt-4 flex flex-col gap-4">{children}</div>
    </details>
  );
}
