import { useTranslations } from "next-intl";
import { hasMessage } from "@/lib/i18n/runtime-key";

/**
 * Catalog text for an action's outcome: `message` for the state's message key, `field` for a
 * field-error key. A domain's own wording (its namespaces, in order) comes first, then the shared
 * service errors of the "errors" namespace; an unknown key shows the generic text, never the key.
 */
export function useOutcomeText(...domains: string[]) {
  const t = useTranslations();
  const first = (keys: string[], fallback: string) => {
    const key = keys.find((candidate) => hasMessage(t, candidate)) ?? fallback;
    return hasMessage(t, key) ? t(key) : key;
  };
  return {
    message: (key: string | undefined): string =>
      key ? first([...domains.map((domain) => `${domain}.${key}`), `errors.${key}`], "errors.unknown") : "",
    field: (key: string | undefined): string | undefined =>
      key
        ? first(
            [...domains.map((domain) => `${domain}.fields.${key}`), `errors.fields.${key}`],
            "errors.fields.invalid",
          )
        : undefined,
  };
}
