/** Longest opinion or answer, in characters (shared by the services and the forms). */
export const OPINION_TEXT_LIMIT = 2000;
