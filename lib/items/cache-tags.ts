/** Data-cache tags: a change to items or their published reports revalidates these. */
export const ITEMS_TAG = "items";
export const itemTag = (number: number) => `item:${number}`;
export const CONTENT_TAG = "content";
