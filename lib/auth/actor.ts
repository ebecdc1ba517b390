import type { Role } from "../generated/prisma/enums.ts";

/** Who is acting: a signed-in user as the database knows them now, or null for the public. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  sectionId: number | null;
  /** set when an editor is bound to a whole bureau */
  bureauId: number | null;
}

export type MaybeActor = Actor | null;
