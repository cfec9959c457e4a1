import { describe, expect, it } from 'vitest';
import { hitSnippet, makeSnippet } from '../../src/search/snippet.js';

/** Filler text: N times CHAR. */
const times = (char: string, n: number): string => char.repeat(n);

describe('makeSnippet', () => {
  it('keeps a short text whole, on one line', () => {
    expect(makeSnippet('法院判决\n  维持原判。', ['法院'])).toEqual({ text: '法院判决 维持原判。', highlights: [[0, 2]] });
  });

  it('cuts a long text around the first hit, with ellipses on both sides', () => {
    expect(makeSnippet(`${times('甲', 100)}法院${times('乙', 100)}`, ['法院'], 20)).toEqual({
      text: `…${times('甲', 6)}法院${times('乙', 10)}…`,
      highlights: [[7, 9]],
    });
  });

  it('marks every hit in the window and clips one the cut goes through', () => {
    expect(makeSnippet(`${times('甲', 100)}法院${times('乙', 5)}法院${times('乙', 2)}法院${times('乙', 100)}`, ['法院'], 20)).toEqual({
      text: `…${times('甲', 6)}法院${times('乙', 5)}法院${times('乙', 2)}法…`,
      highlights: [[7, 9], [14, 16], [18, 19]],
    });
  });

  it('fills the window from the end when the hit is near it', () => {
    expect(makeSnippet(`${times('甲', 100)}法院${times('乙', 3)}`, ['法院'], 20)).toEqual({ text: `…${times('甲', 14)}法院${times('乙', 3)}`, highlights: [[15, 17]] });
  });

  it('starts at the beginning when the hit is near it', () => {
    expect(makeSnippet(`法院${times('乙', 100)}`, ['法院'], 20)).toEqual({ text: `法院${times('乙', 17)}…`, highlights: [[0, 2]] });
  });

  it('shows the beginning when nothing matches, 80 characters by default', () => {
    expect(makeSnippet(times('甲', 200), ['法院'])).toEqual({ text: `${times('甲', 79)}…`, highlights: [] });
  });

  it('matches Latin case-insensitively and full-width letters as ASCII', () => {
    expect(makeSnippet('The Supreme COURT and ＣＯＵＲＴ rules', ['court'])).toEqual({
      text: 'The Supreme COURT and ＣＯＵＲＴ rules',
      highlights: [[12, 17], [22, 27]],
    });
  });

  it('gives offsets into the original text when folding changes its length', () => {
    expect(makeSnippet('㈱法院', ['法院']).highlights).toEqual([[1, 3]]);
  });

  it('merges overlapping hits of different terms', () => {
    expect(makeSnippet('最高人民法院', ['人民法院', '法院', '最高']).highlights).toEqual([[0, 2], [2, 6]]);
  });

  it('never cuts a character outside the BMP in half', () => {
    expect(makeSnippet(`${times('𠀀', 50)}法院${times('乙', 50)}`, ['法院'], 23)).toEqual({
      text: `…${times('𠀀', 3)}法院${times('乙', 12)}…`,
      highlights: [[7, 9]],
    });
    expect(makeSnippet(`法院${times('𠀀', 50)}`, ['法院'], 20).text).toBe(`法院${times('𠀀', 8)}…`);
  });
});

describe('hitSnippet', () => {
  it('is cut from the body where the terms occur there', () => {
    expect(hitSnippet({ title: '法院动态', body: '县法院开庭。' }, ['法院'])).toEqual({ text: '县法院开庭。', highlights: [[1, 3]] });
  });

  it('falls back to the title when the body has no hit or is gone (purged)', () => {
    expect(hitSnippet({ title: '法院动态', body: '镇政府开会。' }, ['法院'])).toEqual({ text: '法院动态', highlights: [[0, 2]] });
    expect(hitSnippet({ title: '法院动态', body: null }, ['法院'])).toEqual({ text: '法院动态', highlights: [[0, 2]] });
  });
});
