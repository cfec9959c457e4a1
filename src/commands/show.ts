import type { Command } from 'commander';
import { brotliDecompressSync } from 'node:zlib';
import { getArticle, rawEvidence } from '../db/articles.js';
import { RuntimeError } from '../output/errors.js';
import { resolveArticleRef } from './refs.js';
import { requestsForArticle } from '../db/takedowns.js';
import { outputMode, renderRecord } from '../output/render.js';
import type { Context } from './context.js';
import { withExamples } from './options.js';

export function registerShow(program: Command, context: () => Context): void {
  withExamples(
    program.command('show')
      .description('show one article: every field, the body, the disclaimer, its window and takedown history')
      .argument('<ref>', 'article id, or its original URL')
      .option('--raw', 'write the page exactly as it was imported (the evidence bytes) to stdout'),
    ['arca show 12', 'arca show http://example.org/news/123.html', 'arca show 12 --json | jq .body', 'arca show 12 --raw > original.html'],
  ).action(async (ref: string, flags: { raw?: boolean }) => {
    const ctx = context();
    const session = await ctx.open();
    try {
      const id = resolveArticleRef(session.db, ref);
      if (flags.raw) {
        const raw = rawEvidence(session.db, id);
        if (!raw) throw new RuntimeError(`article ${id} was purged: its imported bytes are gone (its sha256 remains in arca show ${id})`);
        ctx.io.stdout.write(brotliDecompressSync(raw));
        return;
      }
      const article = getArticle(session.db, id, session.view)!;
      const requests = requestsForArticle(session.db, id);
      const mode = outputMode(ctx.io, ctx.options);
      const history = requests.map((r) => `#${r.id} ${r.status} (received ${r.received_date}, due ${r.due})`).join('; ');
      await renderRecord(ctx.io, mode, [
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
        ['status', article.status],
        ['window_days', article.window_days],
        ['window_ends', article.window_ends],
        ['imported_at', article.imported_at],
        ['provenance', article.provenance.path],
        ['sha256', article.provenance.sha256],
        ['encoding', article.provenance.encoding],
        ['takedowns', history || null],
      ], { ...article, takedowns: requests });
      if (mode === 'table' || mode === 'tsv') {
        const body = article.status === 'purged' ? '(body purged after a takedown)' : article.body;
        ctx.io.stdout.write(`\n${body}\n`);
        if (article.disclaimer) ctx.io.stdout.write(`\n${article.disclaimer}\n`);
      }
    } finally {
      session.db.close();
    }
  });
}
