/** Session limits (issue: at most 12 h, idle timeout 30 min). */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
export const SESSION_IDLE_S = 30 * 60;

export interface SessionClaims {
  uid: number;
  /** the user's session version when the session began */
  sv: number;
  /** sign-in time, epoch seconds */
  loginAt: number;
  /** last request time, epoch seconds (refreshed by proxy.ts) */
  seenAt: number;
}

export function isSessionClaims(token: unknown): token is SessionClaims {
  const t = token as Partial<SessionClaims> | null;
  return (
    !!t &&
    typeof t.uid === "number" &&
    typeof t.sv === "number" &&
    typeof t.loginAt === "number" &&
    typeof t.seenAt === "number"
  );
}

/** Whether a session is still within its absolute and idle limits at `now` (epoch seconds). */
export function sessionAlive(claims: SessionClaims, now: number): boolean {
  return now - claims.loginAt <= SESSION_MAX_AGE_S && now - claims.seenAt <= SESSION_IDLE_S;
}
