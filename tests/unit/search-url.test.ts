import { describe, expect, it } from 'vitest';
import { looksLikeUrl, searchableUrl } from '../../src/search/url.js';

describe('looksLikeUrl', () => {
  it.each([
    'hljcourt.gov.cn',
    'tpc.example/news',
    'http://x.example/a?id=39907',
    'https://court.cn',
    'www.court.org',
    'court.cn',
    'news.example:8080/a',
  ])('%s is a URL or a host', (term) => expect(looksLikeUrl(term)).toBe(true));

  it.each(['法院', '39907', 'v1.2', '3.14', 'node.js', 'notes.txt', 'e.g.', 'U.S', 'court', 'a.b.c'])(
    '%s is text',
    (term) => expect(looksLikeUrl(term)).toBe(false),
  );
});

describe('searchableUrl', () => {
  it('drops the scheme, www., the fragment and tracking parameters, and lower-cases the host', () => {
    expect(searchableUrl('https://www.HLJcourt.gov.cn/Public/detail.php?utm_source=wx&id=39907&spm=a.b#top')).toBe(
      'hljcourt.gov.cn/Public/detail.php?id=39907',
    );
    expect(searchableUrl('http://tpc.example/news/')).toBe('tpc.example/news');
    expect(searchableUrl('tpc.example')).toBe('tpc.example');
  });
});
