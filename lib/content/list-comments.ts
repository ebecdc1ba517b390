import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import { CONTENT_TAG } from "../items/cache-tags.ts";

export interface PublicCommentEntry {
  topic: string;
  number: number;
  ageGroup: string;
  opinion: string[];
  response: string[];
}

async function loadComments(): Promise<PublicCommentEntry[]> {
  const db = await getDb();
  const rows = await db.publicComment.findMany({ orderBy: [{ topic: "asc" }, { number: "asc" }] });
  return rows.map((r) => ({
    topic: r.topic,
    number: r.number,
    ageGroup: r.ageGroup,
    opinion: r.opinion as string[],
    response: r.response as string[],
  }));
}

/** 市民意見募集 results with the city's responses. */
export const listComments = cached(loadComments, ["comments-v1"], [CONTENT_TAG]);
