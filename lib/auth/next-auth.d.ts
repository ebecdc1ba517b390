import "next-auth";

declare module "next-auth" {
  /** The client sees only the user's id; who the user is now is read from the database per request. */
  interface Session {
    user?: { id: number };
  }
}
