import "server-only";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { VoiceState } from "../generated/prisma/enums.ts";
import { loadOrganization, type SectionGroup } from "../items/load-organization.ts";
import { listVoices, VOICE_STATES, type VoiceEntry, type VoiceFilter } from "./voices.ts";

/** What /staff/voices shows: the voices the filter picks, the counts per state and the filter's choices. */
export interface VoicePage {
  voices: VoiceEntry[];
  /** whether the reader is the secretariat (every voice, as sent) rather than a section */
  moderator: boolean;
  /** the states this reader's voices can be in (a section never sees 受付 or 不掲載), in the work's order */
  states: VoiceState[];
  /** per state, over the reader's voices of the chosen item and section (the state filter aside) */
  counts: Record<VoiceState, number>;
  /** the items the reader's voices are on, for the item select */
  items: { number: number; title: string }[];
  /** the sections the reader may filter by: every section for the secretariat, their own for an editor */
  sectionGroups: SectionGroup[];
}

/**
 * The staff list of voices. listVoices decides who may read and what (it records a refusal); the
 * counts and choices are drawn from the same reading, so they never name a voice the reader may not see.
 */
export async function readVoicePage(db: Db, ctx: RequestContext, filter: VoiceFilter): Promise<VoicePage> {
  const all = await listVoices(db, ctx, {});
  const actor = ctx.actor!;
  const inPlace = await listVoices(db, ctx, { item: filter.item, section: filter.section });
  const counts = Object.fromEntries(VOICE_STATES.map((state) => [state, 0])) as Record<VoiceState, number>;
  for (const voice of inPlace) counts[voice.state] += 1;
  const items = [...new Map(all.map((v) => [v.item.number, { number: v.item.number, title: v.item.title }])).values()];
  items.sort((a, b) => a.number - b.number);
  const { sectionGroups } = await loadOrganization(db);
  const moderator = can(actor, "voice.moderate");
  const own = moderator
    ? sectionGroups
    : sectionGroups
        .filter((g) => actor.bureauId === null || g.bureauId === actor.bureauId)
        .map((g) => ({
          ...g,
          sections: actor.bureauId !== null ? g.sections : g.sections.filter((s) => s.id === actor.sectionId),
        }))
        .filter((g) => g.sections.length > 0);
  return {
    voices: filter.state ? inPlace.filter((v) => v.state === filter.state) : inPlace,
    moderator,
    states: moderator ? [...VOICE_STATES] : VOICE_STATES.filter((s) => s !== "received" && s !== "rejected"),
    counts,
    items,
    sectionGroups: own,
  };
}
