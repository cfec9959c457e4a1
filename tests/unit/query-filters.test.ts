import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FilterError, parseArticleFilters } from '../../src/query/filters.js';

const parse = (raw: Parameters<typeof parseArticleFilters>[0]) => parseArticleFilters(raw, 'Asia/Shanghai');

describe('parseArticleFilters: --limit and --offset', () => {
  it('refuses a number too large to be exact, instead of handing SQLite a float', () => {
    expect(() => parse({ limit: '99999999999999999999' })).toThrow(
      new FilterError('--limit 99999999999999999999 is too large'),
    );
    expect(() => parse({ offset: '9007199254740993' })).toThrow(
      new FilterError('--offset 9007199254740993 is too large'),
    );
    expect(parse({ limit: '9007199254740991', offset: '0' })).toMatchObject({ limit: 9007199254740991, offset: 0 });
  });

  it('gives every digit string an exact whole number or a FilterError', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,30}$/), (digits) => {
        try {
          const { limit } = parse({ limit: digits });
          expect(Number.isSafeInteger(limit)).toBe(true);
          expect(limit).toBeGreaterThanOrEqual(1);
        } catch (err) {
          expect(err).toBeInstanceOf(FilterError);
        }
      }),
    );
  });
});
