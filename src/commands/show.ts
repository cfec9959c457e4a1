import type { Command } from 'commander';
import { brotliDecompressSync } from 'node:zlib';
import { getArticle, rawEvidence } from '../db/articles.js';
import { requestsForArticle } from '../db/takedowns.js';
import { formatRequestId } from '../takedown/ids.js';
import { FailureError } from '../errors.js';
import { renderRecord } from '../output/render.js';
import type { Article } from '../types.js';
import type { Deps, EnvSource } from './shared/env.js';
import { archiveAction, verb } from './shared/verb.js';
import { resolveArticleRef } from './shared/refs.js';
import { english, t } from '../i18n/index.js';

/** One article with everything about it, or with --raw the bytes it was imported from. */
export async function runShow(deps: Deps, ref: string, flags: { raw?: boolean }): Promise<Article | Uint8Array> {
  const { scope, io, mode } = deps;
  const id = resolveArticleRef(scope.db, ref);
  if (flags.raw) {
    const raw = rawEvidence(scope.db, id);
    if (!raw) throw new FailureError(t('articles.show.purgedRaw', { id }));
    const bytes = brotliDecompressSync(raw);
    io.stdout.write(bytes);
    return bytes;
  }
  const article = getArticle(scope.db, id, scope)!;
  const requests = requestsForArticle(scope.db, id).map((r) => ({ ...r, id: formatRequestId(r.id) }));
  // Piped output is data: its words stay the same in every language.
  const say = mode === 'table' ? t : english;
  const history = requests
    .map((r) => say('articles.show.request', { id: r.id, status: r.status, received: r.received_date, due: r.due }))
    .join('; ');
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
    const body = article.status === 'purged' ? say('articles.show.purgedBody') : article.body;
    io.stdout.write(`\n${body}\n`);
    if (article.disclaimer) io.stdout.write(`\n${article.disclaimer}\n`);
  }
  return article;
}

const EXAMPLES = `
  arca show 12
  arca show http://example.org/news/123.html
  arca show example.org/news/123.html    # no scheme, www. or tracking needed
  arca show 12 --json | jq .body
  arca show 12 --raw > original.html
`;

export function registerShow(program: Command, env: EnvSource): void {
  verb(program, 'show', t('articles.show.description'), EXAMPLES)
    .argument('<ref>', t('articles.show.ref'))
    .option('--raw', t('articles.show.raw'))
    .action(archiveAction(env, runShow));
}
