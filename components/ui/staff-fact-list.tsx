import type { ReactNode } from "react";

/** One line of a fact list; `false`/`null` entries are skipped, so optional facts can be written inline. */
export type Fact = { term: ReactNode; value: ReactNode; key: string; valueClassName?: string };

/** Label → value facts (e.g. section, submitted by, due date) as a two-column description list. */
export function FactList({ facts }: { facts: readonly (Fact | false | null)[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
      {facts
        .filter((fact): fact is Fact => Boolean(fact))
        .map((fact) => (
          <div key={fact.key} className="contents">
            <dt className="font-bold">{fact.term}</dt>
            <dd className={fact.valueClassName}>{fact.value}</dd>
          </div>
        ))}
    </dl>
  );
}
