import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_STEM_BYTES, safeFileName } from '../../src/export/filenames.js';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** Every rule a name must pass to be created as-is on Linux, macOS and Windows. */
function portabilityProblems(name: string): string[] {
  const problems: string[] = [];
  if (name === '') problems.push('empty');
  if (/[/\\:*?"<>|]/.test(name)) problems.push('reserved character');
  if (/\p{Cc}/u.test(name)) problems.push('control character');
  if (/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/.test(name)) problems.push('bidi control');
  if (/^[. ]|[. ]$/.test(name)) problems.push('leading or trailing dot or space');
  if (name.includes('..')) problems.push('..');
  if (WINDOWS_RESERVED.test(name)) problems.push('reserved name');
  if (Buffer.byteLength(name) > MAX_STEM_BYTES) problems.push('too long');
  if (!/^(?:[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/.test(name)) problems.push('lone surrogate');
  return problems;
}

describe('safeFileName', () => {
  it('prefixes the zero-padded id and keeps a Chinese title readable', () => {
    expect(safeFileName('青松县法院审结一起合同纠纷案', 123)).toBe('000123-青松县法院审结一起合同纠纷案');
    expect(safeFileName('Court news', 1234567)).toBe('1234567-Court news');
  });

  it('defuses path traversal and separators', () => {
    expect(safeFileName('../../etc/passwd', 1)).toBe('000001-_._etc_passwd');
    expect(safeFileName('a/b', 2)).toBe('000002-a_b');
    expect(safeFileName('..\\..\\Windows\\system32', 3)).toBe('000003-_._Windows_system32');
    expect(safeFileName('报告: "草案" <终稿>?*|', 4)).toBe('000004-报告_ _草案_ _终稿_');
  });

  it('never yields a reserved Windows device name', () => {
    for (const title of ['CON', 'con', 'Nul.txt', 'COM1', 'lpt9.md', 'AUX', 'PRN']) {
      const name = safeFileName(title, 7);
      expect(name).toBe(`000007-${title}`);
      expect(portabilityProblems(name)).toEqual([]);
    }
  });

  it('drops control and bidi characters, folds whitespace, trims dots and spaces', () => {
    expect(safeFileName('  标题\u0000一\t二\n三\u202Efdp.exe  ', 5)).toBe('000005-标题一 二 三fdp.exe');
    expect(safeFileName('...结尾有点...', 6)).toBe('000006-结尾有点');
    expect(safeFileName('a . . b', 8)).toBe('000008-a . . b');
  });

  it('gives the bare id when nothing of the title survives', () => {
    expect(safeFileName('', 9)).toBe('000009');
    expect(safeFileName(' .. \u0007 . ', 10)).toBe('000010');
  });

  it('caps a 300-character Chinese title at 100 UTF-8 bytes on a character boundary', () => {
    const title = '某地人民法院依法公开审理一起案件'.repeat(19).slice(0, 300);
    const name = safeFileName(title, 11);
    expect(name).toBe(`000011-${title.slice(0, 31)}`);
    expect(Buffer.byteLength(name)).toBe(100);
  });

  it('does not split an emoji sequence or a trailing dot survives the cut', () => {
    const name = safeFileName('👩‍💻'.repeat(20), 12);
    expect(name).toBe(`000012-${'👩‍💻'.repeat(8)}`);
    const dotted = safeFileName(`${'a'.repeat(92)}.b`, 13);
    expect(dotted).toBe(`000013-${'a'.repeat(92)}`);
  });

  it('is unique for repeated titles and stable across calls', () => {
    expect(safeFileName('同一标题', 20)).not.toBe(safeFileName('同一标题', 21));
    expect(safeFileName('同一标题', 20)).toBe(safeFileName('同一标题', 20));
    expect(safeFileName('e\u0301', 22)).toBe(safeFileName('\u00e9', 22));
  });

  it('produces a portable name for any title', () => {
    const hostileUnit = fc.constantFrom(
      '.',
      ' ',
      '/',
      '\\',
      ':',
      '|',
      '\u202e',
      '\u0000',
      '\ud800',
      '\udc00',
      'C',
      'O',
      'N',
      '法',
      '👩‍💻',
    );
    const titles = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: hostileUnit, maxLength: 120 }),
    );
    fc.assert(
      fc.property(titles, fc.integer({ min: 1, max: 10_000_000 }), (title, id) => {
        const name = safeFileName(title, id);
        expect(portabilityProblems(name)).toEqual([]);
        expect(name.startsWith(String(id).padStart(6, '0'))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
