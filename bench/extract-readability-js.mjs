// @mozilla/readability over linkedom, as bench/extract.mjs calls an extractor (title and body only), to
// compare with the engine: ARCA_EXTRACTOR=bench/extract-readability-js.mjs#extractPage node bench/extract.mjs
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../dist/import/pages/decode.js';

export function extractPage(bytes) {
  // Decoded as arca decodes the page, so only the extraction differs.
  const { document } = parseHTML(decodeBytes(bytes, { html: true }).text);
  const article = new Readability(document).parse();
  if (!article) return null;
  const body = (article.textContent ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  return { title: article.title ?? null, body, site: article.siteName ?? null, author: article.byline ?? null };
}
