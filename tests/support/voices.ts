// A citizen's voice through the real services: sent from an item page (by an address of its own, so
// the limits per address never interfere), then, as far as asked, answered and published.
import type { Actor } from "../../lib/auth/actor.ts";
import { answerVoice, publishVoice, submitVoice } from "../../lib/voices/voices.ts";
import type { Db } from "./db.ts";
import { ctxOf } from "./fixtures.ts";

let address = 0;

export interface VoiceFixture {
  itemNumber: number;
  body: string;
  name?: string;
  ageGroup?: string;
  mayPublish?: boolean;
  nameMayPublish?: boolean;
  /** the city's answer; none leaves the voice received */
  answer?: string;
  /** publish it once answered */
  publish?: boolean;
}

/** Sends a voice and takes it as far as the fixture asks; returns its id and 受付番号. */
export async function makeVoice(db: Db, admin: Actor, v: VoiceFixture): Promise<{ id: number; reference: string }> {
  address += 1;
  const { reference } = await submitVoice(db, ctxOf(null, { ip: `198.51.100.${address % 250}` }), {
    itemNumber: String(v.itemNumber),
    body: v.body,
    name: v.name ?? "",
    ageGroup: v.ageGroup ?? "",
    mayPublish: v.mayPublish === false ? "" : "on",
    nameMayPublish: v.nameMayPublish ? "on" : "",
    website: "",
  });
  const voice = await db.citizenVoice.findFirstOrThrow({ orderBy: { id: "desc" } });
  if (v.answer !== undefined) {
    const answered = await answerVoice(db, ctxOf(admin), {
      voiceId: voice.id,
      version: voice.version,
      answer: v.answer,
    });
    if (v.publish) await publishVoice(db, ctxOf(admin), { voiceId: voice.id, version: answered.version });
  }
  return { id: voice.id, reference };
}
