/**
 * Finding the article body: each line of the page scores for the elements around it, prose (text
 * outside links, with sentence punctuation) for, link lists, chrome and short fragments against.
 * The body container is the element with the best balance: all the article's paragraphs and as
 * little else as possible (a maximum-weight subtree, in the spirit of Readability's ancestor
 * scores and the text/link/punctuation densities of the Chinese news extractors).
 */
import { isArticleEndLine, isFooterLine, isNavigationLine, readBreadcrumb } from '../chrome.js';
import { isDisclaimerLine, readLeadingFieldLine, readMetaLine } from '../labels.js';
import { classWords, type DomElement, isElement, type Line, type PageLines } from './dom.js';

const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);
/** Tags that hold the article itself: never chrome, whatever their class says. */
const ARTICLE_TAGS = new Set(['body', 'html', 'main', 'article']);
/** class/id words of everything around an article: navigation, sidebars, related links, share bars, comments. */
const CHROME_WORDS = new Set([
  'nav',
  'navbar',
  'navi',
  'menu',
  'footer',
  'foot',
  'sidebar',
  'side',
  'aside',
  'banner',
  'related',
  'relate',
  'relevant',
  'recommend',
  'recommends',
  'recommendation',
  'comment',
  'comments',
  'reply',
  'copyright',
  'share',
  'sharing',
  'social',
  'friendlink',
  'links',
  'hot',
  'hotnews',
  'rank',
  'ranking',
  'ad',
  'ads',
  'advert',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'position',
  'location',
  'route',
  'toolbar',
  'tools',
  'pager',
  'pagination',
  'subscribe',
  'login',
  'search',
  'keyword',
  'keywords',
  'tags',
  'statement',
  'xglj',
  'xgxw',
  'tuijian',
  'rmtj',
  'jubao',
  'weizhi',
  'dqwz',
  'popular',
  'trending',
  'widget',
  'qrcode',
]);
/** Words that keep an element in the running even with a chrome word ("article-side" is still the article). */
const ARTICLE_WORDS = new Set(['article', 'body', 'content', 'main', 'text', 'detail', 'zoom', 'entry', 'story']);

/** Headings of the blocks around an article: related links, recommendations, rankings, comments. */
const CHROME_HEADING_WORDS = [
  '相关',
  '相關',
  '推荐',
  '推薦',
  '为你推荐',
  '热门',
  '熱門',
  '热点',
  '熱點',
  '热文',
  '热读',
  '排行',
  '猜你喜欢',
  '你可能',
  '延伸阅读',
  '更多',
  '精彩',
  '最新',
  '24小时',
  '今日热',
  '大家都在',
  '网友',
  '评论',
  '热评',
  '往期',
  'more\\b',
  'related\\b',
  'recommended\\b',
  'popular\\b',
  'trending\\b',
  'most read',
  'comments?\\b',
];
const CHROME_HEADING = new RegExp(`^[\\s\\u3000【[]*(?:${CHROME_HEADING_WORDS.join('|')})`, 'i');
const CHROME_HEADING_MAX = 16;

export const isChromeHeading = (text: string) => text.length <= CHROME_HEADING_MAX && CHROME_HEADING.test(text);

export function isChromeElement(el: DomElement): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  if (ARTICLE_TAGS.has(el.name)) return false;
  const words = classWords(el);
  return words.some((w) => CHROME_WORDS.has(w)) && !words.some((w) => ARTICLE_WORDS.has(w));
}

/**
 * Blocks opened by a chrome heading ("<div><h3>相关阅读</h3><ul>…"): the outermost element whose
 * first line is the heading and which does not hold the article's densest prose (an article cell
 * that opens with a related-links box is not the box).
 */
function headedChrome(page: PageLines): Set<DomElement> {
  const firstLine = new Map<DomElement, Line>();
  const directProse = new Map<DomElement, number>();
  for (const line of page.lines) {
    const target = scoredHolder(line.holder);
    if (line.punctuation > 0) {
      directProse.set(target, (directProse.get(target) ?? 0) + line.chars - line.linkChars);
    }
    for (let el: DomElement | null = line.holder; el && !firstLine.has(el); el = parentElement(el)) {
      firstLine.set(el, line);
    }
  }
  // The block holding the page's densest prose is the article's: a heading never makes it chrome.
  let densest: DomElement | null = null;
  for (const [el, chars] of directProse) if (densest === null || chars > directProse.get(densest)!) densest = el;
  const articleBlocks = new Set<DomElement>();
  for (let el = densest; el; el = parentElement(el)) articleBlocks.add(el);
  const opened = (el: DomElement, line: Line) =>
    firstLine.get(el) === line && !ARTICLE_TAGS.has(el.name) && !articleBlocks.has(el);
  const headed = new Set<DomElement>();
  for (const [el, line] of firstLine) {
    if (!isChromeHeading(line.text) || !opened(el, line)) continue;
    const parent = el.parent as DomElement;
    if (!isElement(parent as never) || !opened(parent, line)) headed.add(el);
  }
  return headed;
}

/** For each visible element, whether it or an element around it is chrome. */
export function chromeMap(page: PageLines): Map<DomElement, boolean> {
  const headed = headedChrome(page);
  const inChrome = new Map<DomElement, boolean>();
  for (const el of page.elements) {
    const parent = el.parent;
    inChrome.set(
      el,
      isChromeElement(el) ||
        headed.has(el) ||
        (isElement(parent as never) && inChrome.get(parent as DomElement) === true),
    );
  }
  return inChrome;
}

const labelled = new WeakMap<Line, boolean>();

/**
 * Labelled lines (meta line, 原文链接, disclaimer, breadcrumb) belong to an article page but are not
 * prose. Asked of a line several times (each scoring pass, the header): answered once.
 */
export function isLabelledLine(line: Line): boolean {
  let answer = labelled.get(line);
  if (answer === undefined) {
    const text = line.spaced;
    answer =
      readMetaLine(text) !== null ||
      isDisclaimerLine(text) ||
      readLeadingFieldLine(text) !== null ||
      readBreadcrumb(text) !== null;
    labelled.set(line, answer);
  }
  return answer;
}

export const linkDensity = (line: Line) => (line.chars === 0 ? 0 : line.linkChars / line.chars);

const SHORT_FRAGMENT = 10;
/**
 * A character of links costs this many of prose: a wider element must bring much more article than
 * junk to win (a sidebar notice is not worth the link list beside it).
 */
const JUNK_COST = 3;

/** What a line adds to the elements around it: prose for, link lists and fragments against. */
function lineWeight(line: Line, chrome: boolean): number {
  // Recognised chrome is left out of the body whatever holds it, so it costs less than unknown junk.
  if (chrome) return -line.chars;
  if (linkDensity(line) > 0.5 || isNavigationLine(line.text) || isFooterLine(line.text)) {
    return -JUNK_COST * line.chars;
  }
  if (isLabelledLine(line)) return 0;
  const prose = line.chars - line.linkChars;
  const { punctuation } = line;
  if (punctuation === 0 && prose < SHORT_FRAGMENT) return -prose / 2;
  return punctuation > 0 ? prose : prose / 2;
}

const parentElement = (el: DomElement): DomElement | null =>
  isElement(el.parent as never) ? (el.parent as DomElement) : null;

/** Paragraph elements are never the body: their lines count for the block around them, as in Readability. */
const PARAGRAPH_TAGS = new Set(['p', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function scoredHolder(holder: DomElement): DomElement {
  const parent = holder.parent as DomElement;
  return PARAGRAPH_TAGS.has(holder.name) && isElement(parent as never) ? parent : holder;
}

/**
 * The element holding the body: the one whose lines weigh most. Null when nothing on the page
 * reads as prose.
 */
export function findBodyContainer(page: PageLines, inChrome: Map<DomElement, boolean>): DomElement | null {
  const pick = (ignoreChrome: boolean): DomElement | null => {
    const weight = new Map<DomElement, number>();
    const prose = new Map<DomElement, number>();
    for (const line of page.lines) {
      const w = lineWeight(line, !ignoreChrome && inChrome.get(line.holder) === true);
      const target = scoredHolder(line.holder);
      weight.set(target, (weight.get(target) ?? 0) + w);
      if (w > 0) prose.set(target, (prose.get(target) ?? 0) + w);
    }
    // Children come after their parents in document order: summing backwards carries every line up.
    for (let i = page.elements.length - 1; i >= 0; i--) {
      const el = page.elements[i];
      const parent = el.parent as DomElement;
      if (!isElement(parent as never) || !weight.has(el)) continue;
      weight.set(parent, (weight.get(parent) ?? 0) + weight.get(el)!);
      prose.set(parent, (prose.get(parent) ?? 0) + (prose.get(el) ?? 0));
    }
    let best: DomElement | null = null;
    let bestWeight = 0;
    for (const el of page.elements) {
      const w = weight.get(el) ?? 0;
      // Of equal weights the inner element wins: it holds the same prose and nothing more.
      if ((prose.get(el) ?? 0) > 0 && (best === null || w >= bestWeight)) [best, bestWeight] = [el, w];
    }
    return best && firstPost(best, prose);
  };
  // A page whose every element looks like chrome ("sidebar-layout" on a wrapper) still has a body.
  return pick(false) ?? pick(true);
}

const NUMBERED_ID = /^([a-z_-]*?)\d{2,}$/i;
/** A thread's posts must carry this share of the container's prose. */
const THREAD_SHARE = 0.7;

/**
 * In a forum thread (sibling blocks with numbered ids, "post_20931144", "post_20931151", …, each
 * with prose) the article is the first post; the others are replies.
 */
function firstPost(container: DomElement, prose: Map<DomElement, number>): DomElement {
  const total = prose.get(container) ?? 0;
  const stack: DomElement[] = [container];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const groups = new Map<string, DomElement[]>();
    for (const child of el.children) {
      if (!isElement(child as never)) continue;
      const c = child as DomElement;
      const prefix = NUMBERED_ID.exec(c.attribs.id ?? '')?.[1];
      if (prefix !== undefined && c.name !== 'p' && (prose.get(c) ?? 0) > 0) {
        groups.set(`${c.name}#${prefix}`, [...(groups.get(`${c.name}#${prefix}`) ?? []), c]);
      }
      if ((prose.get(c) ?? 0) >= total * THREAD_SHARE) stack.push(c);
    }
    for (const posts of groups.values()) {
      const share = posts.reduce((sum, p) => sum + (prose.get(p) ?? 0), 0);
      if (posts.length >= 2 && share >= total * THREAD_SHARE) return posts[0];
    }
  }
  return container;
}

/** The container's lines in order, leaving out chrome, headers and link lists inside it. */
export function containerLines(page: PageLines, container: DomElement, inChrome: Map<DomElement, boolean>): Line[] {
  const inside = new Set<DomElement>([container]);
  const skipped = new Set<DomElement>();
  const containerInChrome = inChrome.get(container) === true;
  for (const el of page.elements) {
    const parent = el.parent as DomElement;
    if (!inside.has(parent)) continue;
    inside.add(el);
    const chrome = !containerInChrome && inChrome.get(el) === true;
    if (skipped.has(parent) || el.name === 'header' || chrome) skipped.add(el);
  }
  return page.lines.filter((line) => inside.has(line.holder) && !skipped.has(line.holder) && linkDensity(line) <= 0.5);
}

/** Lines after which the article is over: related links, previous/next, the platform's statement. */
const PLATFORM_STATEMENT = /^[\s\u3000]*[【[（(]?\s*[\u4e00-\u9fa5]{0,4}声明\s*[】\]）)]?\s*[:：]/;

export function endsArticle(line: Line): boolean {
  return isArticleEndLine(line.text) || PLATFORM_STATEMENT.test(line.text) || isChromeHeading(line.text);
}
