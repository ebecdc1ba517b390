// An Atom document as a feed reader parses it (strict), to check what subscribers would see.
import { Readable } from "node:stream";
import FeedParser from "feedparser";

export async function parseAtom(xml: string): Promise<{ meta: FeedParser.Meta; items: FeedParser.Item[] }> {
  const parser = new FeedParser({ strict: true });
  Readable.from([xml]).pipe(parser);
  const items: FeedParser.Item[] = [];
  for await (const item of parser) items.push(item);
  return { meta: parser.meta, items };
}
