/**
 * What a repost page adds under the article: the 原文链接 (original link) and the disclaimer, in
 * every block form (one line, a bare label over its text, ①②③ lists).
 */
import { isBareDisclaimerLabel, isDisclaimerLine, isUnlabelledDisclaimer, readLeadingFieldLine } from '../labels.js';
import { ancestors, type DomElement, isElement, type DomNode, type Line } from './dom.js';
import { normaliseLine } from './text.js';

const HTTP_URL = /^https?:\/\/\S+$/i;

function firstLinkHref(el: DomElement): string | null {
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const href = node.name === 'a' ? normaliseLine(node.attribs.href ?? '') : '';
    if (HTTP_URL.test(href)) return href;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as DomNode);
  }
  return null;
}

/** The 原文链接: the labelled line's http(s) anchor, else the address written after the label. */
export function findOriginalUrl(lines: Line[]): string | null {
  for (const line of lines) {
    const read = readLeadingFieldLine(line.spaced);
    if (read?.first !== 'original_url') continue;
    const href = firstLinkHref(line.holder);
    if (href) return href;
    const written = read.fields.original_url?.trim() ?? '';
    if (written !== '') return written.split(/\s+/)[0];
  }
  return null;
}

/** ①, 1., 1、, 一、, (1): the items of a numbered disclaimer. */
const LIST_ITEM = /^[\s\u3000]*(?:[①-⑳]|\d{1,2}[.、．)）]|[一二三四五六七八九十]{1,3}[、.．]|[(（]\d{1,2}[)）])/;

/** The block element a line sits in, and the one around that. */
const blockOf = (line: Line): DomElement[] => [line.holder, ...[...ancestors(line.holder)].slice(0, 1)];

/**
 * The disclaimer: the first labelled one (with the text under a bare label and the numbered items
 * after it, while they stay in the same block), else an unlabelled line about rights holders that
 * names a window.
 */
export function findDisclaimer(lines: Line[]): string | null {
  const start = lines.findIndex((line) => isDisclaimerLine(line.text));
  if (start >= 0) {
    const block = [lines[start].text];
    const home = blockOf(lines[start]);
    for (let i = start + 1; i < lines.length; i++) {
      const line = lines[i];
      // A bare label's text is the line after it, wherever it sits; numbered items stay in its block.
      if (i === start + 1 && isBareDisclaimerLabel(lines[start].text)) {
        block.push(line.text);
        continue;
      }
      if (!LIST_ITEM.test(line.text) || !blockOf(line).some((el) => home.includes(el))) break;
      block.push(line.text);
    }
    return block.join('\n');
  }
  return lines.find((line) => isUnlabelledDisclaimer(line.text))?.text ?? null;
}
