/**
 * The web addresses in free text, as people paste them into a complaint: with a scheme or without
 * (`www.example.org/a`, `example.org/news/1.html`), inside Chinese sentences, in brackets, after a
 * colon, at the end of a sentence. Each found once (by its key, identity.ts), in order of appearance.
 */
import { looksLikeUrl, urlKey } from './identity.js';

// A run that can be part of a URL: no spaces, no CJK text or full-width punctuation, no quotes or angle brackets.
const CANDIDATE = /(?:https?:\/\/)?[\w.-]+(?::\d+)?(?:[/?#][^\s<>"'`\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*)?/giu;
/** What ends a sentence or closes a bracket rather than a URL. */
const TRAILING = /[.,;:!?)\]}>'"]+$/;

export function findUrls(text: string): string[] {
  const found = new Map<string, string>();
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    // A host after "@" is an e-mail address's, and after another word character it is part of that word.
    if (start > 0 && /[@\w.-]/.test(text[start - 1])) continue;
    const url = match[0].replace(TRAILING, '');
    if (!looksLikeUrl(url) || !/[/?]|^https?:|^www\./i.test(url)) continue;
    const key = urlKey(url);
    if (key !== null && !found.has(key)) found.set(key, url);
  }
  return [...found.values()];
}
