// Parses a feed with an independent parser (feedparser) after checking that it is well-formed XML with sax in strict
// mode (feedparser recovers from malformed XML, and its own strict mode stops matching RSS's camelCase pubDate): malformed XML, or a document that is not RSS or Atom, is an error.
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import FeedParser, { type Item, type Meta } from 'feedparser';

type SaxParser = { onerror: (error: Error) => void; write(text: string): SaxParser; close(): void };
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean): SaxParser };

export function checkWellFormed(xml: string): void {
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw new Error(`Not well-formed XML: ${error.message.split('\n')[0]}`);
  };
  parser.write(xml).close();
}

export async function parseFeed(xml: string): Promise<{ meta: Meta; items: Item[] }> {
  checkWellFormed(xml);
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ normalize: true, addmeta: false });
    const items: Item[] = [];
    let meta: Meta | undefined;
    parser.on('error', reject);
    parser.on('meta', (value: Meta) => (meta = value));
    parser.on('readable', () => {
      for (let item = parser.read() as Item | null; item; item = parser.read() as Item | null) items.push(item);
    });
    parser.on('end', () => (meta ? resolve({ meta, items }) : reject(new Error('no feed metadata'))));
    Readable.from([xml]).pipe(parser);
  });
}
