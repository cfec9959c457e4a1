import type { Command } from 'commander';
import { getArticle } from '../db/articles.js';
import { resolveArticleRef } from './refs.js';
import { requestsForArticle } from '../db/takedowns.js';
import { outputMode, renderRecord } from '../output/render.js';
import type { Context } from './context.js';
import { withExamples } from './options.js';

export function registerShow(program: Command, context: () => Context): void {
  withExamples(
    program.command('show')
      .description('show one article: every field, the body, the disclaimer, its window and takedown history')
      .argument('<ref>', 'article id, or its original URL'),
    ['arca show 12', 'arca show http://example.org/news/123.html', 'arca show 12 --json | jq .body'],
  ).action(async (ref: string) => {
    const ctx = context();
    const session = ctx.open();
    try {
      const id = resolveArticleRef(session.db, ref);
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
