/**
 * Re-extraction: the current parsers run again over the raw bytes an article was imported from, and
 * the article takes the fields they find now (an archive imported by an older arca, with folded
 * punctuation or a weaker HTML parser, is brought up to date). Ids, statuses, provenance and takedown
 * history stay; purged articles have no raw bytes and are never touched.
 */
import { brotliDecompressSync } from 'node:zlib';
import { appendAudit, type AuditContext } from '../db/audit.js';
import { getArticle, rawSource, replaceExtractedFields, type ArticleView, type RawSource } from '../db/articles.js';
import type { Db } from '../db/connection.js';
import { indexArticle, unindexArticle } from '../db/search-index.js';
import { articleTokens } from '../search/article-tokens.js';
import type { Article, ParsedPage } from '../types.js';
import { InputError } from './errors.js';
import type { InputFormat } from './formats.js';
import { type ParseResult, parseItem } from './pages/parse.js';
import { normalisedBodyHash } from './pages/prepare.js';
import { inWriteTransaction } from '../db/transaction.js';
import { PARSED_FIELDS, type ParsedFieldName } from '../article-fields.js';

/** The stored fields an extraction yields, in the order of the article shape. */
const EXTRACTED_FIELDS = PARSED_FIELDS;
type ExtractedField = ParsedFieldName;

export interface ReextractedArticle {
  id: number;
  /** Each field whose value the new extraction changes: [stored, new]. */
  changed: Partial<Record<ExtractedField, [unknown, unknown]>>;
}

export interface ReextractFailure {
  id: number;
  error: string;
}

export interface ReextractResult {
  /** How many articles were read again. */
  checked: number;
  changed: ReextractedArticle[];
  /** Articles whose bytes no longer give an article (kept as they were). */
  failed: ReextractFailure[];
}

export interface ReextractOptions {
  view: ArticleView;
  audit: AuditContext;
  dryRun: boolean;
  /** The operator's site (`config set site-url`), as import uses it. */
  siteUrl?: string;
}

/** Parses one raw source as it was imported; the last file parsed is kept, since records of one file come in a row. */
function sourceParser(siteUrl: string | undefined): (source: RawSource) => ParseResult {
  let last: { sha256: string; result: ParseResult } | null = null;
  return (source) => {
    if (last?.sha256 !== source.sha256) {
      const bytes = brotliDecompressSync(source.raw!);
      // The encoding it was read with: detection has nothing new to say about the same bytes.
      const result = parseItem(bytes, {
        path: source.path,
        format: source.format as InputFormat,
        encoding: source.encoding ?? undefined,
        siteUrl,
      });
      last = { sha256: source.sha256, result };
    }
    return last.result;
  };
}

/** The page the source's bytes give now, or why there is none. */
function extract(source: RawSource | undefined, parse: (source: RawSource) => ParseResult): ParsedPage | string {
  if (!source?.raw || source.raw.length === 0) return 'its raw bytes are no longer in the archive';
  let items;
  try {
    items = parse(source).items;
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
  // A record of a JSON or NDJSON file is the one on its line.
  const item = items.length === 1 ? items[0] : items.find((i) => i.line === source.line);
  if (!item) return `no record at line ${source.line} any more`;
  return item.page ?? item.error ?? 'no article';
}

function changedFields(stored: Article, page: ParsedPage): ReextractedArticle['changed'] {
  const changed: ReextractedArticle['changed'] = {};
  for (const field of EXTRACTED_FIELDS) {
    if (stored[field] !== page[field]) changed[field] = [stored[field], page[field]];
  }
  return changed;
}

/**
 * Re-extracts the given articles in one transaction (or, with dryRun, only reports what would change).
 * Each changed article leaves the search index under its old text, takes the new fields, and is indexed
 * again; the log gets an article.updated entry per changed article and one articles.reextracted for the run.
 */
export function reextractArticles(db: Db, ids: Iterable<number>, options: ReextractOptions): ReextractResult {
  const result: ReextractResult = { checked: 0, changed: [], failed: [] };
  const parse = sourceParser(options.siteUrl);
  const run = () => {
    for (const id of ids) {
      const stored = getArticle(db, id, options.view);
      if (!stored || stored.status === 'purged') continue;
      result.checked++;
      const extracted = extract(rawSource(db, id), parse);
      if (typeof extracted === 'string') {
        result.failed.push({ id, error: extracted });
        continue;
      }
      // The address --base-url gave a mirror's page is not in its bytes: it stays.
      const page = { ...extracted, site_url: extracted.site_url ?? stored.site_url };
      const changed = changedFields(stored, page);
      if (Object.keys(changed).length === 0) continue;
      result.changed.push({ id, changed });
      if (options.dryRun) continue;
      // FTS5 deletes by the indexed tokens: out of the index while the stored text is still the old one.
      unindexArticle(db, id);
      replaceExtractedFields(db, id, page, normalisedBodyHash(page.body));
      indexArticle(db, id, articleTokens(page));
      const details = { reextracted: true, fields: Object.keys(changed) };
      appendAudit(db, options.audit, 'article.updated', `article:${id}`, details);
    }
    if (!options.dryRun && result.checked > 0) {
      appendAudit(db, options.audit, 'articles.reextracted', 'archive', {
        ids: result.changed.map((a) => a.id),
        checked: result.checked,
        changed: result.changed.length,
        failed: result.failed.length,
      });
    }
  };
  if (options.dryRun) run();
  else inWriteTransaction(db, run);
  return result;
}
