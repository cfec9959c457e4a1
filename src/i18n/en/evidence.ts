import type { Messages } from '../messages.js';

/** `arca evidence` and the timestamp authority's answers. */
export const evidence = {
  'evidence.description':
    'write a WACZ evidence package of an article or a takedown request: raw pages, hashes, audit log',
  'evidence.ref': 'an article id or original URL, or a takedown request R<n>',
  'evidence.option.out': 'the .wacz file to write',
  'evidence.option.force': 'replace an existing file',
  'evidence.wrote': (p: {
    out: string;
    articles: number;
    purged: number;
    attachments: number;
    entries: number;
    digest: string;
  }) =>
    `wrote ${p.out}: ${p.articles} ${p.articles === 1 ? 'article' : 'articles'}` +
    `${p.purged ? ` (${p.purged} purged: metadata and hashes only)` : ''}, ` +
    `${p.attachments} ${p.attachments === 1 ? 'attachment' : 'attachments'}, ` +
    `${p.entries} log ${p.entries === 1 ? 'entry' : 'entries'}; package digest ${p.digest}`,
  'evidence.tsaUnreachable': (p: { url: string; why: string }) =>
    `cannot reach the timestamp authority ${p.url}: ${p.why}`,
  'evidence.tsaHttp': (p: { url: string; status: string }) =>
    `the timestamp authority ${p.url} answered HTTP ${p.status}`,
  'evidence.emptyLog': 'the audit log is empty: there is nothing to stamp yet',
} satisfies Messages;
