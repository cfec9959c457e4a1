/**
 * What a page says about itself outside its visible text: JSON-LD, OpenGraph and article:* meta,
 * <meta name=…> (including the Chinese government CMS's ArticleTitle/PubDate/ContentSource), and
 * <time datetime>. Values keep the page's characters, whitespace normalised.
 */
import { type DomDocument, type DomElement, findElements, isInvisible, rawText } from './dom.js';
import { normaliseLine } from './text.js';

export interface PageMetadata {
  /** JSON-LD NewsArticle (or Article, BlogPosting, …) fields. */
  ld: { headline: string | null; published: string | null; authors: string[]; publisher: string | null };
  /** <meta> content by lower-cased name/property/itemprop; the first non-empty one wins. */
  meta: Map<string, string>;
  /** The <title> element's text. */
  titleTag: string | null;
  /** datetime of the first <time> (or itemprop=datePublished) in the page body. */
  timeElement: string | null;
  /** A WeChat article's publication time (its `var ct = "<unix seconds>"`), Beijing time. */
  wechatTime: string | null;
}

// The one value taken from a script: digits, never text. WeChat leaves its date element empty for
// a script to fill in from this number.
const WECHAT_CT = /\bvar\s+ct\s*=\s*["'](\d{9,10})["']/;
const BEIJING_OFFSET_SECONDS = 8 * 3600;

function wechatTime(scripts: DomElement[]): string | null {
  for (const script of scripts) {
    const m = WECHAT_CT.exec(rawText(script));
    if (m) return new Date((Number(m[1]) + BEIJING_OFFSET_SECONDS) * 1000).toISOString().slice(0, 19);
  }
  return null;
}

const ARTICLE_TYPES = new RegExp(
  '^(?:(?:News|Reportage|Analysis|Opinion|Report|Scholarly|Tech|Satirical|Advertiser)?' +
    'Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting)$',
);

type Json = unknown;

const asString = (v: Json): string | null =>
  typeof v === 'string' && normaliseLine(v) !== '' ? normaliseLine(v) : null;

function nameOf(v: Json): string | null {
  if (typeof v === 'string') return asString(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return asString((v as Record<string, Json>).name);
  return null;
}

function namesOf(v: Json): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.map(nameOf).filter((n): n is string => n !== null);
}

/** Every object in a JSON-LD value, @graph and arrays flattened, without recursion. */
function ldObjects(root: Json): Record<string, Json>[] {
  const found: Record<string, Json>[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0 && found.length < 200) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      const obj = v as Record<string, Json>;
      found.push(obj);
      if (obj['@graph']) stack.push(obj['@graph']);
    }
  }
  return found;
}

function isArticle(obj: Record<string, Json>): boolean {
  const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

function readJsonLd(scripts: DomElement[]): PageMetadata['ld'] {
  for (const script of scripts) {
    let parsed: Json;
    try {
      parsed = JSON.parse(rawText(script));
    } catch {
      continue; // a broken block says nothing; the page's other metadata still counts
    }
    const article = ldObjects(parsed).find(isArticle);
    if (!article) continue;
    return {
      headline: asString(article.headline) ?? asString(article.name),
      published: asString(article.datePublished) ?? asString(article.dateCreated),
      authors: namesOf(article.author),
      publisher: nameOf(article.publisher),
    };
  }
  return { headline: null, published: null, authors: [], publisher: null };
}

export function readMetadata(doc: DomDocument, body: DomElement): PageMetadata {
  const meta = new Map<string, string>();
  const ldScripts: DomElement[] = [];
  const scripts: DomElement[] = [];
  let titleTag: string | null = null;
  for (const el of findElements(doc, (e) => e.name === 'meta' || e.name === 'script' || e.name === 'title')) {
    if (el.name === 'script') {
      if ((el.attribs.type ?? '').trim().toLowerCase() === 'application/ld+json') ldScripts.push(el);
      else scripts.push(el);
    } else if (el.name === 'title') {
      titleTag ??= normaliseLine(rawText(el)) || null;
    } else {
      const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').trim().toLowerCase();
      const content = normaliseLine(el.attribs.content ?? '');
      if (key !== '' && content !== '' && !meta.has(key)) meta.set(key, content);
    }
  }
  const time = findElements(
    doc,
    (e) => (e.name === 'time' || e.attribs.itemprop === 'datePublished') && !isInvisible(e),
  ).find((e) => body === e || isInside(e, body));
  const timeValue = time ? normaliseLine(time.attribs.datetime ?? time.attribs.content ?? '') : '';
  return {
    ld: readJsonLd(ldScripts),
    meta,
    titleTag,
    timeElement: timeValue === '' ? null : timeValue,
    wechatTime: wechatTime(scripts),
  };
}

function isInside(el: DomElement, container: DomElement): boolean {
  for (let node = el.parent; node; node = node.parent) if (node === container) return true;
  return false;
}

/** The first meta value among `keys`, in that order of trust. */
export function metaValue(meta: Map<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value !== undefined) return value;
  }
  return null;
}
