import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOpen } from '../../src/commands/takedown/open.js';
import { CancelledError } from '../../src/errors.js';
import { memoryIO } from '../../src/output/memory-io.js';
import type { TakedownRequest } from '../../src/types.js';
import { FIXTURES } from '../helpers/arca.js';
import { addArticle, memoryArchive } from '../helpers/archive.js';
import { depsFor, scopeAt, scriptedPrompter } from './takedown-requests-fixtures.js';

const mail = (name: string) => path.join(FIXTURES, 'email', name);
const NOW = '2026-11-26T02:00:00Z';

function archive() {
  const db = memoryArchive();
  const hubin = addArticle(db, {
    title: '湖滨区检察院开展公益诉讼宣传',
    published: '2026-11-06',
    window_days: 15,
    site_url: 'https://www.example.org/news/2026/1106.html',
  });
  const other = addArticle(db, { title: '柳湾图书馆延长开放时间', published: '2026-11-01' });
  return { db, hubin, other };
}

describe('takedown open --from-email on a terminal', () => {
  it('asks only what the mail leaves out, then records it once confirmed', async () => {
    const { db, hubin } = archive();
    const prompter = scriptedPrompter(['', true]);
    const io = memoryIO({ stdinIsTTY: true, stderrIsTTY: true });
    const request = (await runOpen(depsFor(scopeAt(db, NOW), io, prompter), [], {
      fromEmail: mail('encoded-words.eml'),
    })) as TakedownRequest;
    expect(prompter.asked).toEqual(['Reason given (Enter to skip)', 'Record this request?']);
    expect(request).toMatchObject({
      claimant: '澄湖传媒',
      contact: 'legal@chenghu.example',
      work: '《湖滨公益诉讼》',
      reason: null,
      channel: 'email',
      received: '2026-11-26T09:00:00+08:00',
      articles: [hubin],
    });
    expect(io.stderrText()).toContain('url: http://example.org/news/2026/1106.html → #1\n');
  });

  it('lets the operator find the article when the mail’s URLs match none', async () => {
    const { db, other } = archive();
    const prompter = scriptedPrompter(['图书馆', other, false, true]);
    const request = (await runOpen(depsFor(scopeAt(db, NOW), memoryIO({ stdinIsTTY: true }), prompter), [], {
      fromEmail: mail('plain-utf8.eml'),
    })) as TakedownRequest;
    expect(prompter.asked[0]).toBe('Find the article: its id, a URL of it, or words of its title');
    expect(request.articles).toEqual([other]);
  });

  it('records nothing when the operator says no', async () => {
    const { db } = archive();
    const prompter = scriptedPrompter(['', false]);
    await expect(
      runOpen(depsFor(scopeAt(db, NOW), memoryIO({ stdinIsTTY: true }), prompter), [], {
        fromEmail: mail('encoded-words.eml'),
      }),
    ).rejects.toThrow(CancelledError);
    expect(db.prepare('SELECT count(*) FROM takedowns').pluck().get()).toBe(0);
  });

  it('--dry-run without --from-email is a usage error', async () => {
    const { db } = archive();
    await expect(runOpen(depsFor(scopeAt(db, NOW), memoryIO()), ['1'], { dryRun: true })).rejects.toThrow(
      '--dry-run needs --from-email',
    );
  });
});
