// What a citizen's voice may be, shared by the form (counters, choices) and the service.

/** Longest voice, in characters (as the form counts them). */
export const VOICE_TEXT_LIMIT = 1000;
/** Longest name or nickname. */
export const VOICE_NAME_LIMIT = 40;
/** Longest answer (市の考え方) and rejection reason. */
export const VOICE_ANSWER_LIMIT = 2000;
export const VOICE_REASON_LIMIT = 500;

/** Age groups as the city's public comment results count them (10代 … 70代以上). */
export const AGE_GROUPS = ["10s", "20s", "30s", "40s", "50s", "60s", "70plus"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** The name of the honeypot field: hidden from people, filled by form-filling robots. */
export const HONEYPOT_FIELD = "website";

/** 受付番号: what the citizen quotes when asking about their voice (V-000123). */
export function voiceReference(id: number): string {
  return `V-${String(id).padStart(6, "0")}`;
}

/** The voice id a reference names, or null (accepts any width and case, with or without the hyphen). */
export function parseVoiceReference(text: string): number | null {
  const match = /^v-?(\d{1,9})$/i.exec(text.normalize("NFKC").trim());
  return match ? Number(match[1]) : null;
}

export const PHONE_MASK = "［電話番号］";
export const EMAIL_MASK = "［メールアドレス］";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A run of digits with the separators people write between them (spaces, hyphens, dashes, brackets).
const DIGIT_RUN = /\+?[(]?\d(?:[\d\s()\-‐‑–—―−ー]*\d)?/g;

/** Whether a run of digits reads as a telephone number: 10 or 11 digits, or +81 and 9–10 more. */
function isPhone(run: string): boolean {
  const digits = run.replace(/\D/g, "");
  if (run.startsWith("+")) return digits.startsWith("81") && digits.length >= 11 && digits.length <= 12;
  return digits.startsWith("0") && digits.length >= 10 && digits.length <= 11;
}

/**
 * The text as the section and the public may see it: widths folded (NFKC, so ０９０ and ＠ are
 * caught), e-mail addresses and telephone numbers replaced by a marker. The secretariat keeps the
 * text as sent.
 */
export function maskContacts(text: string): string {
  return text
    .normalize("NFKC")
    .replace(EMAIL, EMAIL_MASK)
    .replace(DIGIT_RUN, (run) => {
      const trimmed = run.trimEnd();
      return isPhone(trimmed) ? PHONE_MASK + run.slice(trimmed.length) : run;
    });
}
