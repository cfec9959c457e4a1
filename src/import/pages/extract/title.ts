/**
 * The title: the headline element that best matches what the page calls itself (<title>,
 * og:title, JSON-LD headline, ArticleTitle), near the body; else that name without its site suffix.
 * Never script code, a URL or a bare site name.
 */
import { isFooterLine, isNavigationLine, readBreadcrumb } from '../chrome.js';
import { isDisclaimerLine, readMetaLine } from '../labels.js';
import { normalizeDate } from '../normalize.js';
import { linkDensity } from './body.js';
import { ancestors, classWords, type DomElement, isElement, type Line } from './dom.js';
import { foldForMatch, looksLikeCode, startsWithUrl } from './text.js';

// A hyphen separates only with spaces round it or a Chinese site name after it ("COVID-19" stays whole).
const TITLE_SEPARATOR = /\s*(?:_{1,2}|\||｜|–|—)\s*|\s+-{1,2}\s+|-{1,2}(?=[\u4e00-\u9fa5])/;
const HEADLINE_WORD = /title|headline|biaoti|^bt$|^tit$|heading|^topic$/;
const EMPHASIS = new Set(['b', 'strong', 'font', 'big']);
const HEADING_BONUS: Record<string, number> = { h1: 3, h2: 2, h3: 1, h4: 1, h5: 0.5, h6: 0.5 };
const TITLE_MIN = 4;
const TITLE_MAX = 150;
/** How many lines above the body a headline is looked for. */
const HEADLINE_REACH = 30;
const ACCEPTED_SCORE = 2.5;

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) grams.set(text.slice(i, i + 2), (grams.get(text.slice(i, i + 2)) ?? 0) + 1);
  return grams;
}

/** How well a headline matches a name the page gives itself, 0 to 1. */
export function similarity(candidate: string, reference: string): number {
  return foldedSimilarity(foldForMatch(candidate), foldForMatch(reference));
}

/** similarity() of two texts already folded (chooseTitle folds each name once, not once per line). */
function foldedSimilarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  if (b.includes(a) && a.length >= TITLE_MIN) return 0.6 + 0.4 * (a.length / b.length);
  const [ga, gb] = [bigrams(a), bigrams(b)];
  let common = 0;
  for (const [gram, count] of ga) common += Math.min(count, gb.get(gram) ?? 0);
  return (2 * common) / Math.max(1, a.length - 1 + b.length - 1);
}

/** The <title> (or og:title) without the site's name after it. */
export function withoutSiteSuffix(name: string): string {
  return name.split(TITLE_SEPARATOR).find((part) => part.trim() !== '') ?? name;
}

const SOFTWARE_CREDIT = /^powered by\b/i;
const BARE_SITE_MAX = 20;

/**
 * The site named in <title>: after the article title ("标题_凤凰网资讯_凤凰网" → "凤凰网", a
 * "Powered by" credit skipped), or the whole <title> when it is a short name and no headline.
 */
export function siteFromTitleTag(titleTag: string | null, title: string): string | null {
  if (titleTag === null) return null;
  if (!titleTag.startsWith(title)) {
    const bare = titleTag.trim();
    const isName = bare.length <= BARE_SITE_MAX && !TITLE_SEPARATOR.test(bare) && similarity(title, bare) < 0.5;
    return isName && usableName(bare, null) ? bare : null;
  }
  const parts = titleTag
    .slice(title.length)
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !SOFTWARE_CREDIT.test(p));
  return parts.length > 0 ? parts[parts.length - 1] : null;
}

const TAG_PREFIX = /^[\s\u3000]*[[【(（][^\]】)）]{1,10}[\]】)）][\s\u3000]*/;

/** A forum headline "[原创] 标题" is the title the page names itself without its tag. */
function withoutTag(headline: string, names: string[]): string {
  const tag = TAG_PREFIX.exec(headline);
  if (!tag) return headline;
  const rest = headline.slice(tag[0].length);
  // Only when the page names itself without the tag: a tag the <title> repeats belongs to the title.
  const pageNamesRest = (name: string) =>
    similarity(rest, withoutSiteSuffix(name)) > Math.max(0.9, similarity(headline, withoutSiteSuffix(name)));
  return names.some(pageNamesRest) ? rest : headline;
}

// A date line under the headline is numeric ("2024-05-13", "2024/5/13") or carries a time ("… 08:49");
// "2024年6月27日" alone may well be an article's title (a day's notice, a chronicle).
const NUMERIC_DATE = /\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}/;
const TIME_OF_DAY = /\d{1,2}\s*[:：]\s*\d{2}/;
const isTimestamp = (name: string) =>
  normalizeDate(name) !== null && (NUMERIC_DATE.test(name) || TIME_OF_DAY.test(name));

/** A name the page gives itself that could be a title: not code, not a URL, not a timestamp. */
export function usableName(name: string | null, site: string | null): name is string {
  return (
    name !== null &&
    name.length >= 2 &&
    !looksLikeCode(name) &&
    !startsWithUrl(name) &&
    !isTimestamp(name) &&
    (site === null || foldForMatch(name) !== foldForMatch(site))
  );
}

function headingBonus(line: Line): number {
  const near = [line.holder, ...ancestors(line.holder)].slice(0, 3);
  let bonus = 0;
  for (const el of near) bonus = Math.max(bonus, HEADING_BONUS[el.name] ?? 0);
  if (near.some((el) => classWords(el).some((w) => HEADLINE_WORD.test(w)))) bonus += 2;
  if (wholeLineEmphasised(line)) bonus += 1;
  return Math.min(bonus, 4);
}

/** "<td><font size=4><b>标题</b></font></td>": the line is one emphasised element. */
function wholeLineEmphasised(line: Line): boolean {
  const elements = line.holder.children.filter((c) => isElement(c as never)) as DomElement[];
  return elements.length >= 1 && elements.every((el) => EMPHASIS.has(el.name));
}

const insideLogo = (line: Line) =>
  [line.holder, ...ancestors(line.holder)].some((el) => classWords(el).includes('logo'));

function isCandidate(line: Line, site: string | null, inChrome: Map<DomElement, boolean>): boolean {
  const text = line.text;
  if (text.length < TITLE_MIN || text.length > TITLE_MAX || inChrome.get(line.holder) === true) return false;
  if (!usableName(text, site) || insideLogo(line)) return false;
  if (readMetaLine(line.spaced) !== null || readBreadcrumb(text) !== null || isNavigationLine(text)) return false;
  if (isFooterLine(text) || isDisclaimerLine(text)) return false;
  return linkDensity(line) <= 0.5 || headingBonus(line) >= 2;
}

export interface TitleChoice {
  title: string;
  /** The headline's line, or null when the title came from <title> or metadata. */
  line: Line | null;
}

/**
 * The headline among the lines above the first paragraph (`firstParagraph`, a line index):
 * scored by likeness to the page's own names, heading tags and classes, and nearness to the body.
 */
export function chooseTitle(
  lines: Line[],
  firstParagraph: number,
  references: string[],
  site: string | null,
  inChrome: Map<DomElement, boolean>,
): TitleChoice | null {
  const names = references.filter((r) => usableName(r, site));
  const foldedNames = names.map(foldForMatch);
  let best: Line | null = null;
  let bestScore = ACCEPTED_SCORE;
  for (let i = Math.max(0, firstParagraph - HEADLINE_REACH); i < firstParagraph; i++) {
    const line = lines[i];
    if (!isCandidate(line, site, inChrome)) continue;
    const folded = foldForMatch(line.text);
    const likeness = Math.max(0, ...foldedNames.map((n) => foldedSimilarity(folded, n)));
    const distance = firstParagraph - i;
    const next = lines[i + 1];
    const aboveMeta = next !== undefined && readMetaLine(next.spaced) !== null ? 1.5 : 0;
    // A long line with a full stop is a paragraph, not a headline.
    const prose = line.text.length > 60 && line.punctuation > 2 ? 3 : 0;
    const score = 4 * likeness + headingBonus(line) + aboveMeta + 2 / (1 + distance / 2) - prose;
    if (score > bestScore) [best, bestScore] = [line, score];
  }
  if (best) return { title: withoutTag(best.text, names), line: best };
  const fallback = names.map(withoutSiteSuffix).find((n) => usableName(n, site));
  return fallback ? { title: fallback, line: null } : null;
}
