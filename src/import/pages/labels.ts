/**
 * The labels pages put in front of their fields ("来源:", "發布時間：", "Source:"), in simplified and
 * traditional characters and English, and the reading of a line of "label: value" pairs.
 */
import { normalizeDate } from './normalize.js';
import { disclaimerWindow } from './window.js';

export type LabelledField = 'published' | 'source' | 'author' | 'editor' | 'views' | 'original_url';

/** Raw values of the labelled fields of one line; a label with nothing after it gives null. */
export type FieldValues = Partial<Record<LabelledField, string | null>>;

const FIELD_LABELS: Record<LabelledField, string[]> = {
  published: [
    '时间',
    '发布时间',
    '发布日期',
    '日期',
    '发表时间',
    '发表日期',
    '发布于',
    '发稿时间',
    '時間',
    '發布時間',
    '發佈時間',
    '發布日期',
    '發佈日期',
    '發表時間',
    '發表日期',
    '發佈於',
    'date',
    'published',
    'published on',
    'posted',
    'posted on',
    'publish date',
    'publication date',
  ],
  source: [
    '来源',
    '信息来源',
    '稿源',
    '出处',
    '转载自',
    '文章来源',
    '新闻来源',
    '本文来源',
    '消息来源',
    '來源',
    '信息來源',
    '資訊來源',
    '資料來源',
    '出處',
    '轉載自',
    '文章來源',
    '新聞來源',
    '本文來源',
    'source',
  ],
  author: ['作者', '撰稿', '记者', '撰文', '記者', 'author', 'authors', 'written by', 'by'],
  editor: ['编辑', '责任编辑', '编审', '編輯', '責任編輯', '責編', '责编', 'editor', 'edited by'],
  views: [
    '浏览量',
    '浏览次数',
    '浏览',
    '阅读',
    '阅读量',
    '阅读数',
    '阅读次数',
    '点击',
    '点击数',
    '点击量',
    '点击次数',
    '访问量',
    '瀏覽量',
    '瀏覽次數',
    '瀏覽',
    '閱讀',
    '閱讀數',
    '閱讀次數',
    '點擊',
    '點擊數',
    '點擊率',
    '點閱',
    '訪問量',
    'views',
    'hits',
    'page views',
    'reads',
  ],
  original_url: [
    '原文链接',
    '原文地址',
    '原文网址',
    '原文出处链接',
    '原文連結',
    '原文鏈接',
    '原文網址',
    'original link',
    'original url',
    'original article',
    'source url',
    'source link',
  ],
};

const DISCLAIMER_LABELS = ['免责声明', '版权声明', '特别声明', '免責聲明', '版權聲明', '特別聲明', 'disclaimer'];

const FIELD_BY_LABEL = new Map<string, LabelledField>();
for (const [field, labels] of Object.entries(FIELD_LABELS) as [LabelledField, string[]][]) {
  for (const label of labels) FIELD_BY_LABEL.set(label, field);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so that "发布时间" wins over "时间" and "source url" over "source".
const byLength = (labels: Iterable<string>) =>
  [...labels]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

// A label is followed by a colon (ASCII or full-width); "By" may also stand bare at the start of a
// line or after a "|" ("By Jane Doe | Published: …"). A Latin letter right before a label means it
// is the tail of another word.
const FIELD_LABEL = byLength(FIELD_BY_LABEL.keys()).replace(/ /g, '\\s+');
const SEPARATOR_BEFORE = '(?<=^[\\s\\u00a0\\u3000]*|[|丨｜][\\s\\u00a0\\u3000]*)';
const LABEL_PATTERN = new RegExp(
  `(?<![A-Za-z])(${FIELD_LABEL})[\\s\\u00a0\\u3000]*[:：]|${SEPARATOR_BEFORE}(by)\\s+(?=\\S)`,
  'gi',
);
// The cheap question asked of every body line: does a label open it?
const LEADING_LABEL = new RegExp(
  `^[\\s\\u00a0\\u3000]*[(（[【]?[\\s\\u3000]*(?:(?:${FIELD_LABEL})[\\s\\u00a0\\u3000]*[:：]|by\\s+\\S)`,
  'i',
);
// What a meta line's bare date can open with: a year first, a day before a month name, a month name,
// or a time before the date. Not "6月27日，…": a body paragraph, read by every scoring pass.
const DATE_START = /^[\s\u3000]*(?:\d{4}\s*[-/.年]|\d{1,2}\s+[a-z]{3}|[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}:\d{2})/i;
// Every label ends in a colon, but for "By …": a line with neither holds none (most body lines).
const MAY_HOLD_LABEL = /[:：]|by/i;
const VALUE_EDGE = /^[\s\u00a0\u3000|丨｜]+|[\s\u00a0\u3000|丨｜]+$/g;
const NBSP_ENTITY = /&nbsp;?/gi;
const BRACKETED_LINE = /^[\s\u3000]*[(（[【]([^)）\]】]*)[)）\]】][\s\u3000]*$/;

const DISCLAIMER_PATTERN = new RegExp(
  `^[\\s\\u00a0\\u3000]*(?:[\\[【(（〔]\\s*(?:${byLength(DISCLAIMER_LABELS)})\\s*[\\]】)）〕]\\s*[:：]?|(?:${byLength(DISCLAIMER_LABELS)})(?:\\s*[:：]|\\s|$))`,
  'i',
);

export interface FieldLine {
  fields: FieldValues;
  /** The field of the first label on the line. */
  first: LabelledField;
  /** Text before the first label (often a bare date: "2024-01-02 10:00 来源: …"). */
  leading: string;
}

const trimValue = (s: string) => s.replace(VALUE_EDGE, '');

/**
 * Reads a line of "label: value" pairs, several to a line, separated by spaces, U+3000, &nbsp;
 * or "|". A value runs up to the next label, so "作者:记者 张三 通讯员 李四" keeps all its words.
 * Returns null when the line holds no label. The first non-empty value of a field wins.
 */
export function readFieldLine(line: string): FieldLine | null {
  if (!MAY_HOLD_LABEL.test(line)) return null;
  const text = line.includes('&') ? line.replace(NBSP_ENTITY, ' ') : line;
  const unwrapped = BRACKETED_LINE.exec(text)?.[1] ?? text; // "（责任编辑：张三）"
  const matches = [...unwrapped.matchAll(LABEL_PATTERN)];
  if (matches.length === 0) return null;
  const fieldOf = (m: RegExpMatchArray) => FIELD_BY_LABEL.get((m[1] ?? m[2]).toLowerCase().replace(/\s+/g, ' '))!;
  const fields: FieldValues = {};
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const end = i + 1 < matches.length ? matches[i + 1].index : unwrapped.length;
    const value = trimValue(unwrapped.slice(m.index! + m[0].length, end));
    fields[fieldOf(m)] ??= value === '' ? null : value;
  }
  return { fields, first: fieldOf(matches[0]), leading: trimValue(unwrapped.slice(0, matches[0].index)) };
}

/** A labelled line with its first label at the start: "原文链接:…", "(责任编辑:张三)". */
export function readLeadingFieldLine(line: string): FieldLine | null {
  if (!LEADING_LABEL.test(line)) return null;
  const read = readFieldLine(line);
  return read !== null && read.leading === '' ? read : null;
}

/**
 * The fields of a meta line: labels from the start ("时间:… 来源:…"), or after a bare date that is
 * the publication date ("2024-01-02 10:00 来源:新华社"). Null for any other line, and for 原文链接.
 */
export function readMetaLine(line: string): FieldValues | null {
  if (!LEADING_LABEL.test(line) && !DATE_START.test(line)) return null;
  const read = readFieldLine(line);
  if (read === null || read.first === 'original_url') return null;
  if (read.leading === '') return read.fields;
  return normalizeDate(read.leading) !== null ? { published: read.leading, ...read.fields } : null;
}

/** True when a line opens with a disclaimer label: "[免责声明]", "【免责声明】", "版权声明:", "Disclaimer:". */
export function isDisclaimerLine(line: string): boolean {
  return DISCLAIMER_PATTERN.test(line);
}

/** True when the disclaimer line is the label alone, its text following on the next line. */
export function isBareDisclaimerLabel(line: string): boolean {
  const m = DISCLAIMER_PATTERN.exec(line);
  return m !== null && line.slice(m[0].length).trim() === '';
}

const RIGHTS_WORDS = /侵权|侵權|版权|版權|著作权|著作權|权利人|權利人|copyright|infring|rights holder/i;

/** An unlabelled disclaimer: a line about rights holders that names a window ("如有侵权请在15日内联系"). */
export function isUnlabelledDisclaimer(line: string): boolean {
  return RIGHTS_WORDS.test(line) && disclaimerWindow(line) !== null;
}
