import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import { CONTENT_TAG } from "../items/cache-tags.ts";

export interface MeetingRecord {
  name: string;
  heldOn: string;
  heldAtText: string;
  place: string;
  attendees: string[];
  absentees: string[];
  secretariat: string;
  agenda: { title: string; opinions: string[] }[];
  materials: string[];
  disclosure: string;
  observers: number;
}

async function loadMeetings(): Promise<MeetingRecord[]> {
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
