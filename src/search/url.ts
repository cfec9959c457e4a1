/**
 * URLs as search sees them. Both the index and a query reduce a URL to its key (urls/identity.ts: no
 * scheme, no `www.`, no fragment, no tracking parameters, lower-case host, parameters sorted), so
 * http ≡ https and a link copied from a complaint finds the article whatever tracking it carried. The
 * key is then split into words like any text: a URL query matches where one of the article's URLs holds
 * the same words in the same order.
 */
import { urlKey } from '../urls/identity.js';

export { looksLikeUrl } from '../urls/identity.js';

/**
 * The searchable form of a URL, or of each line of several (an article's site_url and original_url);
 * text that is not a URL comes back lower-cased.
 */
export function searchableUrl(text: string): string {
  return text
    .split('\n')
    .map((line) => urlKey(line) ?? line.trim().toLowerCase())
    .join('\n');
}

/** The URLs a search row holds of an article, one a line: its own address first, then its source's. */
export function articleUrlText(article: { site_url: string | null; original_url: string | null }): string | null {
  const urls = [article.site_url, article.original_url].filter((url): url is string => Boolean(url));
  return urls.length ? urls.join('\n') : null;
}
