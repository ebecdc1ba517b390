/**
 * A key for the part of a form that holds its fields. React resets a form after its action; inputs
 * return to their current defaultValue but a <select> only to the option chosen when it mounted, so
 * the fields are remounted whenever the values they should show change.
 */
export function valuesKey(values: Record<string, string>): string {
  return JSON.stringify(values);
}
