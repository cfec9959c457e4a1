/** Small archives of invented articles for the takedown request tests. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll } from 'vitest';
import { insertArticle } from '../../src/db/articles.js';
import { appendAudit } from '../../src/db/audit.js';
import { indexArticle } from '../../src/db/search-index.js';
import { articleTokens } from '../../src/search/article-tokens.js';
import { openArchive, type Db } from '../../src/db/connection.js';
import type { MemoryIO } from '../../src/output/memory-io.js';
import type { Prompter } from '../../src/output/prompts.js';
import type { OutputMode } from '../../src/output/render.js';
import type { Deps } from '../../src/commands/shared/env.js';
import { archiveScope, type ArchiveScope } from '../../src/db/scope.js';
import type { ParsedPage } from '../../src/types.js';

export const TZ = 'Asia/Shanghai';

const tempFolders: string[] = [];
// Registered on the suite of whichever test file imports these fixtures.
afterAll(() => { for (const folder of tempFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true }); });

/** A fresh temp folder, removed after the importing test file has run. */
function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-takedown-'));
  tempFolders.push(folder);
  return folder;
}

/** An archive in a fresh temp folder, or in `file`, in the Shanghai zone. */
export async function newArchive(file = path.join(tempFolder(), 'archive.db')): Promise<Db> {
  return openArchive(file, { initialSettings: () => ({ timezone: TZ }) });
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

let sequence = 0;

/** Stores and indexes an article as the import pipeline would: raw bytes kept Brotli-compressed, an `article.imported` audit entry. */
export function addArticle(db: Db, page: Partial<ParsedPage> & { title: string }): number {
  sequence += 1;
  const full: ParsedPage = {
    site: '晴川新闻网', category: '地方资讯', published: '2026-01-10', source: '晴川县融媒体中心', author: null, editor: null,
    views: null, original_url: `http://news.qingchuan.example/a/${sequence}.html`, body: `正文第${sequence}篇。`,
    disclaimer: null, window_days: null, ...page,
  };
  const raw = Buffer.from(`${full.title}\n${full.body}\n`, 'utf8');
  const at = '2026-01-20T02:00:00.000Z';
  const provenance = {
    path: `/saved/${sequence}.txt`, line: null, sha256: sha256(raw), encoding: 'utf-8', format: 'txt',
    importedAt: at, rawSize: raw.length, raw: brotliCompressSync(raw),
  };
  const id = insertArticle(db, full, sha256(full.body), provenance);
  indexArticle(db, id, articleTokens(full));
  appendAudit(db, { at, actor: 'importer' }, 'article.imported', `article:${id}`, { path: provenance.path, sha256: provenance.sha256, line: null });
  return id;
}

/** The clock at `now` (an ISO instant), in the Shanghai zone, acting as "tester". */
export function scopeAt(db: Db, now: string): ArchiveScope {
  return archiveScope(db, { tz: TZ, now: new Date(now), actor: 'tester' });
}

export interface ScriptedPrompter extends Prompter {
  /** Every question asked, in order. */
  asked: string[];
}

/**
 * A Prompter that gives the scripted answers in order and fails on an unexpected question. An
 * empty input answer takes the question's default; answers go through the question's validation.
 */
export function scriptedPrompter(answers: unknown[]): ScriptedPrompter {
  const queue = [...answers];
  const asked: string[] = [];
  const next = (message: string): unknown => {
    asked.push(message);
    if (queue.length === 0) throw new Error(`unexpected question: ${message}`);
    return queue.shift();
  };
  return {
    asked,
    async input(message, opts = {}) {
      const typed = next(message) as string;
      const answer = typed === '' && opts.default !== undefined ? opts.default : typed;
      const verdict = opts.validate?.(answer) ?? true;
      if (verdict !== true) throw new Error(`answer "${answer}" to "${message}" refused: ${verdict}`);
      return answer;
    },
    async select(message, choices) {
      const answer = next(message);
      if (!choices.some((c) => c.value === answer)) throw new Error(`"${String(answer)}" is not a choice of "${message}"`);
      return answer as never;
    },
    async confirm(message) {
      return next(message) as boolean;
    },
  };
}

export function depsFor(scope: ArchiveScope, io: MemoryIO, prompter: Prompter = scriptedPrompter([]), mode?: OutputMode): Deps {
  return { io, scope, prompter, mode: mode ?? (io.stdoutIsTTY ? 'table' : 'tsv') };
}
