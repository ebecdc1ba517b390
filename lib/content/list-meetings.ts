import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import type { SourceMeeting } from "../importer/source-types.ts";
import { CONTENT_TAG } from "../items/cache-tags.ts";

/** A meeting's record as the source document gives it, with the opinions published under each agenda item. */
async function loadMeetings(): Promise<SourceMeeting[]> {
  const db = await getDb();
  const rows = await db.councilMeeting.findMany({
    orderBy: { heldOn: "desc" },
    include: { opinions: { where: { state: "published" }, orderBy: { sortOrder: "asc" } } },
  });
  return rows.map((m) => ({
    name: m.name,
    heldOn: m.heldOn.toISOString().slice(0, 10),
    heldAtText: m.heldAtText,
    place: m.place,
    attendees: m.attendees as string[],
    absentees: m.absentees as string[],
    secretariat: m.secretariat,
    agenda: (m.agenda as string[]).map((title) => ({
      title,
      opinions: m.opinions.filter((o) => o.agendaTitle === title).map((o) => o.body),
    })),
    materials: m.materials as string[],
    disclosure: m.disclosure,
    observers: m.observers,
  }));
}

/** 審議会 meetings with their records, newest first. */
export const listMeetings = cached(loadMeetings, ["meetings-v1"], [CONTENT_TAG]);
