/**
 * The number of days a disclaimer gives rights holders to come forward: "请在30日内与本网联系",
 * "十五天内", "一个月内", "within thirty days"; in working days: "15个工作日内", "within 10 business days".
 */
import type { ParsedPage, WindowUnit } from '../../types.js';
import { toAsciiForms } from './normalize.js';

/** The window a disclaimer promises: so many calendar days, or so many working days. */
export interface DisclaimerWindow {
  days: number;
  unit: WindowUnit;
}

const CN_WORKDAY_UNITS = new Set(['工作日', '个工作日', '個工作日']);

const DAYS_PER_UNIT: Record<string, number> = {
  日: 1,
  天: 1,
  工作日: 1,
  个工作日: 1,
  個工作日: 1,
  周: 7,
  週: 7,
  星期: 7,
  个星期: 7,
  個星期: 7,
  月: 30,
  个月: 30,
  個月: 30,
};

const CN_NUMBER = '[零〇一二两兩三四五六七八九十百]+';
const CN_UNIT = '(个工作日|個工作日|工作日|个星期|個星期|星期|个月|個月|周|週|月|日|天)';
// A number before 日/月 could be part of a date ("2019年11月13日"), hence the guard against a
// preceding 年/月 or digit.
const CN_WINDOW = new RegExp(
  `(?<![\\d年月])(\\d{1,4}|${CN_NUMBER}|半)\\s*${CN_UNIT}\\s*(之内|以内|内|之內|以內|內)?`,
  'g',
);

const EN_NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_WORD = Object.keys(EN_NUMBER_WORDS).join('|');
const EN_NUMBER = `\\d{1,4}|(?:${EN_WORD})(?:[-\\s](?:${EN_WORD}))?`;
const EN_WINDOW = new RegExp(
  `\\b(within\\s+)?(${EN_NUMBER})\\s*(?:\\(\\d+\\)\\s*)?(calendar\\s+|business\\s+|working\\s+)?(days?|weeks?|months?)\\b`,
  'gi',
);
const EN_DAYS_PER_UNIT: Record<string, number> = { day: 1, week: 7, month: 30 };

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A Chinese numeral below 1000 ("十五" → 15, "二十" → 20, "一百二十" → 120); null when malformed. */
export function chineseNumeral(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in CN_DIGITS) {
      if (digit !== null && digit !== 0) return null; // two digits in a row, e.g. "三五"
      digit = CN_DIGITS[c];
    } else if (c === '十' || c === '百') {
      const unit = c === '十' ? 10 : 100;
      total += (digit ?? 1) * unit;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

function englishNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  for (const word of text.toLowerCase().split(/[-\s]+/)) {
    const value = EN_NUMBER_WORDS[word];
    if (value === undefined) return null;
    total += value;
  }
  return total;
}

function chineseWindow(text: string): DisclaimerWindow | null {
  let loose: DisclaimerWindow | null = null;
  for (const m of text.matchAll(CN_WINDOW)) {
    const count = m[1] === '半' ? 0.5 : /^\d/.test(m[1]) ? Number(m[1]) : chineseNumeral(m[1]);
    if (count === null || count === 0) continue;
    const window: DisclaimerWindow = {
      days: Math.round(count * DAYS_PER_UNIT[m[2]]),
      unit: CN_WORKDAY_UNITS.has(m[2]) ? 'workdays' : 'days',
    };
    // "30日内" states a window outright; a bare "十五天" only counts when nothing says "内".
    if (m[3]) return window;
    loose ??= window;
  }
  return loose;
}

function englishWindow(text: string): DisclaimerWindow | null {
  let loose: DisclaimerWindow | null = null;
  for (const m of text.matchAll(EN_WINDOW)) {
    const count = englishNumber(m[2]);
    if (count === null || count === 0) continue;
    const unit = m[4].toLowerCase().replace(/s$/, '');
    const working = unit === 'day' && /^(business|working)/i.test(m[3] ?? '');
    const window: DisclaimerWindow = { days: count * EN_DAYS_PER_UNIT[unit], unit: working ? 'workdays' : 'days' };
    if (m[1]) return window;
    loose ??= window;
  }
  return loose;
}

/**
 * The window a disclaimer promises ("30日内", "三十日内", "一个月", "15个工作日内", "within thirty days",
 * "within 10 business days"); null when it names none.
 */
export function disclaimerWindow(text: string): DisclaimerWindow | null {
  const s = toAsciiForms(text);
  return chineseWindow(s) ?? englishWindow(s);
}

/** A page's window fields from its disclaimer: its days and their unit, or both null. */
export function windowFields(disclaimer: string | null): Pick<ParsedPage, 'window_days' | 'window_unit'> {
  const window = disclaimer === null ? null : disclaimerWindow(disclaimer);
  return { window_days: window?.days ?? null, window_unit: window?.unit ?? null };
}
