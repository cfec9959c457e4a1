import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryIO } from '../../src/output/memory-io.js';
import { addArticle, memoryArchive } from '../helpers/archive.js';
import { depsFor, scopeAt } from './takedown-requests-fixtures.js';

// Start-up matters: the MIME parser is for `takedown open --from-email` alone.
const loaded: string[] = [];

afterEach(() => {
  loaded.length = 0;
  vi.resetModules();
  vi.doUnmock('mailparser');
});

async function openCommand() {
  vi.doMock('mailparser', async (importOriginal) => {
    loaded.push('mailparser');
    return importOriginal();
  });
  return import('../../src/commands/takedown/open.js');
}

describe('the e-mail intake is loaded lazily', () => {
  it('takedown open without --from-email never loads mailparser, and with it does', async () => {
    const { runOpen } = await openCommand();
    const db = memoryArchive();
    const id = addArticle(db, { title: '示例文章', site_url: 'https://www.example.org/a/1.html' });
    const deps = depsFor(scopeAt(db, '2026-11-26T02:00:00Z'), memoryIO());
    await runOpen(deps, [String(id)], { claimant: 'Lantern Hill Media' });
    expect(loaded).toEqual([]);

    const mail = 'From: A <a@b.example>\r\nSubject: x\r\n\r\nexample.org/a/1.html\r\n';
    const withMail = depsFor(scopeAt(db, '2026-11-26T02:00:00Z'), memoryIO({ stdinText: mail }));
    await runOpen(withMail, [], { fromEmail: '-' });
    expect(loaded).toEqual(['mailparser']);
  });
});
