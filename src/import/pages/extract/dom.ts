/**
 * The page as a browser shows it: htmlparser2's DOM read into lines. Blocks and <br> break lines;
 * script, style, noscript, template, hidden elements and comments show nothing. Every walk is
 * iterative, so hostile nesting depth cannot overflow the stack.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { normaliseLine, punctuationCount, visibleLength } from './text.js';

export type DomDocument = ReturnType<typeof parseDocument>;
export type DomNode = DomDocument['children'][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

export const isElement = (node: DomNode | null | undefined): node is DomElement => !!node && DomUtils.isTag(node);

/** Elements whose content is never page text. */
const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'select',
  'option',
  'button',
  'textarea',
  'input',
  'svg',
  'math',
  'canvas',
  'head',
  'title',
  'map',
  'audio',
  'video',
]);
export const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'blockquote',
  'pre',
  'center',
  'figure',
  'figcaption',
  'hr',
  'address',
  'caption',
  'fieldset',
  'legend',
  'form',
  'body',
  'html',
  'details',
  'summary',
  'dialog',
  'menu',
]);

// Only display:none hides for good; visibility:hidden is how WeChat and others hold an article until a script shows it.
const HIDDEN_STYLE = /display\s*:\s*none/i;

export function isInvisible(el: DomElement): boolean {
  return INVISIBLE.has(el.name) || 'hidden' in el.attribs || HIDDEN_STYLE.test(el.attribs.style ?? '');
}

const wordsOf = new WeakMap<DomElement, string[]>();

/**
 * The words of an element's class and id: "leftSide-3ss3 main_content" → left, side, 3ss3, main,
 * content. Asked of the same elements by every pass (chrome, title, hints): split once.
 */
export function classWords(el: DomElement): readonly string[] {
  let words = wordsOf.get(el);
  if (words === undefined) {
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2');
    words =
      names === ' '
        ? []
        : names
            .toLowerCase()
            .split(/[\s_-]+/)
            .filter(Boolean);
    wordsOf.set(el, words);
  }
  return words;
}

export interface Line {
  /** Whitespace-normalised text, inline elements joined as a browser joins them. */
  text: string;
  /** The same text with a space at each inline element boundary ("<b>来源</b>新华社" → "来源 新华社"). */
  spaced: string;
  /** Visible characters, and those inside links. */
  chars: number;
  linkChars: number;
  /** Punctuation marks of running prose in the text (asked of every line several times). */
  punctuation: number;
  /** The innermost block element holding the line. */
  holder: DomElement;
  /** Position in the page's line list. */
  index: number;
}

export interface PageLines {
  lines: Line[];
  /** Every visible element in document order (parents before children). */
  elements: DomElement[];
}

/**
 * Reads an element's visible lines. `leaveOut` skips elements (and all inside them) as if invisible.
 */
export function readLines(root: DomElement, leaveOut: (el: DomElement) => boolean = () => false): PageLines {
  const lines: Line[] = [];
  const elements: DomElement[] = [];
  let raw = '';
  let spaced = '';
  let chars = 0;
  let linkChars = 0;
  let linkDepth = 0;
  let holder: DomElement | null = null;
  const blockStack: DomElement[] = [];

  const breakLine = () => {
    const text = normaliseLine(raw);
    if (text !== '' && holder) {
      const punctuation = punctuationCount(text);
      lines.push({ text, spaced: normaliseLine(spaced), chars, linkChars, punctuation, holder, index: lines.length });
    }
    raw = spaced = '';
    chars = linkChars = 0;
    holder = null;
  };

  // Each entry is a node to enter, or (exit) an element to close.
  const stack: { node: DomNode; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      const el = node as DomElement;
      if (el.name === 'a') linkDepth--;
      if (BLOCKS.has(el.name)) {
        breakLine();
        blockStack.pop();
      } else {
        spaced += ' ';
      }
      continue;
    }
    if (DomUtils.isText(node)) {
      const count = visibleLength(node.data);
      if (count === 0 && raw === '') continue;
      holder ??= blockStack[blockStack.length - 1] ?? root;
      raw += node.data;
      spaced += node.data;
      chars += count;
      if (linkDepth > 0) linkChars += count;
      continue;
    }
    if (!isElement(node) || (node !== root && (isInvisible(node) || leaveOut(node)))) continue;
    if (node.name === 'br') {
      breakLine();
      continue;
    }
    elements.push(node);
    if (BLOCKS.has(node.name)) {
      breakLine();
      blockStack.push(node);
    } else {
      spaced += ' ';
    }
    if (node.name === 'a') linkDepth++;
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as DomNode, exit: false });
  }
  breakLine();
  return { lines, elements };
}

/** An element's visible text on one line. */
export function elementText(el: DomElement): string {
  return readLines(el)
    .lines.map((l) => l.text)
    .join(' ');
}

// A browser running scripts reads <noscript> as raw text up to its end tag, and a <template>'s
// content never leaves it; htmlparser2 would let a stray "</div>" inside carry the rest out.
const RAW_BLOCKS = /<(noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

const findBody = (doc: DomDocument) => findElements(doc, (el) => el.name === 'body')[0] as DomElement | undefined;

export function parsePage(html: string): { doc: DomDocument; body: DomElement } {
  const source = html.replace(RAW_BLOCKS, '');
  const doc = parseDocument(source);
  const body = findBody(doc);
  if (body) return { doc, body };
  // A fragment without <body>: the whole document is its body.
  const wrapped = parseDocument(`<body>${source}</body>`);
  return { doc: wrapped, body: findBody(wrapped)! };
}

/** The elements above `el`, nearest first, up to (not including) the document. */
export function* ancestors(el: DomElement): Generator<DomElement> {
  for (let node = el.parent as DomNode | null; isElement(node); node = node.parent as DomNode | null) yield node;
}

/** All elements of the document matching `test`, in document order, found without recursion. */
export function findElements(doc: DomDocument, test: (el: DomElement) => boolean): DomElement[] {
  const found: DomElement[] = [];
  const stack: DomNode[] = [...doc.children].reverse() as DomNode[];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as DomNode);
  }
  return found;
}

/** The raw text inside an element (for <script type=ld+json> and <title>), without recursion. */
export function rawText(el: DomElement): string {
  let text = '';
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (DomUtils.isText(node)) text += node.data;
    else if (isElement(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as DomNode);
    }
  }
  return text;
}
