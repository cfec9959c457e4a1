/**
 * Reading the lines around and inside the body container: the header (meta line, bylines, dates),
 * the paragraphs, and the trailer lines after them (责任编辑, （记者 X）, 本文来源) which are
 * fields, not body.
 */
import { isFooterLine, isNavigationLine, readBreadcrumb } from '../chrome.js';
import { type FieldValues, isDisclaimerLine, readFieldLine, readLeadingFieldLine, readMetaLine } from '../labels.js';
import { normalizeDate } from '../normalize.js';
import { mergeFields } from '../page.js';
import { endsArticle, linkDensity } from './body.js';
import { BLOCKS, classWords, type DomElement, elementText, isElement, type Line } from './dom.js';
import { bylineName, cleanName } from './names.js';
import { foldForMatch, punctuationCount } from './text.js';

/** Fields found on the page outside the metadata, each list in the order found. */
export interface LineFindings {
  /** Labelled values ("来源：…", "责任编辑：…"), the first of each field kept. */
  labelled: FieldValues;
  bylines: string[];
  dates: string[];
  /** A name after a bare date on the meta line ("2004年11月26日 16:20　澜江日报"). */
  unlabelledSources: string[];
  /** Values of elements named for their field (<span class="source">, <em class="time">). */
  hinted: { source: string[]; author: string[]; published: string[]; site: string[] };
}

export const emptyFindings = (): LineFindings => ({
  labelled: {},
  bylines: [],
  dates: [],
  unlabelledSources: [],
  hinted: { source: [], author: [], published: [], site: [] },
});

const HEADER_LINE_MAX = 120;
const DATE_START = /^[\s\u3000]*\d{4}\s*[-/.年]/;
const UNLABELLED_SOURCE_MAX = 24;
const HINT_TEXT_MAX = 60;
const HINTS: [RegExp, keyof LineFindings['hinted']][] = [
  [/^(?:source|laiyuan|ly)$/, 'source'],
  // "authi" is Discuz's poster line, the forum software of most Chinese forums.
  [/^(?:author|byline|writer|zuozhe|authi)$/, 'author'],
  [/^(?:time|date|pubtime|publish|datetime|pubdate|sj)$/, 'published'],
  // The account publishing a WeChat article (rich_media_meta_nickname) is its site.
  [/^nickname$/, 'site'],
];

/** The values of field-named inline elements inside a header line's block. */
function readHints(holder: DomElement, found: LineFindings): void {
  const stack = holder.children.filter((c) => isElement(c as never)) as DomElement[];
  const own = [holder, ...stack];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (BLOCKS.has(el.name)) continue;
    own.push(el);
    stack.push(...(el.children.filter((c) => isElement(c as never)) as DomElement[]));
  }
  for (const el of own) {
    const words = [...classWords(el)];
    // "media-name": the outlet a portal page names beside its date.
    if (words.join(' ').includes('media name')) words.push('source');
    for (const [pattern, field] of HINTS) {
      if (!words.some((w) => pattern.test(w))) continue;
      const text = elementText(el);
      if (text !== '' && text.length <= HINT_TEXT_MAX) found.hinted[field].push(text);
    }
  }
}

/** A name after a date that opens the line, with no label: the source. */
function unlabelledSource(line: string): string | null {
  if (!DATE_START.test(line) || readFieldLine(line) !== null) return null;
  const rest = cleanName(line);
  return rest !== null && rest.length <= UNLABELLED_SOURCE_MAX && punctuationCount(rest) === 0 ? rest : null;
}

/** Reads one line of the header (between headline and body); true when it is a header line. */
export function readHeaderLine(line: Line, found: LineFindings): boolean {
  if (line.text.length > HEADER_LINE_MAX) return false;
  readHints(line.holder, found);
  const meta = readMetaLine(line.spaced);
  if (meta) {
    mergeFields(found.labelled, meta);
    const source = unlabelledSource(line.spaced);
    if (source) found.unlabelledSources.push(source);
    return true;
  }
  const byline = bylineName(line.text);
  if (byline) {
    found.bylines.push(byline);
    return true;
  }
  const date = normalizeDate(line.text);
  if (date !== null && line.text.length <= HEADER_LINE_MAX / 2) {
    found.dates.push(line.text);
    const source = unlabelledSource(line.spaced);
    if (source) found.unlabelledSources.push(source);
    return true;
  }
  return readBreadcrumb(line.text) !== null || isNavigationLine(line.text);
}

const TRAILER_MAX = 60;
/** Production credits closing an article: not body, not a field we keep. */
const CREDITS =
  /^[\s\u3000]*[(（[【]?\s*(?:校对|审核|审校|终审|监制|出品|策划|统筹|制作|排版|美编|值班编辑|供图|图片|摄影|视频)\s*[:：]/;
/** Calls to follow the outlet closing an article ("扫描二维码关注…微信"). */
const PROMOTION = /扫描?二维码|扫一扫|长按(?:识别|关注)|关注.{0,12}(?:微信|公众号|微博|客户端)|下载.{0,8}客户端/;
/** "（本帖内容转自网络，如有侵权请联系删除）": a poster's note on rights, not the post. */
const RIGHTS_NOTE = /^[\s\u3000]*[(（[【].*(?:侵权|侵權|转自|轉自|转载|轉載|版权|版權).*[)）\]】][\s\u3000]*$/;
const CLOSING_MARK = /^[\s\u3000]*[(（[【]\s*(?:完|终|全文完)\s*[)）\]】][\s\u3000]*$/;

/** Bracketed buttons before a trailer's label: "【纠错】 【责任编辑：刘楠】". */
const LEADING_BUTTONS = /^(?:[\s\u3000]*[【[][^】\]:：]{1,4}[】\]])+[\s\u3000]*/;

/** Reads a closing line; true when it is a trailer (field, byline, credit), not body. */
function readTrailerLine(text: string, found: LineFindings): boolean {
  if (text.length > TRAILER_MAX) return false;
  const field = readLeadingFieldLine(text.replace(LEADING_BUTTONS, ''));
  if (field) {
    mergeFields(found.labelled, field.fields);
    return true;
  }
  const byline = bylineName(text);
  if (byline) {
    found.bylines.push(byline);
    return true;
  }
  return CREDITS.test(text) || CLOSING_MARK.test(text) || PROMOTION.test(text) || RIGHTS_NOTE.test(text);
}

const SCRAP_MAX = 20;

/** Above the first paragraph, a short line without punctuation is header scrap (counters, labels, "楼主"). */
// A <p> is a paragraph by markup: a body may open with its source's own short headline.
const isHeaderScrap = (line: Line) =>
  line.holder.name !== 'p' && line.text.length < SCRAP_MAX && line.punctuation === 0;

/**
 * A labelled line inside the body naming a field the header already gave ("记者：…" opening an
 * interview under a "作者：…" meta line) is the article speaking, not a second meta line.
 */
function repeatsKnownField(line: Line, found: LineFindings): boolean {
  const field = readLeadingFieldLine(line.spaced);
  return field !== null && found.labelled[field.first] != null;
}

export interface ArticleText {
  paragraphs: string[];
  /** Lines after the body inside the container (disclaimer, 原文链接, …), to be read for fields. */
  after: Line[];
}

/**
 * The paragraphs among the container's lines: header lines before the first paragraph go to the
 * findings, the body ends at 原文链接, a disclaimer, related links or the footer, and trailer lines
 * at its end are fields.
 */
export function readArticle(lines: Line[], firstParagraph: number, title: string, found: LineFindings): ArticleText {
  const paragraphs: string[] = [];
  const titleKey = foldForMatch(title);
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // The headline above the body is not body; its repeat as the body's first <p> is (the page has it twice).
    const isHeadline = () => line.holder.name !== 'p' && foldForMatch(line.text) === titleKey;
    if (
      line.index < firstParagraph &&
      !repeatsKnownField(line, found) &&
      (isHeadline() || readHeaderLine(line, found) || isHeaderScrap(line))
    )
      continue;
    const field = readLeadingFieldLine(line.spaced);
    if (isDisclaimerLine(line.text) || field?.first === 'original_url' || endsArticle(line)) {
      end = i;
      break;
    }
    if (isNavigationLine(line.text)) continue;
    if (field?.first === 'editor' && line.text.length <= TRAILER_MAX) {
      mergeFields(found.labelled, field.fields);
      continue;
    }
    paragraphs.push(line.text);
  }
  // The footer starts after the last long line; what follows the body is read for fields only.
  while (paragraphs.length > 0 && isFooterLine(paragraphs[paragraphs.length - 1])) {
    paragraphs.pop();
  }
  while (paragraphs.length > 1 && readTrailerLine(paragraphs[paragraphs.length - 1], found)) paragraphs.pop();
  return { paragraphs, after: lines.slice(end) };
}

/** The block a paragraph belongs to: a <p>'s parent, else the element itself. */
const paragraphBlock = (el: DomElement): DomElement =>
  el.name === 'p' && isElement(el.parent as never) ? (el.parent as DomElement) : el;

/**
 * Reads the short lines after the body ("【纠错】 【责任编辑：刘楠】", "本文来源：… 责任编辑：…") for
 * labelled fields and bylines; link lists and the disclaimer's block are skipped, the footer ends the reading.
 */
export function readAfterBody(lines: Line[], found: LineFindings): void {
  let disclaimerBlock: DomElement | null = null;
  for (const line of lines) {
    // The disclaimer quotes labels of its own ("凡本网注明“来源：…”的作品"): its block is no field.
    if (isDisclaimerLine(line.text)) disclaimerBlock = paragraphBlock(line.holder);
    const inDisclaimer = line.holder === disclaimerBlock || paragraphBlock(line.holder) === disclaimerBlock;
    if (disclaimerBlock && inDisclaimer) continue;
    if (isFooterLine(line.text)) break;
    if (line.text.length > TRAILER_MAX || linkDensity(line) > 0.5) continue;
    const field = readFieldLine(line.spaced);
    if (field) mergeFields(found.labelled, field.fields);
    else {
      const byline = bylineName(line.text);
      if (byline) found.bylines.push(byline);
    }
  }
}
