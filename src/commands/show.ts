import type { Command } from 'commander';
import { brotliDecompressSync } from 'node:zlib';
import { getArticle, rawEvidence } from '../db/articles.js';
import { requestsForArticle } from '../db/takedowns.js';
import { formatRequestId } from '../takedown/ids.js';
import { FailureError } from '../errors.js';
import { renderRecord } from '../output/render.js';
import type { Article } from '../types.js';
import { withArchive, type Deps, type EnvSource } from './shared/env.js';
import { withExamples } from './shared/options.js';
import { resolveArticleRef } from './shared/refs.js';

/** One article with everything about it, or with --raw the bytes it was imported from. */
export async function runShow(deps: Deps, ref: string, flags: { raw?: boolean }): Promise<Article | Uint8Array> {
  const { scope, io, mode } = deps;
  const id = resolveArticleRef(scope.db, ref);
  if (flags.raw) {
    const raw = rawEvidence(scope.db, id);
    if (!raw)
      throw new FailureError(
        `article ${id} was purged: its imported bytes are gone (its sha256 remains in arca show ${id})`,
      );
    const bytes = brotliDecompressSync(raw);
    io.stdout.write(bytes);
    return bytes;
  }
  const article = getArticle(scope.db, id, scope)!;
  const requests = requestsForArticle(scope.db, id).map((r) => ({ ...r, id: formatRequestId(r.id) }));
  const history = requests.map((r) => `${r.id} ${r.status} (received ${r.received_date}, due ${r.due})`).join('; ');
  await renderRecord(
    io,
    mode,
    [
      ['id', article.id],
      ['title', article.title],
      ['site', article.site],
      ['category', article.category],
      ['published', article.published],
      ['source', article.source],
      ['author', article.author],
      ['editor', article.editor],
      ['views', article.views],
      ['original_url', article.original_url],
      ['site_url', article.site_url],
      ['status', article.status],
      ['window_days', article.window_days],
      ['window_ends', article.window_ends],
      ['imported_at', article.imported_at],
      ['provenance', article.provenance.path],
      ['sha256', article.provenance.sha256],
      ['encoding', article.provenance.encoding],
      ['takedowns', history || null],
    ],
    { ...article, takedowns: requests },
  );
  if (mode === 'table' || mode === 'tsv') {
    const body = article.status === 'purged' ? '(body purged after a takedown)' : article.body;
    io.stdout.write(`\n${body}\n`);
    if (article.disclaimer) io.stdout.write(`\n${article.disclaimer}\n`);
  }
  return article;
}

export function registerShow(program: Command, env: EnvSource): void {
  withExamples(
    program
      .command('show')
      .description('show one article: every field, the body, the disclaimer, its window and takedown history')
      .argument('<ref>', 'article id, or one of its URLs (its own or its source’s), spelt any way')
      .option('--raw', 'write the page exactly as it was imported (the evidence bytes) to stdout'),
    [
      'arca show 12',
      'arca show http://example.org/news/123.html',
      'arca show example.org/news/123.html    # no scheme, www. or tracking needed',
      'arca show 12 --json | jq .body',
      'arca show 12 --raw > original.html',
    ],
  ).action(async (ref: string, flags: { raw?: boolean }) => {
    await withArchive(env(), (deps) => runShow(deps, ref, flags));
  });
}
