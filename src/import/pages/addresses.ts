/**
 * Whose address is which. A saved page may declare an address (<link rel=canonical>, og:url), an
 * import may know one (the URL it fetched, or --base-url with the file's place in a mirror folder).
 * An address on the operator's site (`config set site-url`; any site while none is set) is the
 * page's own, `site_url`; a declared one elsewhere is the source's, kept as `original_url` when the
 * page names none, as is a fetched page's address off the site. A mirror folder's address is always the page's own.
 */
import type { ParsedPage } from '../../types.js';
import { isOnSite, webUrl } from '../../urls/identity.js';

export interface AddressOptions {
  /** The operator's site, from the archive's settings; absent when none is set. */
  siteUrl?: string;
  /** The URL the page was fetched from (after redirects). */
  fetchedFrom?: string;
  /** The address --base-url gives a file of a mirror folder. */
  mirrorUrl?: string;
}

/** An absolute http(s) URL: `href` as it is, or resolved against the page's own address. */
function absolute(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  if (webUrl(href) && /^https?:\/\//i.test(href)) return href;
  if (!base) return null;
  try {
    const resolved = new URL(href, base);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : null;
  } catch {
    return null;
  }
}

/** The page with `site_url` (and, from a canonical elsewhere, `original_url`) set as described above. */
export function placeAddresses(page: ParsedPage, options: AddressOptions): ParsedPage {
  const onSite = (url: string) => options.siteUrl === undefined || isOnSite(url, options.siteUrl);
  const declared = absolute(page.site_url, options.mirrorUrl ?? options.fetchedFrom);
  const own = [declared, options.fetchedFrom ?? null].find((url): url is string => url !== null && onSite(url));
  const elsewhere = [declared, options.fetchedFrom ?? null].find((url) => url !== null && !onSite(url)) ?? null;
  return {
    ...page,
    site_url: options.mirrorUrl ?? own ?? null,
    original_url: page.original_url ?? elsewhere,
  };
}

/**
 * The address of a file of a mirror folder: the base URL with the file's path under the folder
 * appended, each segment percent-encoded; `index.html` (or .htm, .shtml) is the folder's own address.
 */
export function mirrorAddress(baseUrl: string, relativePath: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const segments = relativePath.split(/[\\/]+/).filter(Boolean);
  if (segments.length > 0 && /^index\.(?:html?|shtml)$/i.test(segments[segments.length - 1]))
    segments[segments.length - 1] = '';
  return new URL(segments.map(encodeURIComponent).join('/'), base).href;
}
