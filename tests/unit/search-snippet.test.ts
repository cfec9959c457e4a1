import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../src/search/query.js';
import { hitSnippet, makeSnippet } from '../../src/search/snippet.js';

/** The hits of QUERY in a line of body text. */
const hitsOf = (query: string) => (line: string) => compileQuery(query).hitsIn(line, 'body');

/** Filler text: N times CHAR. */
const times = (char: string, n: number): string => char.repeat(n);

describe('makeSnippet', () => {
  it('keeps a short text whole, on one line', () => {
    expect(makeSnippet('法院判决\n  维持原判。', hitsOf('法院'))).toEqual({
      text: '法院判决 维持原判。',
      highlights: [[0, 2]],
    });
  });

  it('cuts a long text around the first hit, centred, with ellipses on both sides', () => {
    expect(makeSnippet(`${times('甲', 100)}法院${times('乙', 100)}`, hitsOf('法院'), 20)).toEqual({
      text: `…${times('甲', 8)}法院${times('乙', 8)}…`,
      highlights: [[9, 11]],
    });
  });

  it('marks every hit in the window and clips one the cut goes through', () => {
    expect(
      makeSnippet(
        `${times('甲', 100)}法院${times('乙', 3)}法院${times('乙', 2)}法院${times('乙', 100)}`,
        hitsOf('法院'),
        20,
      ),
    ).toEqual({
      text: `…${times('甲', 8)}法院${times('乙', 3)}法院${times('乙', 2)}法…`,
      highlights: [
        [9, 11],
        [14, 16],
        [18, 19],
      ],
    });
  });

  it('fills the window from the end when the hit is near it', () => {
    expect(makeSnippet(`${times('甲', 100)}法院${times('乙', 3)}`, hitsOf('法院'), 20)).toEqual({
      text: `…${times('甲', 14)}法院${times('乙', 3)}`,
      highlights: [[15, 17]],
    });
  });

  it('starts at the beginning when the hit is near it', () => {
    expect(makeSnippet(`法院${times('乙', 100)}`, hitsOf('法院'), 20)).toEqual({
      text: `法院${times('乙', 17)}…`,
      highlights: [[0, 2]],
    });
  });

  it('shows the beginning when nothing matches, 80 characters by default', () => {
    expect(makeSnippet(times('甲', 200), hitsOf('法院'))).toEqual({ text: `${times('甲', 79)}…`, highlights: [] });
  });

  it('matches Latin case-insensitively and full-width letters as ASCII', () => {
    expect(makeSnippet('The Supreme COURT and ＣＯＵＲＴ rules', hitsOf('court'))).toEqual({
      text: 'The Supreme COURT and ＣＯＵＲＴ rules',
      highlights: [
        [12, 17],
        [22, 27],
      ],
    });
  });

  it('gives offsets into the original text when folding changes its length', () => {
    expect(makeSnippet('㈱法院', hitsOf('法院')).highlights).toEqual([[1, 3]]);
  });

  it('merges overlapping hits of different terms', () => {
    expect(makeSnippet('最高人民法院', hitsOf('人民法院 OR 法院 OR 最高')).highlights).toEqual([
      [0, 2],
      [2, 6],
    ]);
  });

  it('never cuts a character outside the BMP in half', () => {
    expect(makeSnippet(`${times('𠀀', 50)}法院${times('乙', 50)}`, hitsOf('法院'), 23)).toEqual({
      text: `…${times('𠀀', 4)}法院${times('乙', 10)}…`,
      highlights: [[9, 11]],
    });
    expect(makeSnippet(`法院${times('𠀀', 50)}`, hitsOf('法院'), 20).text).toBe(`法院${times('𠀀', 8)}…`);
  });
});

describe('hitSnippet', () => {
  it('is cut from the body where the terms occur there', () => {
    expect(hitSnippet({ title: '法院动态', body: '县法院开庭。' }, compileQuery('法院').hitsIn)).toEqual({
      text: '县法院开庭。',
      highlights: [[1, 3]],
    });
  });

  it('falls back to the title when the body has no hit or is gone (purged)', () => {
    expect(hitSnippet({ title: '法院动态', body: '镇政府开会。' }, compileQuery('法院').hitsIn)).toEqual({
      text: '法院动态',
      highlights: [[0, 2]],
    });
    expect(hitSnippet({ title: '法院动态', body: null }, compileQuery('法院').hitsIn)).toEqual({
      text: '法院动态',
      highlights: [[0, 2]],
    });
  });
});

describe('snippets of traditional pages and other fields', () => {
  it('highlights the traditional characters a simplified query found, and the other way round', () => {
    const body = '白河區人民檢察院依法提起公訴，檢察官出庭。';
    const snippet = hitSnippet({ title: '公告', body }, compileQuery('检察院').hitsIn);
    expect(snippet.highlights.map(([from, to]) => snippet.text.slice(from, to))).toEqual(['檢察院']);
    const back = hitSnippet({ title: '公告', body: '白河区人民检察院' }, compileQuery('檢察院').hitsIn);
    expect(back.highlights.map(([from, to]) => back.text.slice(from, to))).toEqual(['检察院']);
  });

  it('keeps the offsets right where a traditional character folds to one outside the BMP', () => {
    // 僤 folds to 𫢸 (two UTF-16 code units): the hit after it must still land on its own characters.
    const snippet = hitSnippet({ title: '公告', body: '僤僤法院' }, compileQuery('法院').hitsIn);
    expect(snippet).toEqual({ text: '僤僤法院', highlights: [[2, 4]] });
    expect(hitSnippet({ title: '公告', body: '甲僤法院' }, compileQuery('𫢸法').hitsIn).highlights).toEqual([[1, 3]]);
  });

  it('with --exact-script highlights only the characters as written', () => {
    const snippet = hitSnippet(
      { title: '公告', body: '檢察院與检察院' },
      compileQuery('检察院', undefined, { exactScript: true }).hitsIn,
    );
    expect(snippet.highlights).toEqual([[4, 7]]);
  });

  it('comes from the source, the author or the URL when the hit is there', () => {
    const row = {
      title: '通知',
      body: '正文。',
      source: '白河日報',
      author: '林知秋',
      url: 'https://www.hljcourt.gov.cn/a?id=39907&utm_source=wx',
    };
    expect(hitSnippet(row, compileQuery('日报').hitsIn)).toEqual({ text: '白河日報', highlights: [[2, 4]] });
    expect(hitSnippet(row, compileQuery('知秋', ['author']).hitsIn)).toEqual({ text: '林知秋', highlights: [[1, 3]] });
    expect(hitSnippet(row, compileQuery('hljcourt.gov.cn').hitsIn)).toEqual({ text: row.url, highlights: [[12, 27]] });
    // Reordered parameters: the stored URL does not show the phrase, its searchable form does.
    const reordered = { ...row, url: 'http://hljcourt.gov.cn/a?utm_source=wx&id=39907' };
    expect(hitSnippet(reordered, compileQuery('hljcourt.gov.cn/a?id=39907').hitsIn)).toEqual({
      text: 'hljcourt.gov.cn/a?id=39907',
      highlights: [[0, 26]],
    });
  });
});

describe('a matched article always has a snippet that shows a hit', () => {
  // Characters that stress folding: both scripts (檢/检, 後/后), a traditional character folding outside the BMP (僤),
  // an astral one, full width, ligature and decomposed accents, case, punctuation and spaces.
  const alphabet = [...'法院检察檢察院后後僤𫢸𠀀人民ａＡaBcﬁé', 'e\u0301', '㈱', ' ', '，', '。', '\n', '-'];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }).map((chars) => chars.join(''));
  const word = fc
    .array(fc.constantFrom(...'法院检察檢后後僤𫢸𠀀人aBcﬁé'), { minLength: 1, maxLength: 4 })
    .map((chars) => chars.join(''));
  const query = fc
    .array(fc.tuple(word, fc.constantFrom('', '-', '"')), { minLength: 1, maxLength: 3 })
    .map((terms) => terms.map(([w, mark]) => (mark === '"' ? `"${w}"` : `${mark}${w}`)).join(' '));

  it('for any article the query matches, at any width', () => {
    fc.assert(
      fc.property(
        text,
        text,
        text,
        query,
        fc.integer({ min: 8, max: 100 }),
        fc.boolean(),
        (title, body, source, q, width, exact) => {
          let compiled;
          try {
            compiled = compileQuery(q, undefined, { exactScript: exact });
          } catch {
            return; // a query of only exclusions is refused before it searches
          }
          const row = { title, body, source, author: null };
          if (!compiled.verify(row)) return;
          const snippet = hitSnippet(row, compiled.hitsIn, width);
          expect(snippet.highlights.length).toBeGreaterThan(0);
          expect(snippet.text.length).toBeLessThanOrEqual(width);
          for (const [from, to] of snippet.highlights) expect(to).toBeGreaterThan(from);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
