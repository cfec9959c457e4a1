/**
 * Saved HTML pages, div-based or old table-based, read through htmlparser2's DOM. The article body
 * is the element holding most paragraph text outside links and chrome (a small readability-style
 * score); the title is the article's <h1>, else the text just above the meta line; meta line,
 * 原文链接 and disclaimer are found by their labels, as in text pages.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ParsedPage } from '../../types.js';
import { isNavigationLine, readBreadcrumb, siteFromWelcome } from './chrome.js';
import {
  type FieldLine, type FieldValues, isBareDisclaimerLabel, isDisclaimerLine, isUnlabelledDisclaimer,
  readLeadingFieldLine, readMetaLine,
} from './labels.js';
import { toAsciiForms } from './normalize.js';
import { assemblePage, extendsHeader, mergeFields, readArticleLines } from './page.js';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'select', 'option', 'button', 'textarea', 'input', 'svg', 'canvas', 'head', 'title']);
const BLOCKS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'center',
  'figure', 'figcaption', 'hr', 'address', 'caption', 'fieldset', 'legend', 'form', 'body', 'html',
]);
/** Blocks that hold one paragraph: their text scores for the element around them. */
const PARAGRAPHS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dd', 'dt']);
const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);
/** class/id words of chrome that never holds the title or the meta line. */
const CHROME_WORDS = new Set([
  'logo', 'nav', 'navbar', 'menu', 'footer', 'foot', 'sidebar', 'side', 'aside', 'topbar', 'banner', 'related',
  'recommend', 'comment', 'comments', 'reply', 'copyright', 'share', 'social', 'friendlink', 'links',
]);
/** class/id words of everything that is not the article body. */
const NOT_BODY_WORDS = new Set([
  ...CHROME_WORDS, 'header', 'head', 'top', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'position', 'location',
  'toolbar', 'tools', 'pager', 'pagination', 'ad', 'ads', 'advert',
]);
const CRUMB_WORDS = new Set(['breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'position', 'location', 'weizhi', 'dqwz', 'path']);
const LOGO_WORDS = new Set(['logo']);
const HEADLINE_WORDS = new Set(['title', 'headline', 'biaoti', 'bt', 'tit', 'heading']);
const TITLE_SEPARATOR = /\s*(?:_|\||｜|–|—|-{1,2})\s*/;
// HTML collapses these; a non-breaking space stays (cleanText makes it a plain space later).
const SPACES = /[ \t\n\r\f]+/g;
const LABELLED_BLOCK_MAX = 600;

const isElement = (node: DomNode): node is DomElement => DomUtils.isTag(node);

function classWords(el: DomElement): string[] {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
  return names.split(/[\s_-]+/).filter(Boolean);
}

const hasWord = (el: DomElement, words: Set<string>) => classWords(el).some(w => words.has(w));

function insideChrome(el: DomElement, words: Set<string>): boolean {
  for (let node: DomElement | null = el; node; node = node.parent && isElement(node.parent as DomNode) ? node.parent as DomElement : null) {
    if (CHROME_TAGS.has(node.name) || hasWord(node, words)) return true;
  }
  return false;
}

function blockParent(el: DomElement): DomElement | null {
  for (let node = el.parent; node; node = node.parent) {
    if (isElement(node as DomNode) && BLOCKS.has((node as DomElement).name)) return node as DomElement;
  }
  return null;
}

/**
 * The lines an element shows: blocks and <br> break lines; whitespace collapses as a browser does.
 * `leaveOut` drops elements inside (the title and chrome, when reading the body).
 */
function elementLines(root: DomElement, leaveOut: (el: DomElement) => boolean = () => false): string[] {
  const lines: string[] = [];
  let current = '';
  const breakLine = () => {
    const line = current.trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const visit = (node: DomNode) => {
    if (DomUtils.isText(node)) {
      current += node.data.replace(SPACES, ' ');
    } else if (isElement(node) && !SKIPPED.has(node.name) && (node === root || !leaveOut(node))) {
      if (node.name === 'br') return breakLine();
      const block = BLOCKS.has(node.name);
      if (block) breakLine();
      for (const child of node.children) visit(child as DomNode);
      if (block) breakLine();
    }
  };
  visit(root);
  breakLine();
  return lines.map(toAsciiForms);
}

/** An element's text on one line, element boundaries kept apart by a space ("<b>来源</b>新华社"). */
function spacedText(root: DomElement): string {
  const parts: string[] = [];
  const visit = (node: DomNode) => {
    if (DomUtils.isText(node)) parts.push(node.data.replace(SPACES, ' '));
    else if (isElement(node) && !SKIPPED.has(node.name)) {
      parts.push(' ');
      for (const child of node.children) visit(child as DomNode);
      parts.push(' ');
    }
  };
  visit(root);
  return toAsciiForms(parts.join('').replace(/ {2,}/g, ' ').trim());
}

const plainText = (el: DomElement) => toAsciiForms(DomUtils.textContent(el).replace(SPACES, ' ').trim());

const isLeafBlock = (el: DomElement) =>
  !el.children.some(c => isElement(c as DomNode) && (BLOCKS.has((c as DomElement).name) || (c as DomElement).name === 'br'));

/** Meta line, 原文链接, disclaimer or breadcrumb: text that is never the article. */
function isLabelledText(text: string): boolean {
  return readMetaLine(text) !== null || isDisclaimerLine(text) || readLeadingFieldLine(text) !== null || readBreadcrumb(text) !== null;
}

/**
 * The element holding the article body. Text outside links and chrome counts for the block
 * holding it; a paragraph (<p>, or a <div> with no blocks inside) counts instead for the element
 * around it, and half as much for the one around that. Labelled lines (meta, 原文链接,
 * disclaimer) do not count.
 */
function findBodyContainer(body: DomElement): DomElement | null {
  const ownText = new Map<DomElement, number>();
  const visit = (node: DomNode, holder: DomElement) => {
    if (DomUtils.isText(node)) {
      const length = node.data.replace(SPACES, '').length;
      if (length > 0) ownText.set(holder, (ownText.get(holder) ?? 0) + length);
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.name) || node.name === 'a' || node.name === 'h1') return;
    if (CHROME_TAGS.has(node.name) || hasWord(node, NOT_BODY_WORDS)) return;
    const inner = BLOCKS.has(node.name) ? node : holder;
    for (const child of node.children) visit(child as DomNode, inner);
  };
  visit(body, body);

  const scores = new Map<DomElement, number>();
  const add = (el: DomElement | null, points: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + points);
  };
  for (const [holder, length] of ownText) {
    const paragraph = PARAGRAPHS.has(holder.name) || (holder.name === 'div' && isLeafBlock(holder));
    if (paragraph && isLabelledText(spacedText(holder))) continue;
    const target = paragraph ? blockParent(holder) ?? holder : holder;
    add(target, length);
    add(blockParent(target), length / 2);
  }
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

const HTTP_URL = /^https?:\/\//i;

/** The 原文链接 of a labelled block: the anchor's http(s) href, else its text, else the text after the label. */
function originalUrl(block: DomElement, read: FieldLine): string | null {
  const anchor = DomUtils.findOne(el => el.name === 'a', block.children, true) as DomElement | null;
  const href = anchor?.attribs.href?.trim();
  if (href && HTTP_URL.test(href)) return href;
  const text = anchor ? plainText(anchor) : '';
  return text !== '' ? text : read.fields.original_url ?? null;
}

function metaContent(doc: ReturnType<typeof parseDocument>, key: string): string | null {
  const meta = DomUtils.findOne(
    el => el.name === 'meta' && (el.attribs.property === key || el.attribs.name === key),
    doc.children, true,
  ) as DomElement | null;
  return meta?.attribs.content?.trim() || null;
}

interface Findings {
  site: string | null;
  category: string | null;
  titleAboveMeta: string | null;
  fields: FieldValues;
  disclaimer: string | null;
  unlabelledDisclaimer: string | null;
}

/** Walks the page outside the body container for breadcrumb, welcome line, meta line, 原文链接 and disclaimer. */
function scanChrome(root: DomElement, container: DomElement | null): Findings {
  const found: Findings = { site: null, category: null, titleAboveMeta: null, fields: {}, disclaimer: null, unlabelledDisclaimer: null };
  let lastTextBlock: DomElement | null = null;
  let metaSeen = false;

  const readBlock = (block: DomElement, inChrome: boolean) => {
    const text = spacedText(block);
    if (text === '' || text.length > LABELLED_BLOCK_MAX) return false;
    const breadcrumb = readBreadcrumb(text);
    if (breadcrumb) {
      found.category ??= breadcrumb.category;
      return true;
    }
    const welcome = siteFromWelcome(text);
    if (welcome !== null) {
      found.site ??= welcome;
      return true;
    }
    if (isDisclaimerLine(text)) {
      if (found.disclaimer === null) {
        const lines = elementLines(block);
        const next = isBareDisclaimerLabel(text) && DomUtils.nextElementSibling(block);
        found.disclaimer = next ? [...lines, ...elementLines(next as DomElement)].join('\n') : lines.join('\n');
      }
      return true;
    }
    const read = readLeadingFieldLine(text);
    if (read?.first === 'original_url') {
      found.fields.original_url ??= originalUrl(block, read);
      mergeFields(found.fields, read.fields);
      return true;
    }
    const meta = inChrome ? null : readMetaLine(text);
    if (meta) {
      if (!metaSeen && lastTextBlock) found.titleAboveMeta = plainText(lastTextBlock);
      metaSeen = true;
      mergeFields(found.fields, meta);
      return true;
    }
    if (found.unlabelledDisclaimer === null && isUnlabelledDisclaimer(text)) found.unlabelledDisclaimer = text;
    return false;
  };

  const visit = (el: DomElement, inChrome: boolean) => {
    if (el === container || SKIPPED.has(el.name)) return;
    const chrome = inChrome || CHROME_TAGS.has(el.name) || hasWord(el, CHROME_WORDS);
    if (hasWord(el, CRUMB_WORDS) && found.category === null) {
      const crumb = readBreadcrumb(spacedText(el));
      if (crumb) {
        found.category = crumb.category;
        return;
      }
    }
    const leaf = isLeafBlock(el);
    if (BLOCKS.has(el.name) && (leaf || startsWithText(el))) {
      if (readBlock(el, chrome)) return;
      const text = leaf && !chrome ? plainText(el) : '';
      if (text !== '' && !isNavigationLine(text)) lastTextBlock = el;
    }
    for (const child of el.children) if (isElement(child as DomNode)) visit(child as DomElement, chrome);
  };
  visit(root, false);
  return found;
}

/** True when a block's own text comes before its first child block ("<td>时间:… <div>…</div></td>"). */
function startsWithText(el: DomElement): boolean {
  for (const child of el.children) {
    const node = child as DomNode;
    if (DomUtils.isText(node)) {
      if (node.data.trim() !== '') return true;
    } else if (isElement(node)) {
      if (BLOCKS.has(node.name)) return false;
      if (!SKIPPED.has(node.name) && plainText(node) !== '') return true;
    }
  }
  return false;
}

/** The article's <h1>, else the text just above the meta line, a headline element, og:title, <title>. */
function findTitle(root: DomElement, doc: ReturnType<typeof parseDocument>, container: DomElement | null, site: string | null, aboveMeta: string | null): string | null {
  const h1 = headlineH1(root, container, site);
  if (h1 !== null) return h1;
  if (aboveMeta) return aboveMeta;
  const headline = DomUtils.findOne(
    el => el.name !== 'title' && hasWord(el as DomElement, HEADLINE_WORDS) && !insideChrome(el as DomElement, CHROME_WORDS) && plainText(el as DomElement) !== '',
    root.children, true,
  ) as DomElement | null;
  if (headline) return plainText(headline);
  const og = metaContent(doc, 'og:title');
  if (og) return toAsciiForms(og);
  const titleTag = DomUtils.findOne(el => el.name === 'title', doc.children, true) as DomElement | null;
  const title = titleTag ? plainText(titleTag) : '';
  return title === '' ? null : title.split(TITLE_SEPARATOR)[0];
}

/** The site named in the <title> after the article title ("标题_政策法规网"). */
function siteFromTitleTag(doc: ReturnType<typeof parseDocument>, title: string | null): string | null {
  const titleTag = DomUtils.findOne(el => el.name === 'title', doc.children, true) as DomElement | null;
  if (!titleTag || title === null) return null;
  const parts = plainText(titleTag).split(TITLE_SEPARATOR).filter(Boolean);
  return parts.length > 1 && parts[0] === title ? parts[parts.length - 1] : null;
}

function logoSite(root: DomElement): string | null {
  const logo = DomUtils.findOne(el => hasWord(el as DomElement, LOGO_WORDS), root.children, true) as DomElement | null;
  if (!logo) return null;
  const img = logo.name === 'img' ? logo : DomUtils.findOne(el => el.name === 'img', logo.children, true) as DomElement | null;
  return img?.attribs.alt?.trim() || plainText(logo) || null;
}

const notBody = (el: DomElement) => el.name === 'h1' || CHROME_TAGS.has(el.name) || hasWord(el, NOT_BODY_WORDS);

/**
 * The container's lines. A container that also holds the headline (or breadcrumb) and the meta
 * line, one table cell for the whole article, gives those up; a headline alone is kept, as a
 * body may well open with the source's own headline.
 */
function bodyLines(container: DomElement, title: string | null, fields: FieldValues): string[] {
  const lines = elementLines(container, notBody);
  let header = 0;
  while (header < lines.length && (lines[header] === title || readBreadcrumb(lines[header]) !== null)) header++;
  let start = header;
  for (let meta = readMetaLine(lines[start] ?? ''); meta && extendsHeader(lines[start], meta, fields); meta = readMetaLine(lines[start] ?? '')) {
    mergeFields(fields, meta);
    start++;
  }
  return start > header ? lines.slice(start) : lines;
}

/** The article's <h1>: of several, the one nearest the body in the tree (a logo's <h1> sits far off). */
function headlineH1(root: DomElement, container: DomElement | null, site: string | null): string | null {
  const depthOf = new Map<unknown, number>();
  let depth = 0;
  for (let node: unknown = container; node; node = (node as DomElement).parent) depthOf.set(node, depth--);
  let chosen: string | null = null;
  let chosenCloseness = -Infinity;
  for (const h1 of DomUtils.findAll(el => el.name === 'h1', root.children) as DomElement[]) {
    const text = plainText(h1);
    if (text === '' || text === site || insideChrome(h1, CHROME_WORDS)) continue;
    let node: unknown = h1;
    while (node && !depthOf.has(node)) node = (node as DomElement).parent;
    const closeness = node ? depthOf.get(node)! : -Infinity;
    if (chosen === null || closeness > chosenCloseness) [chosen, chosenCloseness] = [text, closeness];
  }
  return chosen;
}

const bodyElement = (doc: ReturnType<typeof parseDocument>) =>
  DomUtils.findOne(el => el.name === 'body', doc.children, true) as DomElement | null;

/** Parses an HTML page; throws ParseFailure when it holds no title or no body. */
export function parseHtmlPage(html: string): ParsedPage {
  let doc = parseDocument(html);
  let root = bodyElement(doc);
  if (root === null) {
    // A fragment without <body>: read it as a browser would, inside one.
    doc = parseDocument(`<body>${html}</body>`);
    root = bodyElement(doc)!;
  }
  const container = findBodyContainer(root);
  const found = scanChrome(root, container);
  const siteHint = metaContent(doc, 'og:site_name') ?? found.site;
  const title = findTitle(root, doc, container, siteHint, found.titleAboveMeta);
  const site = siteHint ?? siteFromTitleTag(doc, title) ?? logoSite(root);

  const fields = found.fields;
  const article = readArticleLines(container ? bodyLines(container, title, fields) : [], fields);
  return assemblePage({
    title,
    site,
    category: found.category,
    fields,
    paragraphs: article.paragraphs,
    disclaimer: found.disclaimer ?? article.disclaimer ?? found.unlabelledDisclaimer,
  });
}
