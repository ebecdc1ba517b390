import type {
  ComponentProps,
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { type ControlProps, describedBy, Field, FieldError, fieldClass, labelClass } from "@/components/ui/field";
import type { Option, OptionGroup } from "@/components/ui/filter-form";

/** What every labelled control takes besides its own attributes: the `Field` around it, and classes of the control. */
type FieldFrame = Omit<ComponentProps<typeof Field>, "children"> & {
  /** further classes of the control, e.g. a maximum width */
  controlClassName?: string;
};

/** The control's own attributes; id, class and aria come from the frame. */
type Attributes<A> = Omit<A, "id" | "className" | "aria-invalid" | "aria-describedby">;

/** A `Field` whose control gets the frame's id, aria attributes and the field look, plus its own attributes. */
function framed<A>(
  { id, label, labelExtra, hint, error, describedBy, className, controlClassName, ...attributes }: FieldFrame & A,
  render: (props: ControlProps & { className: string } & Omit<A, keyof FieldFrame>) => ReactNode,
) {
  const look = controlClassName ? `${fieldClass} ${controlClassName}` : fieldClass;
  return (
    <Field {...{ id, label, labelExtra, hint, error, describedBy, className }}>
      {(control) => render({ ...attributes, ...control, className: look })}
    </Field>
  );
}

/** A labelled <input> with its hint and error. */
export const InputField = (props: FieldFrame & Attributes<InputHTMLAttributes<HTMLInputElement>>) =>
  framed(props, (attributes) => <input {...attributes} />);

/** A labelled <textarea> with its hint and error. */
export const TextAreaField = (props: FieldFrame & Attributes<TextareaHTMLAttributes<HTMLTextAreaElement>>) =>
  framed(props, (attributes) => <textarea {...attributes} />);

const optionElements = (options: readonly Option[]) =>
  options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));

/** A labelled <select> of plain options and/or option groups, with an optional empty first choice. */
export function SelectField({
  options = [],
  groups = [],
  emptyLabel,
  ...props
}: FieldFrame &
  Attributes<SelectHTMLAttributes<HTMLSelectElement>> & {
    options?: readonly Option[];
    groups?: readonly OptionGroup[];
    /** the label of the first option, value "" (none chosen) */
    emptyLabel?: string;
  }) {
  return framed(props, (attributes) => (
    <select {...attributes}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {optionElements(options)}
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {optionElements(g.options)}
        </optgroup>
      ))}
    </select>
  ));
}

/** Sections under their bureaus, as the option groups of a section select. */
export const sectionOptionGroups = (
  groups: readonly { bureau: string; sections: readonly { id: number; name: string }[] }[],
): OptionGroup[] =>
  groups.map((g) => ({ label: g.bureau, options: g.sections.map((s) => ({ value: String(s.id), label: s.name })) }));

/** Entities by id, as the options of a select. */
export const idOptions = (entities: readonly { id: number; name: string }[]): Option[] =>
  entities.map((e) => ({ value: String(e.id), label: e.name }));

/**
 * The props of a form's fields by name: `frame` gives a field's id, label, hint and error, and the
 * field gets its name and the value it shows from `values`.
 */
export const fieldsByName =
  <N extends string>(values: Record<N, string>, frame: (name: N) => Omit<FieldFrame, "controlClassName">) =>
  (name: N) => ({ ...frame(name), name, defaultValue: values[name] });

/** The attributes of a whole-number input from `min` to `max`. */
export const wholeNumber = (min: number, max: number) =>
  ({ type: "number", inputMode: "numeric", min, max, step: 1 }) as const;

/** An optional reference as a select's value: "" for none. */
export const idValue = (id: number | null): string => (id === null ? "" : String(id));

/**
 * A group of radio buttons under a legend, with the group's error. `onChange` tells which value was
 * chosen, for forms whose other fields follow the choice.
 */
export function RadioGroup({
  id,
  legend,
  name,
  options,
  value,
  error,
  onChange,
}: {
  /** the base of the error's id */
  id: string;
  legend: ReactNode;
  name: string;
  options: readonly Option[];
  /** the value checked by default */
  value: string;
  error?: string;
  onChange?: (value: string) => void;
}) {
  const errorId = `${id}-error`;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy(error && errorId)}>
      <legend className={labelClass}>{legend}</legend>
      <FieldError id={errorId}>{error}</FieldError>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={value === o.value}
              onChange={onChange && (() => onChange(o.value))}
              className="size-5"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The hidden inputs a form sends along (ids, versions, which action). */
export function HiddenFields({ values }: { values: Record<string, string | number> }) {
  return Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}
