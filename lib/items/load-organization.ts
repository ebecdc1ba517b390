import "server-only";
import type { Db } from "../db/create-client.ts";

/** A bureau's sections, for the grouped section selects. */
export interface SectionGroup {
  bureauId: number;
  bureau: string;
  sections: { id: number; name: string }[];
}

export interface Organization {
  /** sections under their bureaus (bureaus without sections left out) */
  sectionGroups: SectionGroup[];
  bureaus: { id: number; name: string }[];
  classifications: { id: number; name: string }[];
}

/** Bureaus, sections and classifications in the plan's order, for the secretariat's forms; callers have asked the policy. */
export async function loadOrganization(db: Db): Promise<Organization> {
  const [bureaus, classifications] = await Promise.all([
    db.bureau.findMany({
      orderBy: { sortOrder: "asc" },
      include: { sections: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true } } },
    }),
    db.classification.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    sectionGroups: bureaus
      .filter((b) => b.sections.length > 0)
      .map((b) => ({ bureauId: b.id, bureau: b.name, sections: b.sections })),
    bureaus: bureaus.map((b) => ({ id: b.id, name: b.name })),
    classifications,
  };
}
