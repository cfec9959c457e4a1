/**
 * When two spellings of a URL name the same page. One key per page, used wherever a URL is matched
 * (show, takedown open, import's duplicates, the e-mail intake, search's URL column): the scheme, a
 * `www.`, the host's case, a default port, the fragment, tracking parameters, the percent-encoding's
 * case and a trailing `/` are left out; everything else counts, so a different query is a different
 * page. Query parameters are sorted: servers read them by name, and links copied from a CMS, a share
 * button or a complaint list them in any order. Stored URLs keep their spelling; only the key folds.
 */
import normalizeUrl from 'normalize-url';

/**
 * Query parameters that only say how a visitor arrived, never which page: analytics (utm_*, spm*,
 * fbclid, gclid, msclkid, yclid, mc_*, _hs*), the share buttons of Chinese platforms (from, share*,
 * scene, isappinstalled, clicktime, enterid on WeChat; wfr on Weibo; vd_source on Bilibili; igshid).
 */
const TRACKING_PARAMETERS = [
  /^utm_/i,
  /^spm/i,
  /^share/i,
  /^(?:from|fbclid|gclid|msclkid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|scene|isappinstalled|clicktime|enterid)$/i,
  /^(?:wfr|vd_source|igshid)$/i,
];

/** Common top-level domains: a dotted name ending in one of them is a host even without www. or a path. */
const HOST_ENDINGS = /\.(com|net|org|edu|gov|mil|int|info|biz|io|cn|hk|mo|tw|sg|jp|kr|uk|us|de|fr|example|test)$/i;

// ASCII host names (an internationalised one is written in punycode in a URL).
const HOST = String.raw`(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?`;
const WITH_SCHEME = /^https?:\/\/\S+$/i;
const WITH_WWW = new RegExp(String.raw`^www\.${HOST}(?:[/?#]\S*)?$`, 'i');
const HOST_AND_PATH = new RegExp(String.raw`^${HOST}[/?#]\S*$`, 'i');
const BARE_HOST = new RegExp(String.raw`^${HOST}$`, 'i');

/**
 * Whether text names a URL or a host: a scheme (`http://…`), `www.`, a dotted host with a path
 * (`tpc.example/news`), or a dotted host of three or more parts or ending in a common top-level domain
 * (`hljcourt.gov.cn`, `court.cn`). Version numbers (`v1.2`) and file names (`notes.txt`) are not hosts.
 */
export function looksLikeUrl(text: string): boolean {
  if (!text.includes('.')) return false;
  if (WITH_SCHEME.test(text) || WITH_WWW.test(text) || HOST_AND_PATH.test(text)) return true;
  if (!BARE_HOST.test(text)) return false;
  return text.split('.').length >= 3 || HOST_ENDINGS.test(text.replace(/:\d+$/, ''));
}

/** The http(s) URL that text names, `http://` put in front when it has no scheme; null when it names none. */
export function webUrl(text: string): URL | null {
  const trimmed = text.trim();
  if (!looksLikeUrl(trimmed)) return null;
  try {
    return new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return null;
  }
}

/**
 * The page's key: `example.org/news/1.html?id=3`, the same for every spelling of the page's URL (see
 * above); null for text that is no http(s) URL or host (`原文链接：见上`).
 */
export function urlKey(text: string | null | undefined): string | null {
  if (!text || webUrl(text) === null) return null;
  try {
    return normalizeUrl(text.trim(), {
      stripProtocol: true,
      stripHash: true,
      stripWWW: true,
      removeQueryParameters: TRACKING_PARAMETERS,
      removeTrailingSlash: true,
      removeSingleSlash: true,
      sortQueryParameters: true,
      // The URL parser already drops a port that is the scheme's default; another port is another site.
      removeExplicitPort: false,
    });
  } catch {
    return null;
  }
}

/** The host as the key writes it: lower case, punycode, no `www.`, with a port other than the default. */
function keyHost(url: URL): string {
  return url.host.toLowerCase().replace(/^www\./, '');
}

/**
 * Whether `url` is a page of the site at `siteUrl` (the operator's, `config set site-url`): the same
 * host, `www.` and scheme aside, and under the site's path when it names one (`example.org/news/`).
 */
export function isOnSite(url: string, siteUrl: string): boolean {
  const page = webUrl(url);
  const site = webUrl(siteUrl);
  if (!page || !site || keyHost(page) !== keyHost(site)) return false;
  const base = site.pathname.replace(/\/+$/, '');
  return base === '' || page.pathname === base || page.pathname.startsWith(`${base}/`);
}
