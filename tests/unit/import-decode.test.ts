import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding, charsetParameter, decodeBytes, declaredCharset } from '../../src/import/pages/decode.js';
import { InputError } from '../../src/import/errors.js';
import { parseItem } from '../../src/import/pages/parse.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const parsed = (name: string, options: { encoding?: string } = {}) => {
  const result = parseItem(fixture(name), { path: name, ...options });
  return { encoding: result.encoding, page: result.items[0].page, error: result.items[0].error };
};

const sentence = '法院审结一起网络侵权纠纷案,被告被判赔礼道歉。';
const traditional = '法院審結一起網路侵權糾紛案,被告被判賠禮道歉。';

describe('encodings of real files', () => {
  it.each([
    ['table-layout-gbk.html', 'gb18030', '柳岸区法院审结一起网络侵权案'], // <meta http-equiv> gb2312
    ['big5.html', 'big5', '澄溪里民活動中心增設法律諮詢站'], // <meta charset="big5">
    ['undeclared-gb18030.txt', 'gb18030', '南汉开国之君刘䶮的名字怎么读'], // four-byte GB18030 character, no declaration
    ['undeclared-big5.txt', 'big5', '澄溪市府舉辦反詐騙講座 提醒長者留意假投資'], // told apart from GBK by its bytes
    ['utf16le-bom.txt', 'utf-16le', '石桥镇调整便民服务中心办公时间'],
    ['utf16be-bom.html', 'utf-16be', '石桥镇启用智能快递柜'],
    ['utf8-bom.txt', 'utf-8', '石桥镇开展消防安全检查'],
    ['mislabelled-gbk.html', 'gb18030', '北坪县开展农民工工资支付专项检查'], // declares utf-8, holds GBK
    ['layout-basic.txt', 'utf-8', '临江中院召开家事审判改革推进会 探索离婚冷静期调解新机制'],
  ])('%s decodes as %s without mojibake', (name, encoding, title) => {
    const { encoding: used, page } = parsed(name);
    expect(used).toBe(encoding);
    expect(page?.title).toBe(title);
    expect(page?.body).not.toMatch(/\uFFFD/);
  });

  it('lets an override win over the declaration', () => {
    expect(parsed('big5.html', { encoding: 'Big5-HKSCS' }).encoding).toBe('big5');
    expect(() => parsed('big5.html', { encoding: 'utf-8' })).toThrow(
      new InputError('not text in utf-8 (undecodable bytes; is the encoding right?)'),
    );
  });
});

describe('decodeBytes', () => {
  it('reads valid UTF-8 as UTF-8 even under an old GBK declaration (a page re-saved as UTF-8)', () => {
    const bytes = Buffer.from(`<meta charset="gbk"><p>${sentence}</p>`);
    expect(decodeBytes(bytes, { html: true })).toEqual({
      text: `<meta charset="gbk"><p>${sentence}</p>`,
      encoding: 'utf-8',
    });
  });

  it('follows the HTTP Content-Type charset', () => {
    const bytes = iconv.encode(traditional, 'big5');
    expect(decodeBytes(bytes, { httpContentType: 'text/html; charset="Big5"' })).toEqual({
      text: traditional,
      encoding: 'big5',
    });
  });

  it('follows a <meta charset> declaration in HTML', () => {
    const bytes = iconv.encode(`<meta charset="big5">${traditional}`, 'big5');
    expect(decodeBytes(bytes, { html: true })).toEqual({
      text: `<meta charset="big5">${traditional}`,
      encoding: 'big5',
    });
  });

  it('does not trust a Latin-1 declaration on Chinese bytes, but keeps it for Latin-1 text', () => {
    expect(decodeBytes(iconv.encode(`<meta charset="iso-8859-1">${sentence}`, 'gbk'), { html: true }).encoding).toBe(
      'gb18030',
    );
    const latin = '<meta charset="iso-8859-1"><p>Café de la Paix, señor Müller</p>';
    expect(decodeBytes(iconv.encode(latin, 'latin1'), { html: true })).toEqual({
      text: latin,
      encoding: 'windows-1252',
    });
  });

  it('tells GBK text from Big5 text without any declaration', () => {
    expect(decodeBytes(iconv.encode(sentence, 'gbk'))).toEqual({ text: sentence, encoding: 'gb18030' });
    expect(decodeBytes(iconv.encode(traditional, 'big5'))).toEqual({ text: traditional, encoding: 'big5' });
  });

  it('refuses binary data and undecodable bytes as "not text"', () => {
    const notText = new InputError('not text (binary or undecodable bytes)');
    expect(() => decodeBytes(fixture('binary.txt'))).toThrow(notText);
    expect(() => decodeBytes(fixture('junk.txt'))).toThrow(notText);
    expect(() => decodeBytes(Buffer.from(`${sentence}\u0000${sentence}`))).toThrow(notText);
    expect(() => decodeBytes(Buffer.from(`${sentence}\u0001\u0002\u0003`), { encoding: 'utf-8' })).toThrow(notText);
  });

  it('reads valid UTF-8 holding U+FFFD as UTF-8: the site served them', () => {
    const page = `<!-- \uFFFD\uFFFD --><meta charset="gbk"><p>${sentence}\uFFFD</p>`;
    expect(decodeBytes(Buffer.from(page), { html: true })).toEqual({ text: page, encoding: 'utf-8' });
    expect(decodeBytes(Buffer.from(page), { encoding: 'utf-8' })).toEqual({ text: page, encoding: 'utf-8' });
  });

  it('honours --encoding when a few bytes do not fit it, refuses it when most do not', () => {
    const mostlyGbk = Buffer.concat([iconv.encode(sentence.repeat(5), 'gbk'), Buffer.from([0x81])]);
    expect(decodeBytes(mostlyGbk, { encoding: 'gbk' })).toEqual({
      text: `${sentence.repeat(5)}\uFFFD`,
      encoding: 'gb18030',
    });
    expect(() => decodeBytes(iconv.encode(sentence, 'gbk'), { encoding: 'utf-8' })).toThrow(
      new InputError('not text in utf-8 (undecodable bytes; is the encoding right?)'),
    );
  });

  it('names an unknown encoding override', () => {
    expect(() => decodeBytes(Buffer.from('abc'), { encoding: 'klingon-8' })).toThrow(
      new InputError('unknown encoding "klingon-8" (try utf-8, gb18030, big5 or utf-16le)'),
    );
  });

  it('gives canonical lower-case names and reads gbk/gb2312 as gb18030', () => {
    expect(
      ['UTF8', 'utf-8', 'GBK', 'gb2312', 'GB18030', 'x-gbk', 'BIG5', 'UTF-16LE', 'utf-16be', 'latin1'].map(
        canonicalEncoding,
      ),
    ).toEqual([
      'utf-8',
      'utf-8',
      'gb18030',
      'gb18030',
      'gb18030',
      'gb18030',
      'big5',
      'utf-16le',
      'utf-16be',
      'windows-1252',
    ]);
    expect(canonicalEncoding('no-such-charset')).toBeNull();
  });

  it('finds declared charsets with an HTML tokenizer', () => {
    expect(declaredCharset(Buffer.from('<html><head><META CHARSET="GBK">'))).toBe('GBK');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe(
      'gb2312',
    );
    expect(declaredCharset(Buffer.from('<!-- <meta charset="big5"> --><p>none</p>'))).toBeNull();
    expect(charsetParameter('text/html')).toBeNull();
  });
});
