/**
 * The one way tests make archives: always through the real migrations (and openArchive for a file),
 * never from a copy of the schema, with articles stored and indexed as the import pipeline stores them.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { afterAll } from 'vitest';
import { insertArticle, type ArticleView } from '../../src/db/articles.js';
import { appendAudit } from '../../src/db/audit.js';
import { openArchive, type Db } from '../../src/db/connection.js';
import { useArchiveCalendar } from '../../src/db/holidays.js';
import { migrate } from '../../src/db/migrations/index.js';
import { indexArticle } from '../../src/db/search-index.js';
import { purgeArticleText, setArticleStatus } from '../../src/db/takedowns.js';
import { articleTokens } from '../../src/search/article-tokens.js';
import type { ArticleStatus, ParsedPage } from '../../src/types.js';

/** The zone of every test archive. */
export const TZ = 'Asia/Shanghai';

/** How the tests read articles: the Shanghai zone, the default 30-day window, "today" 2026-11-26. */
export const VIEW: ArticleView = { tz: TZ, defaultWindowDays: 30, today: '2026-11-26' };

/** An archive in memory, made by the migrations as a first run makes one. */
export function memoryArchive(): Db {
  const db = new Database(':memory:');
  migrate(db, { timezone: TZ });
  useArchiveCalendar(db);
  return db;
}

const tempFolders: string[] = [];
// Registered on the suite of whichever test file imports this helper.
afterAll(() => {
  for (const folder of tempFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** An archive file opened by openArchive: in a fresh temp folder (removed after the test file), or at `file`. */
export async function newArchive(file?: string): Promise<Db> {
  if (file === undefined) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-test-archive-'));
    tempFolders.push(folder);
    file = path.join(folder, 'archive.db');
  }
  return openArchive(file, { create: true, initialSettings: () => ({ timezone: TZ }) });
}

/** Where an added article came from, and what became of it (taken down by the product's own functions). */
export interface AddOptions {
  status?: ArticleStatus;
  path?: string;
  line?: number | null;
  encoding?: string | null;
  /** The UTC instant of the import, e.g. 2026-01-20T02:00:00.000Z. */
  importedAt?: string;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

let sequence = 0;

/**
 * Stores and indexes an invented article as the import pipeline would (raw bytes kept Brotli-compressed,
 * an `article.imported` audit entry); fields not given get defaults, the URL and body numbered to stay apart.
 */
export function addArticle(db: Db, page: Partial<ParsedPage> & { title: string }, options: AddOptions = {}): number {
  sequence += 1;
  const full: ParsedPage = {
    site: '晴川新闻网',
    category: '地方资讯',
    published: '2026-01-10',
    source: '晴川县融媒体中心',
    author: null,
    editor: null,
    views: null,
    original_url: `http://news.qingchuan.example/a/${sequence}.html`,
    site_url: null,
    body: `正文第${sequence}篇。`,
    disclaimer: null,
    window_days: null,
    ...page,
    window_unit: page.window_unit ?? (page.window_days == null ? null : 'days'),
  };
  const raw = Buffer.from(`${full.title}\n${full.body}\n`, 'utf8');
  const importedAt = options.importedAt ?? '2026-01-20T02:00:00.000Z';
  const provenance = {
    path: options.path ?? `/saved/${sequence}.txt`,
    line: options.line ?? null,
    sha256: sha256(raw),
    encoding: options.encoding === undefined ? 'utf-8' : options.encoding,
    format: 'txt',
    importedAt,
    rawSize: raw.length,
    raw: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } }),
  };
  const id = insertArticle(db, full, sha256(full.body), provenance);
  indexArticle(db, id, articleTokens(full));
  appendAudit(db, { at: importedAt, actor: 'importer' }, 'article.imported', `article:${id}`, {
    path: provenance.path,
    sha256: provenance.sha256,
    line: provenance.line,
  });
  if (options.status === 'removed') setArticleStatus(db, id, 'active', 'removed');
  if (options.status === 'purged') purgeArticleText(db, id);
  return id;
}
