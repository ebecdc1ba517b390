import type { ReactNode } from "react";

export interface Definition {
  /** the term, unique in its list */
  label: string;
  value: ReactNode;
  /** classes of the description, e.g. to keep a text's line breaks */
  valueClassName?: string;
}

/** Terms in bold beside their descriptions; `className` sets the grid's columns and gaps. */
export function DefinitionList({ items, className }: { items: readonly Definition[]; className: string }) {
  return (
    <dl className={`grid ${className}`}>
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="font-bold">{item.label}</dt>
          <dd className={item.valueClassName}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Key figures (a label over its value in large type), e.g. an edition's counts. */
export function FigureList({ figures }: { figures: readonly [label: string, value: string][] }) {
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-3">
      {figures.map(([label, value]) => (
        <div key={label} className="flex flex-col">
          <dt className="text-sm">{label}</dt>
          <dd className="text-lg font-bold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
