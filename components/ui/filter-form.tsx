import type { ReactNode } from "react";
import { buttonClass } from "./button";
import { fieldClass, labelClass } from "./field";

/** `lang: "ja"` marks the plan's own words on an English page. */
export type Option = { value: string; label: string; lang?: string };
export type OptionGroup = { label: string; lang?: string; options: Option[] };

/** The plan's own words as options whose value is their label. */
export const plainOptions = (values: readonly string[]): Option[] =>
  values.map((value) => ({ value, label: value, lang: "ja" }));

/**
 * A plain GET search form: what is chosen lands in the URL, so a link or a reload shows the same
 * view, with or without JavaScript. "Clear" is a link to the bare address.
 */
export function FilterForm({
  action,
  label,
  applyLabel,
  clearLabel,
  className = "",
  children,
}: {
  /** the page's path in the current locale */
  action: string;
  /** the search landmark's name */
  label: string;
  applyLabel: string;
  clearLabel: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label}
      className={`no-print flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4 ${className}`}
    >
      {children}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass.primary}>
          {applyLabel}
        </button>
        <a href={action} className="text-key-900 underline underline-offset-4">
          {clearLabel}
        </a>
      </div>
    </form>
  );
}

/** A select of a filter form, with an "any" option first (value ""), and plain options or groups. */
export function FilterSelect({
  name,
  label,
  anyLabel,
  value,
  options = [],
  groups = [],
  hint,
  id,
}: {
  name: string;
  label: ReactNode;
  /** the first option, meaning no filter; without it there is none */
  anyLabel?: string;
  value?: string;
  options?: Option[];
  groups?: OptionGroup[];
  hint?: ReactNode;
  /** the select's id, needed only when something else points at it */
  id?: string;
}) {
  const selectId = id ?? `filter-${name}`;
  const hintId = `${selectId}-hint`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={selectId} className={labelClass}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-solid-gray-700">
          {hint}
        </p>
      )}
      <select
        id={selectId}
        name={name}
        defaultValue={value ?? ""}
        aria-describedby={hint ? hintId : undefined}
        className={`${fieldClass} sm:mt-auto`}
      >
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
        {groups
          .filter((g) => g.options.length > 0)
          .map((g) => (
            <optgroup key={g.label} label={g.label} lang={g.lang}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value} lang={o.lang}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </div>
  );
}
