/**
 * What a service accepts from a form or a client: the fields its schema reads,
 * each of any type until the service parses it. Declaring inputs this way keeps
 * callers honest: raw form values fit without casts, and nothing is trusted
 * before the service's own zod parse.
 */
export type Untrusted<T> = T extends object ? { [K in keyof T]?: unknown } : never;
