import { describe, expect, it } from 'vitest';
import { InvalidDateError, isoFromTypedDate, parseDateOption, parseDateTimeOption } from '../../src/time.js';
import { parseChannel } from '../../src/takedown/channels.js';

describe('dates as operators type them', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026/11/20', '2026-11-20'],
    ['2026.11.20', '2026-11-20'],
    ['2026年11月20日', '2026-11-20'],
    ['2026年1月5日', '2026-01-05'],
    ['2026/1/5', '2026-01-05'],
    ['２０２６年１１月２０日', '2026-11-20'],
    ['2026-11-20 14:30', '2026-11-20T14:30'],
    ['2026-11-20T14:30:05+08:00', '2026-11-20T14:30:05+08:00'],
    ['2026/11/20 14:30', '2026-11-20T14:30'],
    ['2026.11.20 9:05', '2026-11-20T09:05'],
    ['2026年11月20日 14:30', '2026-11-20T14:30'],
    ['2026年11月20日14:30', '2026-11-20T14:30'],
    ['2026年11月20号', '2026-11-20'],
  ])('%s → %s', (typed, iso) => {
    expect(isoFromTypedDate(typed)).toBe(iso);
  });

  it.each(['20/11/2026', '2026-11/20', '2026-02-30', '2026年13月1日', '11月20日', 'yesterday', '2026-11-20 25:00', ''])(
    'refuses %j',
    (typed) => {
      expect(isoFromTypedDate(typed)).toBeNull();
    },
  );

  it('reads a date-time option in the archive zone and refuses anything else with an example', () => {
    expect(parseDateTimeOption('--received', '2026年11月20日 14:30', 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-20T06:30:00.000Z',
    );
    expect(() => parseDateTimeOption('--received', '20.11.2026', 'UTC')).toThrow(InvalidDateError);
    expect(() => parseDateTimeOption('--received', '20.11.2026', 'UTC')).toThrow(
      '--received needs a date such as 2026-11-20, 2026/11/20 or 2026年11月20日, ' +
        'with a time if you like: 2026-11-20 14:30, 2026年11月20日 14:30 (got "20.11.2026")',
    );
  });

  it('a date option takes a date only', () => {
    expect(parseDateOption('--since', '2026.11.20')).toBe('2026-11-20');
    expect(() => parseDateOption('--since', '2026/11/20 10:00')).toThrow(
      '--since takes a date without a time, such as 2026-11-20 (got "2026/11/20 10:00")',
    );
    expect(() => parseDateOption('--until', 'Nov 20')).toThrow(
      '--until needs a date such as 2026-11-20, 2026/11/20, 2026.11.20 or 2026年11月20日 (got "Nov 20")',
    );
  });
});

describe('channels by name', () => {
  it.each([
    ['wechat', 'wechat'],
    ['微信', 'wechat'],
    ['微信公众号', 'wechat'],
    ['公众号', 'wechat'],
    ['QQ', 'qq'],
    ['ｑｑ', 'qq'],
    ['平台', 'platform'],
    ['投诉平台', 'platform'],
    ['邮件', 'email'],
    ['Email', 'email'],
    ['电话', 'phone'],
    ['律师函', 'letter'],
    ['其他', 'other'],
  ])('%s → %s', (typed, channel) => {
    expect(parseChannel(typed)).toBe(channel);
  });

  it('refuses an unknown one, listing the choices', () => {
    expect(() => parseChannel('fax')).toThrow(
      '--channel must be one of email, phone, letter, form, wechat, qq, platform, other, ' +
        'or a Chinese name such as 微信, QQ, 平台, 邮件 (got "fax")',
    );
  });
});
