import pino from "pino";

/**
 * The one logger: JSON lines on stdout (what a container platform or journald
 * collects), level from LOG_LEVEL. Tests stay quiet unless LOG_LEVEL says otherwise.
 * Secrets never reach it: callers log ids and codes, not form values.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  base: { service: "plan-portal" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash"], remove: true },
});

export type Logger = typeof logger;
