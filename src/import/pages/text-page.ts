/**
 * Pages saved as text, in the layout of a reposting site's page: chrome (welcome line, site name,
 * navigation), breadcrumb, title, meta line(s), body paragraphs, 原文链接, disclaimer, footer.
 */
import type { ParsedPage } from '../../types.js';
import { isNavigationLine, readBreadcrumb, siteFromWelcome } from './chrome.js';
import { type FieldValues, isDisclaimerLine, readLeadingFieldLine, readMetaLine } from './labels.js';
import { assemblePage, extendsHeader, HEADER_LINE_MAX, mergeFields, readArticleLines } from './page.js';
const SITE_NAME_MAX = 30;

interface Header {
  site: string | null;
  category: string | null;
  title: string | null;
  fields: FieldValues;
  bodyStart: number;
}

/**
 * The title is the line above the meta line (or, without one, the first line after the
 * breadcrumb and chrome); the lines above it are chrome, the body starts below the meta.
 */
function readHeader(lines: string[]): Header {
  const header: Header = { site: null, category: null, title: null, fields: {}, bodyStart: lines.length };
  let breadcrumbAt = -1;
  let metaStart = -1;
  let metaEnd = -1;
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const meta = readMetaLine(line);
    if (meta && (metaStart < 0 || extendsHeader(line, meta, header.fields))) {
      if (metaStart < 0) metaStart = i;
      mergeFields(header.fields, meta);
      metaEnd = i;
      continue;
    }
    if (metaStart >= 0) break;
    if (line.length > HEADER_LINE_MAX || isDisclaimerLine(line) || readLeadingFieldLine(line)?.first === 'original_url')
      break;
    const welcome = siteFromWelcome(line);
    if (welcome !== null) {
      header.site ??= welcome;
      continue;
    }
    const breadcrumb = readBreadcrumb(line);
    if (breadcrumb) {
      header.category ??= breadcrumb.category;
      breadcrumbAt = i;
      continue;
    }
    if (isNavigationLine(line) || line === header.site) continue;
    candidates.push(i);
  }

  const titleAt =
    metaStart >= 0 ? candidates.filter((i) => i < metaStart).pop() : candidates.find((i) => i > breadcrumbAt);
  header.bodyStart = metaStart >= 0 ? metaEnd + 1 : titleAt === undefined ? 0 : titleAt + 1;
  if (titleAt !== undefined) {
    header.title = lines[titleAt];
    // Without a welcome line, the site is the short line naming it above the title ("政策法规网").
    const siteLine = candidates.find((i) => i < titleAt && lines[i].length <= SITE_NAME_MAX);
    header.site ??= siteLine === undefined ? null : lines[siteLine];
  }
  return header;
}

/** Parses a text page; throws ParseFailure when it holds no title or no body. */
export function parseTextPage(text: string): ParsedPage {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
  const header = readHeader(lines);
  const { paragraphs, disclaimer } = readArticleLines(lines.slice(header.bodyStart), header.fields);
  return assemblePage({
    title: header.title,
    site: header.site,
    category: header.category,
    fields: header.fields,
    paragraphs,
    disclaimer,
  });
}
