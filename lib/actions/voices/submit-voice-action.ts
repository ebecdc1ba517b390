"use server";

import { submitVoice } from "@/lib/voices/voices";
import { serviceAction } from "../form-action";

/** A citizen's voice from an item page: `itemNumber`, `body`, `name`, `ageGroup`, `mayPublish`, `nameMayPublish`. */
export const submitVoiceAction = serviceAction("voice.submit", submitVoice, {
  changes: (result) => [{ kind: "voice.received", itemNumber: result.itemNumber }],
  message: () => "received",
});
