/**
 * URLs as search sees them. Both the index and a query reduce a URL to its searchable form (no scheme,
 * no `www.`, no fragment, no tracking parameters, lower-case host), so http ≡ https and a link copied
 * from a complaint finds the article whatever tracking it carried. The form is then split into words
 * like any text: a URL query matches where the article's URL holds the same words in the same order.
 */

/** Query parameters that only track a visit; they never identify a page. */
const TRACKING = /^(utm_\w+|spm|fbclid|gclid|yclid|mc_cid|mc_eid|from|share_token|_hsenc|_hsmi)$/i;

/** Common top-level domains: a dotted name ending in one of them is a host even without www. or a path. */
const HOST_ENDINGS = /\.(com|net|org|edu|gov|mil|int|info|biz|io|cn|hk|mo|tw|sg|jp|kr|uk|us|de|fr|example|test)$/i;

// ASCII host names (an internationalised one is written in punycode in a URL).
const HOST = String.raw`(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?`;
const WITH_SCHEME = /^https?:\/\/\S+$/i;
const WITH_WWW = new RegExp(String.raw`^www\.${HOST}(?:[/?#]\S*)?$`, 'i');
const HOST_AND_PATH = new RegExp(String.raw`^${HOST}[/?#]\S*$`, 'i');
const BARE_HOST = new RegExp(String.raw`^${HOST}$`, 'i');

/**
 * Whether a query term names a URL or a host: a scheme (`http://…`), `www.`, a dotted host with a path
 * (`tpc.example/news`), or a dotted host of three or more parts or ending in a common top-level domain
 * (`hljcourt.gov.cn`, `court.cn`). Version numbers (`v1.2`) and file names (`notes.txt`) are not hosts.
 */
export function looksLikeUrl(term: string): boolean {
  if (!term.includes('.')) return false;
  if (WITH_SCHEME.test(term) || WITH_WWW.test(term) || HOST_AND_PATH.test(term)) return true;
  if (!BARE_HOST.test(term)) return false;
  return term.split('.').length >= 3 || HOST_ENDINGS.test(term.replace(/:\d+$/, ''));
}

/** The searchable form of a URL (see above); text that is not a URL comes back lower-cased. */
export function searchableUrl(url: string): string {
  let rest = url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/#.*$/s, '');
  const query = rest.indexOf('?');
  let params = '';
  if (query >= 0) {
    params = rest
      .slice(query + 1)
      .split('&')
      .filter((p) => p !== '' && !TRACKING.test(p.split('=')[0]))
      .join('&');
    rest = rest.slice(0, query);
  }
  const slash = rest.indexOf('/');
  const host = (slash < 0 ? rest : rest.slice(0, slash)).toLowerCase().replace(/^www\./, '');
  const path = slash < 0 ? '' : rest.slice(slash).replace(/\/+$/, '');
  return host + path + (params ? `?${params}` : '');
}
