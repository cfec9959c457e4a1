import { describe, expect, it } from 'vitest';
import { cleanField, cleanText, normalizeDate, parseViews, toAsciiForms } from '../../src/import/pages/normalize.js';
import { chineseNumeral, disclaimerWindow } from '../../src/import/pages/window.js';

const windowDaysFromDisclaimer = (text: string) => disclaimerWindow(text)?.days ?? null;

describe('normalizeDate', () => {
  it.each([
    ['2024-01-02', '2024-01-02'],
    ['2024/1/2', '2024-01-02'],
    ['2024.01.02', '2024-01-02'],
    ['2024年1月2日', '2024-01-02'],
    ['２０２４年１月２日', '2024-01-02'],
    ['2024-01-02 9:05', '2024-01-02T09:05'],
    ['2024/1/2 14:30:59', '2024-01-02T14:30:59'],
    ['2024年1月2日 10时30分', '2024-01-02T10:30'],
    ['2024-01-02T08:00:00+08:00', '2024-01-02T08:00:00'],
    ['March 4, 2024', '2024-03-04'],
    ['Mar. 4, 2024 10:15', '2024-03-04T10:15'],
    ['12 February 2023', '2023-02-12'],
    ['Feb 1, 2024 3:05 pm', '2024-02-01T15:05'],
  ])('reads %s as %s', (text, expected) => {
    expect(normalizeDate(text)).toBe(expected);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-01-02 25:00', '昨天', '', 'no date here'])(
    'gives null for %j instead of failing',
    (text) => {
      expect(normalizeDate(text)).toBeNull();
    },
  );

  it('passes null through', () => {
    expect(normalizeDate(null)).toBeNull();
  });
});

describe('parseViews', () => {
  it.each([
    ['1,204', 1204],
    ['86', 86],
    ['1.2万', 12000],
    ['3萬', 30000],
    ['856次', 856],
    ['１２３', 123],
    ['2.5k', 2500],
  ])('reads %s as %d', (text, expected) => {
    expect(parseViews(text)).toBe(expected);
  });

  it('gives null for empty and unreadable counts', () => {
    expect(parseViews(null)).toBeNull();
    expect(parseViews('')).toBeNull();
    expect(parseViews('很多')).toBeNull();
  });
});

describe('text fields', () => {
  it('folds full-width ASCII forms and leaves CJK punctuation alone', () => {
    expect(toAsciiForms('（一）Ａｂｃ：１２３，“引号”、。')).toBe('(一)Abc:123,“引号”、。');
  });

  it('trims, turns no-break spaces into spaces and drops stray control characters', () => {
    expect(cleanText('\u3000 甲\u00a0乙\u0007 \n')).toBe('甲 乙');
  });

  it('turns an empty value into null, never ""', () => {
    expect(cleanField('  \u3000 ')).toBeNull();
    expect(cleanField(undefined)).toBeNull();
    expect(cleanField(' 佚名 ')).toBe('佚名');
  });
});

describe('the days of a disclaimer window', () => {
  it.each([
    ['请在30日内与本网联系', 30],
    ['请于15日内与我们联系', 15],
    ['请在三十日内与本网联系', 30],
    ['请于十五天内来函', 15],
    ['权利人可于二十日内提出', 20],
    ['请在一个月内与本网联系', 30],
    ['请在1个月内联系', 30],
    ['请在两个月内联系', 60],
    ['請於三十日內與本網聯絡', 30],
    ['请在7个工作日内联系', 7],
    ['请于两周内联系', 14],
    ['十五天', 15],
    ['二十日', 20],
    ['Please contact us within 30 days.', 30],
    ['Rights holders may write within thirty days', 30],
    ['within twenty-one days', 21],
    ['We answer complaints in 30 days', 30],
    ['within one month', 30],
  ])('%s → %d', (text, days) => {
    expect(windowDaysFromDisclaimer(text)).toBe(days);
  });

  it('prefers a window stated with 内 over a date-like number elsewhere', () => {
    expect(windowDaysFromDisclaimer('本文发布于2019年11月13日,如有问题请在15日内联系')).toBe(15);
  });

  it('does not read dates as windows', () => {
    expect(windowDaysFromDisclaimer('本文转载于2019年11月13日')).toBeNull();
  });

  it('gives null when no window is named', () => {
    expect(windowDaysFromDisclaimer('[免责声明] 本文仅供学习交流,版权归原作者所有。')).toBeNull();
    expect(windowDaysFromDisclaimer('Disclaimer: reposted for information only.')).toBeNull();
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['三十', 30],
    ['九十九', 99],
    ['两', 2],
    ['一百二十', 120],
    ['一百零五', 105],
  ])('%s = %d', (text, value) => {
    expect(chineseNumeral(text)).toBe(value);
  });

  it('refuses malformed numerals', () => {
    expect(chineseNumeral('三五')).toBeNull();
  });
});
