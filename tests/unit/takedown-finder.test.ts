import { describe, expect, it } from 'vitest';
import { runOpen } from '../../src/commands/takedown/open.js';
import { memoryIO } from '../../src/output/memory-io.js';
import type { TakedownRequest } from '../../src/types.js';
import { addArticle, memoryArchive } from '../helpers/archive.js';
import { depsFor, scopeAt, scriptedPrompter } from './takedown-requests-fixtures.js';

const FIND = 'Find the article: its id, a URL of it, or words of its title';
const flags = {
  claimant: 'Lantern Hill Media',
  contact: '',
  work: '',
  reason: '',
  channel: 'email',
  received: '2026-11-20',
};

function archive() {
  const db = memoryArchive();
  const ferry = addArticle(db, {
    title: '柳湾渡口冬季班次调整',
    original_url: 'http://harbour.liuwan.example/notice/ferry?id=7',
    site_url: 'https://www.example.org/news/ferry.html',
  });
  const library = addArticle(db, { title: '柳湾图书馆延长开放时间' });
  return { db, ferry, library };
}

const open = async (db: ReturnType<typeof memoryArchive>, answers: unknown[]) => {
  const prompter = scriptedPrompter(answers);
  const deps = depsFor(scopeAt(db, '2026-11-26T02:00:00Z'), memoryIO({ stdinIsTTY: true }), prompter);
  const request = (await runOpen(deps, [], flags)) as TakedownRequest;
  return { request, asked: prompter.asked };
};

describe('the finder of takedown open', () => {
  it('takes an article id', async () => {
    const { db, library } = archive();
    expect((await open(db, [String(library), library, false])).request.articles).toEqual([library]);
  });

  it('takes either URL of an article, spelt any way', async () => {
    const { db, ferry } = archive();
    expect((await open(db, ['example.org/news/ferry.html#top', ferry, false])).request.articles).toEqual([ferry]);
    expect(
      (await open(db, ['HTTPS://harbour.liuwan.example/notice/ferry?id=7&utm_medium=x', ferry, false])).asked,
    ).toEqual([FIND, 'Which article?', 'Does the request name another article?']);
  });

  it('takes words of the title, each anywhere in it', async () => {
    const { db, library } = archive();
    expect((await open(db, ['柳湾 开放', library, false])).request.articles).toEqual([library]);
  });

  it('refuses what finds nothing, saying what it looked for', async () => {
    const { db } = archive();
    await expect(open(db, ['渡船'])).rejects.toThrow(`refused: no article has the id, URL or title words "渡船"`);
    await expect(open(db, ['99'])).rejects.toThrow('refused: no article has the id, URL or title words "99"');
  });
});
