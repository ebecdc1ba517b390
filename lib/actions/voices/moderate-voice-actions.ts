"use server";

import { answerVoice, forwardVoice, publishVoice, rejectVoice } from "@/lib/voices/voices";
import { serviceAction } from "../form-action";

// Each takes `voiceId` and `version` (the version the person saw); reject adds `reason`, answer `answer`.

/** 回付 to the item's section. */
export const forwardVoiceAction = serviceAction("voice.forward", forwardVoice, {
  changes: () => [{ kind: "voice.updated" }],
  message: () => "forwarded",
});

/** 不掲載 with a reason. */
export const rejectVoiceAction = serviceAction("voice.reject", rejectVoice, {
  changes: () => [{ kind: "voice.updated" }],
  message: () => "rejected",
});

/** 市の考え方 (the answer); the form keeps the text so it can be revised. */
export const answerVoiceAction = serviceAction("voice.answer", answerVoice, {
  changes: () => [{ kind: "voice.updated" }],
  message: () => "answered",
  echo: (_result, values) => ({ answer: values.answer ?? "" }),
});

/** 公開 with its answer. */
export const publishVoiceAction = serviceAction("voice.publish", publishVoice, {
  changes: (result) => [{ kind: "voice.published", itemNumber: result.itemNumber }],
  message: () => "published",
});
