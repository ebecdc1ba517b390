/** Data-cache tag of the editions (版): they change only when a period closes. */
export const EDITIONS_TAG = "editions";
