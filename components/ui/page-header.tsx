import type { ReactNode } from "react";
import { headingClass } from "./heading";

/** A page's title and its lead paragraph. */
export function PageHeader({ title, lead, id }: { title: ReactNode; lead?: ReactNode; id?: string }) {
  return (
    <header className="flex flex-col gap-3">
      <h1 id={id} className={headingClass.page}>
        {title}
      </h1>
      {lead && <p className="text-std-16N-170">{lead}</p>}
    </header>
  );
}
