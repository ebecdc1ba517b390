import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { writeAudit } from "../audit/write-audit.ts";
import { getDb } from "../db/client.ts";
import { clientAddress } from "../http/client-address.ts";
import { authenticate } from "./authenticate.ts";
import { secureCookies } from "./cookies.ts";
import { endSessions } from "./resolve-actor.ts";
import { getAuthSecret } from "./secret.ts";
import { isSessionClaims, SESSION_MAX_AGE_S } from "./session-policy.ts";

/** The sign-in request's client address, for the per-address limit and the audit record. */
function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  return clientAddress((name) => {
    const value = headers?.[name];
    return Array.isArray(value) ? value.join(",") : value;
  });
}

export const authOptions: AuthOptions = {
  secret: getAuthSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  jwt: { maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login", error: "/login" },
  // The portal's own rule, not next-auth's guess: the cookies it sets are the ones the portal reads.
  useSecureCookies: secureCookies(),
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate(await getDb(), {
          email: credentials?.email,
          password: credentials?.password,
          ip: clientIp(req?.headers),
        });
        if (!result.ok) return null;
        return {
          id: String(result.user.id),
          email: result.user.email,
          name: result.user.name,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    // Only the claims the server needs; who the user is now is read from the database per request.
    async jwt({ token, user }) {
      if (user) {
        const now = Math.floor(Date.now() / 1000);
        return {
          uid: Number(user.id),
          sv: (user as unknown as { sessionVersion: number }).sessionVersion,
          loginAt: now,
          seenAt: now,
        };
      }
      return token;
    },
    async session({ session, token }) {
      return { expires: session.expires, user: isSessionClaims(token) ? { id: token.uid } : undefined };
    },
  },
  events: {
    async signOut({ token }) {
      if (!isSessionClaims(token)) return;
      const db = await getDb();
      await endSessions(db, token.uid);
      await writeAudit(db, { actor: null, action: "auth.sign_out", entityType: "User", entityId: token.uid });
    },
  },
};
