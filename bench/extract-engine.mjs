// The new extraction engine (src/import/pages/extract/) as bench/extract.mjs calls an extractor:
//   ARCA_EXTRACTOR=bench/extract-engine.mjs#extractPage node bench/extract.mjs
// Bytes are decoded as the importer will once it takes valid UTF-8 with a few U+FFFD as UTF-8:
// valid UTF-8 first, else the page's declared charset (GB pages), else GB18030.
import iconv from 'iconv-lite';
import { declaredCharset } from '../dist/import/pages/decode.js';
import { extractHtmlPage } from '../dist/import/pages/extract/extract.js';

export function decodePage(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = declaredCharset(bytes);
    const encoding = declared && iconv.encodingExists(declared) ? declared : 'gb18030';
    return iconv.decode(Buffer.from(bytes), /^gb/i.test(encoding) ? 'gb18030' : encoding);
  }
}

export function extractPage(bytes, options = {}) {
  return extractHtmlPage(decodePage(bytes), { url: options.url ?? undefined });
}
