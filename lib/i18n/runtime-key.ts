/** The part of a next-intl translator a runtime key needs: its typed call and `has`. */
interface Translate<Key extends string> {
  (key: Key): string;
  has(key: Key): boolean;
}

/**
 * Whether a catalog key that arrives as a runtime string (a service error code, a field error from an action's
 * state) is in the translator's namespace; narrows it to a key `t` accepts. next-intl types `t` and `t.has` to the
 * catalog's keys, so the one unchecked step from a string to a key is here, checked by `has` at run time.
 */
export function hasMessage<Key extends string>(t: Translate<Key>, key: string): key is Key {
  return t.has(key as Key);
}

/** The text of a runtime key (see hasMessage), or `fallback` when the namespace has no such key. */
export function messageOr<Key extends string, Fallback>(
  t: Translate<Key>,
  key: string,
  fallback: Fallback,
): string | Fallback {
  return hasMessage(t, key) ? t(key) : fallback;
}
