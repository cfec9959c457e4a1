import { describe, expect, it } from 'vitest';
import { isOnSite, urlKey, webUrl } from '../../src/urls/identity.js';
import { mirrorAddress, placeAddresses } from '../../src/import/pages/addresses.js';
import type { ParsedPage } from '../../src/types.js';

const PAGE = 'http://news.example.org/2026/11/court-mediation.html?id=39907';

describe('urlKey: spellings of one page', () => {
  it.each([
    ['the scheme', 'https://news.example.org/2026/11/court-mediation.html?id=39907'],
    ['the host’s case', 'http://NEWS.Example.ORG/2026/11/court-mediation.html?id=39907'],
    ['a www.', 'http://www.news.example.org/2026/11/court-mediation.html?id=39907'],
    ['the default port', 'http://news.example.org:80/2026/11/court-mediation.html?id=39907'],
    ['https’s default port', 'https://news.example.org:443/2026/11/court-mediation.html?id=39907'],
    ['a fragment', `${PAGE}#comments`],
    ['utm_* parameters', `${PAGE}&utm_source=wechat&utm_medium=share`],
    ['spm, from and share* parameters', `${PAGE}&spm=a2c4g.1&from=timeline&share_token=xyz&shareId=9`],
    ['WeChat’s share parameters', `${PAGE}&scene=21&isappinstalled=0`],
    ['no scheme at all', 'news.example.org/2026/11/court-mediation.html?id=39907'],
    ['a trailing slash', 'http://news.example.org/2026/11/court-mediation.html/?id=39907'],
    ['surrounding spaces', `  ${PAGE}  `],
  ])('ignores %s', (_rule, spelling) => expect(urlKey(spelling)).toBe(urlKey(PAGE)));

  it('normalises percent-encoding: encoded or not, upper or lower case hex', () => {
    const key = urlKey('http://example.org/新闻/法院.html');
    expect(urlKey('http://example.org/%E6%96%B0%E9%97%BB/%E6%B3%95%E9%99%A2.html')).toBe(key);
    expect(urlKey('http://example.org/%e6%96%b0%e9%97%bb/%e6%b3%95%e9%99%a2.html')).toBe(key);
  });

  it('ignores the order of the parameters', () => {
    expect(urlKey('http://example.org/list.php?page=2&cat=7')).toBe(urlKey('http://example.org/list.php?cat=7&page=2'));
  });

  it('keeps a trailing slash out of the site’s home page too', () => {
    expect(urlKey('https://www.example.org/')).toBe(urlKey('example.org'));
  });

  it.each([
    ['another query', `http://news.example.org/2026/11/court-mediation.html?id=39908`],
    ['no query', 'http://news.example.org/2026/11/court-mediation.html'],
    ['another path’s case', 'http://news.example.org/2026/11/Court-Mediation.html?id=39907'],
    ['another host', 'http://example.org/2026/11/court-mediation.html?id=39907'],
    ['another port', 'http://news.example.org:8080/2026/11/court-mediation.html?id=39907'],
    ['a parameter that is not tracking', `${PAGE}&page=2`],
  ])('tells apart %s', (_rule, other) => expect(urlKey(other)).not.toBe(urlKey(PAGE)));

  it('is null for text that names no web address', () => {
    for (const text of ['见上', '', 'ftp://files.example.org/a', 'notes.txt', 'v1.2']) expect(urlKey(text)).toBeNull();
    expect(urlKey(null)).toBeNull();
  });
});

describe('webUrl', () => {
  it('accepts a URL typed without a scheme, and nothing that is not one', () => {
    expect(webUrl('www.example.org/a')?.href).toBe('http://www.example.org/a');
    expect(webUrl('court.gov.cn')?.hostname).toBe('court.gov.cn');
    expect(webUrl('第一段')).toBeNull();
  });
});

describe('isOnSite', () => {
  it('compares hosts, www. and scheme aside, under the site’s path when it has one', () => {
    expect(isOnSite('https://example.org/news/1.html', 'http://www.example.org/')).toBe(true);
    expect(isOnSite('https://source.example.com/1.html', 'http://www.example.org/')).toBe(false);
    expect(isOnSite('https://example.org/news/1.html', 'https://example.org/news/')).toBe(true);
    expect(isOnSite('https://example.org/newsroom/1.html', 'https://example.org/news')).toBe(false);
  });
});

describe('mirrorAddress', () => {
  it('appends the file’s path under the folder, index.html being the folder’s own address', () => {
    expect(mirrorAddress('https://www.example.org/', 'news/2026/1.html')).toBe(
      'https://www.example.org/news/2026/1.html',
    );
    expect(mirrorAddress('https://www.example.org', 'news/index.html')).toBe('https://www.example.org/news/');
    expect(mirrorAddress('https://www.example.org/site/', '新闻 1.html')).toBe(
      'https://www.example.org/site/%E6%96%B0%E9%97%BB%201.html',
    );
  });
});

describe('placeAddresses', () => {
  const page = (urls: Partial<ParsedPage>): ParsedPage => ({
    title: 't',
    site: null,
    category: null,
    published: null,
    source: null,
    author: null,
    editor: null,
    views: null,
    original_url: null,
    site_url: null,
    body: 'b',
    disclaimer: null,
    window_days: null,
    ...urls,
  });

  it('takes a canonical link on the operator’s site as the page’s own address', () => {
    const placed = placeAddresses(page({ site_url: 'https://www.example.org/n/1.html' }), {
      siteUrl: 'https://example.org/',
    });
    expect(placed).toMatchObject({ site_url: 'https://www.example.org/n/1.html', original_url: null });
  });

  it('takes a canonical link elsewhere as the source’s address, unless the page names its source', () => {
    const elsewhere = { site_url: 'https://court.example.gov/p/9.html' };
    expect(placeAddresses(page(elsewhere), { siteUrl: 'https://example.org/' })).toMatchObject({
      site_url: null,
      original_url: 'https://court.example.gov/p/9.html',
    });
    expect(
      placeAddresses(page({ ...elsewhere, original_url: 'http://court.example.gov/orig' }), {
        siteUrl: 'https://example.org/',
      }),
    ).toMatchObject({ site_url: null, original_url: 'http://court.example.gov/orig' });
  });

  it('resolves a relative canonical link against the fetched address, and falls back on that address', () => {
    expect(
      placeAddresses(page({ site_url: '/n/2.html' }), { fetchedFrom: 'https://example.org/n/2.html?x=1' }).site_url,
    ).toBe('https://example.org/n/2.html');
    expect(placeAddresses(page({}), { fetchedFrom: 'https://example.org/n/3.html' }).site_url).toBe(
      'https://example.org/n/3.html',
    );
  });

  it('gives a mirror folder’s page the address --base-url makes', () => {
    expect(
      placeAddresses(page({ site_url: 'https://court.example.gov/p/9.html' }), {
        siteUrl: 'https://example.org/',
        mirrorUrl: 'https://example.org/n/9.html',
      }),
    ).toMatchObject({ site_url: 'https://example.org/n/9.html', original_url: 'https://court.example.gov/p/9.html' });
  });
});
