/**
 * What the text and HTML page parsers share: reading the lines of an article from its body to its
 * footer, and turning what was found into a ParsedPage with every field normalised.
 */
import type { ParsedPage } from '../../types.js';
import { isArticleEndLine, isFooterLine, isNavigationLine } from './chrome.js';
import { ParseFailure } from '../errors.js';
import {
  type FieldValues,
  isBareDisclaimerLabel,
  isDisclaimerLine,
  isUnlabelledDisclaimer,
  readLeadingFieldLine,
} from './labels.js';
import { cleanField, cleanText, normalizeDate, parseViews, toAsciiForms } from './normalize.js';
import { windowFields } from './window.js';

/** A page as found on the page, before normalisation. */
export interface PageParts {
  title: string | null;
  site: string | null;
  category: string | null;
  fields: FieldValues;
  paragraphs: string[];
  disclaimer: string | null;
}

/** Fills the fields of `values` that `into` does not have yet: the first value found wins. */
export function mergeFields(into: FieldValues, values: FieldValues): void {
  for (const [field, value] of Object.entries(values) as [keyof FieldValues, string | null][]) {
    if (into[field] === undefined || (into[field] === null && value !== null)) into[field] = value;
  }
}

/** Past this length a line is a paragraph, so the header (title, meta) is over. */
export const HEADER_LINE_MAX = 100;

/**
 * Whether a meta line read after others belongs to the header: header lines are short, and a
 * label repeating a field already known ("记者:…" opening an interview) starts the body.
 */
export function extendsHeader(line: string, meta: FieldValues, known: FieldValues): boolean {
  return line.length <= HEADER_LINE_MAX && !Object.keys(meta).some((field) => field in known);
}

/** Footers are short lines; a footer only starts after the last line longer than this. */
const FOOTER_LINE_MAX = 150;
/** "责任编辑:张三" closing a body is a field; a longer line starting with a label is text. */
const TRAILER_FIELD_MAX = 60;

export interface ArticleLines {
  paragraphs: string[];
  /** A labelled disclaimer, else a line about rights holders naming a window, found after the body. */
  disclaimer: string | null;
}

/**
 * Reads trimmed lines from the start of the body: paragraphs until 原文链接, the disclaimer, the
 * previous/next links or the footer; after that only fields and the disclaimer. Toolbars and a
 * closing "(责任编辑:张三)" are never body. Fields found go into `fields`.
 */
export function readArticleLines(lines: string[], fields: FieldValues): ArticleLines {
  const paragraphs: string[] = [];
  let disclaimer: string | null = null;
  let unlabelledDisclaimer: string | null = null;
  const labelled = lines.map(readLeadingFieldLine);
  const disclaims = lines.map(isDisclaimerLine);
  // Footer and end-of-article navigation are guessed only after the last long line and, when
  // 原文链接 or a disclaimer marks the end of the article, only after that mark.
  let guessFrom = lines.findIndex((_, i) => disclaims[i] || labelled[i]?.first === 'original_url');
  for (let i = lines.length - 1; i >= 0 && guessFrom < 0; i--) {
    if (lines[i].length > FOOTER_LINE_MAX && !disclaims[i]) guessFrom = i + 1;
  }

  let bodyOver = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fieldLine = labelled[i];
    if (line === '') continue;
    if (disclaims[i]) {
      if (disclaimer === null) {
        const next = isBareDisclaimerLabel(line) ? lines.slice(i + 1).find((l) => l !== '') : undefined;
        disclaimer = next === undefined ? line : `${line}\n${next}`;
      }
      bodyOver = true;
      continue;
    }
    if (fieldLine?.first === 'original_url') {
      mergeFields(fields, fieldLine.fields);
      bodyOver = true;
      continue;
    }
    if (!bodyOver && i >= guessFrom && (isArticleEndLine(line) || isFooterLine(line))) bodyOver = true;
    if (bodyOver) {
      if (fieldLine) mergeFields(fields, fieldLine.fields);
      else if (unlabelledDisclaimer === null && isUnlabelledDisclaimer(line)) unlabelledDisclaimer = line;
      continue;
    }
    if (isNavigationLine(line)) continue;
    if (fieldLine?.first === 'editor' && line.length <= TRAILER_FIELD_MAX) {
      mergeFields(fields, fieldLine.fields);
      continue;
    }
    paragraphs.push(line);
  }
  return { paragraphs, disclaimer: disclaimer ?? unlabelledDisclaimer };
}

/** Normalises every field; throws ParseFailure when the page has no title or no body. */
export function assemblePage(parts: PageParts): ParsedPage {
  const title = cleanField(parts.title);
  if (title === null) throw new ParseFailure('no title');
  // Paragraphs come trimmed and non-empty; one pass over the joined text normalises them all.
  const body = cleanText(parts.paragraphs.join('\n'));
  if (body === '') throw new ParseFailure('no body (the page holds no article text)');
  const disclaimer = cleanField(parts.disclaimer);
  const { fields } = parts;
  return {
    title,
    site: cleanField(parts.site),
    category: cleanField(parts.category),
    published: normalizeDate(fields.published ?? null),
    source: cleanField(fields.source),
    author: cleanField(fields.author),
    editor: cleanField(fields.editor),
    views: parseViews(fields.views ?? null),
    // An address is an identifier, not text: "ｈｔｔｐ：／／…" is the same link, and only works folded.
    original_url: cleanField(fields.original_url && toAsciiForms(fields.original_url)),
    // A text page does not say its own address: the import gives it (parse.ts, addresses.ts).
    site_url: null,
    body,
    disclaimer,
    ...windowFields(disclaimer),
  };
}
