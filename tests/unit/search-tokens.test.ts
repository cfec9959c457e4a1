import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cjkBigrams, foldText, indexTokens, textPieces, unicodePieces } from '../../src/search/tokens.js';

describe('indexTokens', () => {
  it('gives every bigram of a Han run plus its last character', () => {
    expect(indexTokens('人民法院')).toBe('人民 民法 法院 院');
  });

  it('gives a one-character run as that character', () => {
    expect(indexTokens('法')).toBe('法');
  });

  it('starts a new run after punctuation, so bigrams never span it', () => {
    expect(indexTokens('法院，判决。')).toBe('法院 院 判决 决');
  });

  it('lower-cases Latin words and folds full-width letters to ASCII', () => {
    expect(indexTokens('Supreme Court ＡＢＣ')).toBe('supreme court abc');
  });

  it('splits mixed text into words and CJK runs', () => {
    expect(indexTokens('GDP增长3.5%')).toBe('gdp 增长 长 3 5');
  });

  it('handles kana (half-width folded to full-width) and hangul like Han', () => {
    expect(indexTokens('ｶﾀｶﾅ 한국')).toBe('カタ タカ カナ ナ 한국 국');
  });

  it('keeps characters outside the BMP (Han extension B) whole', () => {
    expect(indexTokens('𠀀𠀁法')).toBe('𠀀𠀁 𠀁法 法');
  });

  it('treats lone surrogates and symbols as separators', () => {
    expect(indexTokens('法\uD800院 ☃ x')).toBe('法 院 x');
  });

  it('indexes a field longer than its reusable buffer', () => {
    const tokens = indexTokens('人民'.repeat(15_000)).split(' ');
    expect(tokens).toHaveLength(30_000);
    expect(tokens.slice(0, 3)).toEqual(['人民', '民人', '人民']);
    expect(tokens.at(-1)).toBe('民');
  });

  it('returns an empty string when there is nothing to index', () => {
    expect(indexTokens('')).toBe('');
    expect(indexTokens('，。！ ... ---')).toBe('');
  });
});

const mixedText = fc.string({
  unit: fc.constantFrom(
    '法',
    '院',
    '人',
    '民',
    '𠀀',
    'カ',
    'ｶ',
    '한',
    'a',
    'B',
    'Ｚ',
    '7',
    'é',
    ' ',
    '，',
    '-',
    '\n',
    '\uD800',
  ),
  maxLength: 40,
});

/** The same tokens from the regular-expression pieces the query parser uses. */
function referenceTokens(text: string): string[] {
  return textPieces(foldText(text)).flatMap((piece) =>
    piece.kind === 'word' ? [piece.text] : [...cjkBigrams(piece.text), Array.from(piece.text).at(-1)!],
  );
}

describe('indexTokens, for any text', () => {
  it('agrees with the pieces and bigrams the query parser uses', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(indexTokens(text).split(' ').filter(Boolean)).toEqual(referenceTokens(text));
      }),
    );
  });

  it('lets every CJK character occurrence begin a token', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const tokens = new Set(indexTokens(text).split(' '));
        for (const piece of textPieces(foldText(text)).filter((p) => p.kind === 'cjk')) {
          const chars = Array.from(piece.text);
          chars.forEach((char, i) => expect(tokens.has(char + (chars[i + 1] ?? ''))).toBe(true));
        }
      }),
    );
  });

  it('is split by FTS5 into exactly these tokens, in order', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, content='', tokenize='ascii');
      CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`);
    const insert = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
    const stored = db.prepare('SELECT term FROM v WHERE doc = ? ORDER BY "offset"').pluck();
    let rowid = 0;
    fc.assert(
      fc.property(mixedText, (text) => {
        const tokens = indexTokens(text);
        insert.run(++rowid, tokens);
        expect(stored.all(rowid)).toEqual(tokens.split(' ').filter(Boolean));
      }),
    );
  });
});

describe('textPieces', () => {
  // Plain text (ASCII and U+4E00–U+9FA5) is split without the Unicode classes; it must split the same.
  const plainText = fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('法', '院', 'a', 'Z', '0', '9', ' ', '-', '*', '"'),
    ),
    maxLength: 40,
  });

  it('splits plain text exactly as the Unicode classes do', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(textPieces(text)).toEqual(unicodePieces(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the Unicode classes for any other text', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(textPieces(text)).toEqual(unicodePieces(text));
      }),
    );
    expect(textPieces('人民法院 court-2024 〇')).toEqual(unicodePieces('人民法院 court-2024 〇'));
  });

  it('gives CJK runs and words with their offsets', () => {
    expect(textPieces('gdp增长 3.5%')).toEqual([
      { kind: 'word', text: 'gdp', start: 0, end: 3 },
      { kind: 'cjk', text: '增长', start: 3, end: 5 },
      { kind: 'word', text: '3', start: 6, end: 7 },
      { kind: 'word', text: '5', start: 8, end: 9 },
    ]);
  });
});
