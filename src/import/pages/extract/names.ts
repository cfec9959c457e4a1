/**
 * Cleaning the names a page shows for source, author and editor: dates, brackets, UI buttons
 * (举报, 纠错) and the labels after them go; the name itself keeps its characters.
 */
import { looksLikeCode, normaliseLine, startsWithUrl } from './text.js';

const DATE_TIME = new RegExp(
  String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?` +
    String.raw`(?:\s*\d{1,2}[:：时]\d{2}(?:[:：分]\d{2})?秒?)?|\b\d{1,2}:\d{2}(?::\d{2})?\b`,
  'g',
);
const UI_WORDS =
  /(?:^|\s)(?:举报|舉報|纠错|糾錯|评论|評論|分享|收藏|打印|关闭|關閉|订阅|關注|关注|点赞|扫一扫|手机看|字号|字體|字体)(?=\s|$|[:：\]】)）])/;
const WRAPPED = /^[[【(（〔「『<《]\s*(.*?)\s*[\]】)）〕」』>》]$/;
const OPENING = /[[【(（〔「『《]/;
const CLOSING = /[\]】)）〕」』》]/;
const EDGE_MARKS = /^[\s\u3000|丨｜·•:：,，;；/／-]+|[\s\u3000|丨｜·•:：,，;；/／-]+$/g;
// A further "label:" on the line ("陈一平　校对：张艳") ends the name.
const NEXT_LABEL = /[\s\u3000]+[^\s\u3000:：]{1,6}[:：].*$/;
const NAME_MAX = 60;

/** A source, author or editor as it should be stored; null when nothing name-like is left. */
export function cleanName(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  let name = normaliseLine(value).replace(/&nbsp;?/gi, ' ');
  for (let round = 0; round < 3; round++) {
    const before = name;
    name = name.replace(DATE_TIME, ' ').replace(NEXT_LABEL, '');
    const ui = UI_WORDS.exec(name);
    if (ui) name = name.slice(0, ui.index);
    name = normaliseLine(name).replace(EDGE_MARKS, '');
    name = WRAPPED.exec(name)?.[1] ?? name;
    // A bracket left over from "【责任编辑：刘楠】" read from the middle of its line.
    if (!OPENING.test(name)) name = name.replace(/[\]】)）〕」』》]+$/, '');
    if (!CLOSING.test(name)) name = name.replace(/^[[【(（〔「『《]+/, '');
    if (name === before) break;
  }
  if (name === '' || name.length > NAME_MAX || looksLikeCode(name) || startsWithUrl(name)) return null;
  return name;
}

/**
 * A byline's name: "本报记者 吴迪" → "吴迪", "澎湃新闻特约记者 王成" → "王成", "文/马俊峰" → "马俊峰",
 * "By Jane Doe" → "Jane Doe". Null when the text is no byline.
 */
// A separator after 记者 tells a byline from prose ("记者从…获悉").
const REPORTER = /^[\u4e00-\u9fa5·]{0,10}?记者(?:[\s\u3000]+|[\s\u3000]*[:：][\s\u3000]*)(.+)$/;
const WRITTEN_BY = /^(?:文|撰文|图文|文字)[\s\u3000]*[/／|｜丨][\s\u3000]*(.+)$/;
const ENGLISH_BY = /^by\s+(.+)$/i;
// A label written without its colon ("作者 阿宽").
const BARE_LABEL = /^(?:作者|撰稿|撰文|编辑|责任编辑)[\s\u3000]+(.+)$/;
const BYLINE_MAX = 40;

export function bylineName(line: string): string | null {
  const text = normaliseLine(line);
  if (text.length > BYLINE_MAX) return null;
  const inner = WRAPPED.exec(text)?.[1] ?? text;
  const m = REPORTER.exec(inner) ?? WRITTEN_BY.exec(inner) ?? ENGLISH_BY.exec(inner) ?? BARE_LABEL.exec(inner);
  return m ? cleanName(m[1]) : null;
}

/** "（记者 周明远、何佳）" inside a paragraph, usually its dateline: the names. */
const BRACKETED_REPORTER =
  /[（(][\s\u3000]*[\u4e00-\u9fa5]{0,8}?记者[\s\u3000]*[:：]?[\s\u3000]*([^（()）]{2,40}?)[\s\u3000]*[）)]/;

export function datelineReporter(paragraph: string): string | null {
  const m = BRACKETED_REPORTER.exec(paragraph);
  return m ? cleanName(m[1]) : null;
}

/** An author name: a byline's prefix ("记者", "文/") dropped, cleaned. */
export function cleanAuthor(value: string | null | undefined): string | null {
  const name = cleanName(value);
  return name === null ? null : (bylineName(name) ?? name);
}
