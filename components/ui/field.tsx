import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** The look of every text input, select and textarea; an invalid one gets a thicker border in the error colour. */
export const fieldClass =
  "w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-std-16N-170 text-solid-gray-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-error-1";
export const labelClass = "text-std-16B-170 text-solid-gray-900";
export const hintClass = "text-std-16N-170 text-solid-gray-800";

/** aria-describedby from the ids that apply (hint, error, counter…), or nothing. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

/** The warning sign beside an error, so that it never rests on colour alone. */
export function ErrorIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="mt-1 size-5 shrink-0 fill-current">
      <path d="M12 2 1 21h22L12 2Zm1 15h-2v-2h2v2Zm0-4h-2V9h2v4Z" />
    </svg>
  );
}

/** The error of one field, "エラー：…"; its id is what the control's aria-describedby points at. Nothing without text. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const t = useTranslations("ui");
  if (!children) return null;
  return (
    <p id={id} className="flex gap-1 text-std-16B-170 text-error-1">
      <ErrorIcon />
      <span>
        {t("errorPrefix")}
        {children}
      </span>
    </p>
  );
}

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/**
 * One labelled control with its hint and error: label, hint, error, then the control, which
 * `children` renders with the props it is given (id, aria-invalid, aria-describedby).
 */
export function Field({
  id,
  label,
  labelExtra,
  hint,
  error,
  describedBy: extra = [],
  className = "",
  children,
}: {
  id: string;
  label: ReactNode;
  /** shown after the label, outside it (e.g. a decorative "required" mark) */
  labelExtra?: ReactNode;
  hint?: ReactNode;
  /** the error text, already looked up in the catalog */
  error?: string;
  /** further ids describing the control (e.g. a character counter placed after it) */
  describedBy?: (string | false | undefined)[];
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const control: ControlProps = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hint ? hintId : undefined, ...extra, error && errorId),
  };
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      {labelExtra ? (
        <p>
          <label htmlFor={id} className={labelClass}>
            {label}
          </label>
          {labelExtra}
        </p>
      ) : (
        <label htmlFor={id} className={labelClass}>
          {label}
        </label>
      )}
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
      <FieldError id={errorId}>{error}</FieldError>
      {children(control)}
    </div>
  );
}
