/**
 * The HTML extraction engine: a saved news page in, its article out with every field as the page
 * writes it. Fields are taken in order of trust: JSON-LD, OpenGraph and article:* meta, <meta
 * name=…> (and the government CMS's ArticleTitle/PubDate/ContentSource), <time datetime>, the
 * meta line and bylines near the headline, the lines closing the article, and last the URL.
 */
import { readBreadcrumb, siteFromWelcome } from '../chrome.js';
import { ParseFailure } from '../../errors.js';
import { readFieldLine } from '../labels.js';
import { normalizeDate, parseViews } from '../normalize.js';
import type { ParsedPage } from '../../../types.js';
import { windowFields } from '../window.js';
import { emptyFindings, readAfterBody, readArticle, readHeaderLine } from './article.js';
import { chromeMap, containerLines, findBodyContainer, isLabelledLine } from './body.js';
import { classWords, type DomElement, findElements, type Line, parsePage, readLines } from './dom.js';
import { metaValue, type PageMetadata, readMetadata } from './metadata.js';
import { cleanAuthor, cleanName, datelineReporter } from './names.js';
import { findDisclaimer, findOriginalUrl } from './notices.js';
import { foldForMatch, normaliseLine, visibleLength } from './text.js';
import { chooseTitle, siteFromTitleTag, usableName } from './title.js';
import { dateFromUrl } from './url-date.js';
import { pageWarnings } from '../warnings.js';

export interface ExtractedPage extends ParsedPage {
  /** What the reader should know: no date found, title from <title>, a short body. */
  warnings: string[];
}

export interface ExtractOptions {
  /** The page's address, for a date in the URL when the page shows none. */
  url?: string;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'pubdate',
  'publishdate',
  'publish_date',
  'publish-date',
  'publication_date',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'weibo: article:create_at',
  'date',
];
/** Lines of the header looked at when no headline marks where it starts. */
const HEADER_REACH = 6;
/** A paragraph: prose of this many characters with punctuation. */
const PARAGRAPH_MIN = 20;
// Below this many visible characters a body is more likely a caption or a stub than the article.
const SHORT_BODY = 50;

const first = <T>(values: (T | null | undefined)[]): T | null =>
  values.find((v) => v !== null && v !== undefined) ?? null;

const HEADINGS = new Set(['h1', 'h2', 'h3']);

/** The first line of the container that reads as a paragraph (the header is above it). */
function firstParagraphIndex(lines: Line[], fallback: number): number {
  const paragraph = lines.find(
    (l) =>
      l.chars - l.linkChars >= PARAGRAPH_MIN && l.punctuation > 0 && !isLabelledLine(l) && !HEADINGS.has(l.holder.name),
  );
  // A page of short lines only: the body starts after its headings (the headline among them).
  return paragraph?.index ?? lines.find((l) => !HEADINGS.has(l.holder.name))?.index ?? lines[0]?.index ?? fallback;
}

const LOGO_FILE = /logo[^/]*$/i;

/** The alt text of the site's logo: an image in a "logo" element, or one whose file is named logo. */
function logoSite(elements: DomElement[]): string | null {
  for (const el of elements) {
    const logoImage = el.name === 'img' && LOGO_FILE.test(el.attribs.src ?? '');
    if (!logoImage && !classWords(el).includes('logo')) continue;
    const img = el.name === 'img' ? el : findElements({ children: [el] } as never, (e) => e.name === 'img')[0];
    const alt = normaliseLine(img?.attribs.alt ?? '');
    if (alt !== '') return alt;
  }
  return null;
}

function pageUrl(options: ExtractOptions, meta: PageMetadata, canonical: string | null): string | null {
  return options.url ?? metaValue(meta.meta, 'og:url', 'url') ?? canonical;
}

/** Parses a saved HTML page; throws ParseFailure when it holds no title or no body. */
export function extractHtmlPage(html: string, options: ExtractOptions = {}): ExtractedPage {
  const { doc, body } = parsePage(html);
  const page = readLines(body);
  const inChrome = chromeMap(page);
  const metadata = readMetadata(doc, body);
  const { meta, ld } = metadata;
  const warnings: string[] = [];

  const container = findBodyContainer(page, inChrome);
  const inContainer = container ? containerLines(page, container, inChrome) : [];
  const firstParagraph = firstParagraphIndex(inContainer, page.lines.length);

  const declaredSite = cleanName(metaValue(meta, 'og:site_name', 'sitename', 'application-name'));
  const references = [
    ld.headline,
    metaValue(meta, 'og:title'),
    metaValue(meta, 'articletitle'),
    metaValue(meta, 'twitter:title'),
    metadata.titleTag,
  ].filter((r): r is string => r !== null);
  const chosen = chooseTitle(page.lines, firstParagraph, references, declaredSite, inChrome);
  if (chosen === null) throw new ParseFailure('no title');
  if (chosen.line === null) warnings.push(pageWarnings.titleFallback);
  const title = chosen.title;

  const found = emptyFindings();
  const headerStart =
    chosen.line && chosen.line.index < firstParagraph
      ? chosen.line.index + 1
      : Math.max(0, firstParagraph - HEADER_REACH);
  const containerSet = new Set(inContainer);
  for (const line of page.lines.slice(headerStart, firstParagraph)) {
    if (!containerSet.has(line)) readHeaderLine(line, found);
  }
  const article = readArticle(inContainer, firstParagraph, title, found);
  const lastContainerLine = inContainer[inContainer.length - 1]?.index ?? firstParagraph;
  const afterBody = [...article.after, ...page.lines.slice(lastContainerLine + 1)];
  readAfterBody(afterBody, found);
  if (article.paragraphs.length === 0) throw new ParseFailure('no body (the page holds no article text)');
  const bodyText = article.paragraphs.join('\n');

  const source = first([
    cleanName(readFieldLine(metaValue(meta, 'source') ?? '')?.fields.source ?? metaValue(meta, 'source')),
    cleanName(metaValue(meta, 'contentsource')),
    cleanName(found.labelled.source),
    ...found.hinted.source.map(cleanName),
    ...found.unlabelledSources.map(cleanName),
  ]);
  const site = first([
    declaredSite,
    ...found.hinted.site.map(cleanName),
    cleanName(siteFromTitleTag(metadata.titleTag, title)),
    cleanName(ld.publisher),
    cleanName(logoSite(page.elements)),
    cleanName(first(page.lines.map((l) => siteFromWelcome(l.text)))),
  ]);
  const notTheOrganisation = (name: string | null) =>
    name !== null && ![source, site].some((org) => org !== null && foldForMatch(org) === foldForMatch(name));
  const author =
    [
      ld.authors.length > 0 ? ld.authors.join(ld.authors.some((a) => /[\u4e00-\u9fa5]/.test(a)) ? '、' : ', ') : null,
      metaValue(meta, 'article:author'),
      metaValue(meta, 'author'),
      found.labelled.author,
      ...found.hinted.author,
      ...found.bylines,
      ...article.paragraphs.slice(0, 2).map(datelineReporter),
    ]
      .map(cleanAuthor)
      .find(notTheOrganisation) ?? null;

  const canonical = findElements(doc, (e) => e.name === 'link' && /\bcanonical\b/i.test(e.attribs.rel ?? ''))[0];
  const url = pageUrl(options, metadata, canonical ? normaliseLine(canonical.attribs.href ?? '') : null);
  const pageDate = first(
    [
      ld.published,
      ...PUBLISHED_META.map((k) => meta.get(k)),
      metadata.timeElement,
      found.labelled.published,
      ...found.dates,
      ...found.hinted.published,
      metadata.wechatTime,
    ].map((v) => normalizeDate(v ?? null)),
  );
  const urlDate = pageDate === null ? dateFromUrl(url) : null;
  if (pageDate === null) warnings.push(urlDate ? pageWarnings.dateFromUrl : pageWarnings.noDate);

  const crumbLine = page.lines
    .slice(0, firstParagraph)
    .map((l) => readBreadcrumb(l.text))
    .find((b) => b !== null);
  const disclaimer = findDisclaimer(afterBody) ?? findDisclaimer(page.lines);
  const bodyLength = visibleLength(bodyText);
  if (bodyLength < SHORT_BODY) warnings.push(pageWarnings.shortBody(bodyLength));

  return {
    title,
    site: site !== null && usableName(site, null) ? site : null,
    category: crumbLine?.category ?? null,
    published: pageDate ?? urlDate,
    source,
    author,
    editor: cleanName(found.labelled.editor),
    views: parseViews(found.labelled.views ?? null),
    original_url: findOriginalUrl(afterBody) ?? findOriginalUrl(page.lines),
    // The address the page declares for itself; whose it is (the operator's or the source's) is
    // decided with the archive's site-url (pages/addresses.ts).
    site_url: (canonical ? normaliseLine(canonical.attribs.href ?? '') : '') || metaValue(meta, 'og:url') || null,
    body: bodyText,
    disclaimer,
    ...windowFields(disclaimer),
    warnings,
  };
}
