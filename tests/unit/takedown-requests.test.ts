import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestNumber, type RequestId } from '../../src/takedown/ids.js';
import { iterateArticles } from '../../src/db/articles.js';
import { listAudit } from '../../src/db/audit.js';
import type { Db } from '../../src/db/connection.js';
import { NotFoundError } from '../../src/db/errors.js';
import { setSetting } from '../../src/db/settings.js';
import { listAttachments } from '../../src/db/takedowns.js';
import { parseArticleFilters } from '../../src/query/filters.js';
import { TransitionError } from '../../src/takedown/lifecycle.js';
import {
  checkRequests,
  deadlineCalendar,
  decideRequest,
  getRequest,
  listRequests,
  openRequest,
  RequestInputError,
  requestNotice,
} from '../../src/takedown/requests.js';
import { addArticle, newArchive, TZ } from '../helpers/archive.js';
import { scopeAt } from './takedown-requests-fixtures.js';

const NOW = '2026-01-21T10:00:00+08:00';

let db: Db;
let a30: number;
let a15: number;
let aNone: number;
beforeEach(async () => {
  db = await newArchive();
  a30 = addArticle(db, { title: '晴川县图书馆延长开放时间', window_days: 30 });
  a15 = addArticle(db, { title: '晴川河春季放流活动举行', window_days: 15 });
  aNone = addArticle(db, { title: '社区义诊走进柳湾村', window_days: null });
});
afterEach(() => db.close());

const base = {
  claimant: 'Lotus Valley Press',
  contact: 'legal@lotus.example',
  work: 'Spring on the River (photo essay)',
};

function activeIds(): number[] {
  const view = { tz: TZ, today: '2026-01-21', defaultWindowDays: 30 };
  return [...iterateArticles(db, parseArticleFilters({}, TZ), view, false)].map((a) => a.id).sort((x, y) => x - y);
}

describe('openRequest', () => {
  it('is due the received date plus the smallest window of the named articles', () => {
    const r = openRequest(scopeAt(db, NOW), {
      ...base,
      articleIds: [a30, a15],
      received: new Date('2026-01-20T09:00:00+08:00'),
    });
    expect(r.due).toBe('2026-02-04');
    expect(r.late).toBe(false);
    expect(r.articles).toEqual([a30, a15]);
  });

  it('counts an article without a window as the archive default, which config changes', () => {
    const scope = scopeAt(db, NOW);
    expect(
      openRequest(scope, { ...base, articleIds: [aNone], received: new Date('2026-01-20T09:00:00+08:00') }).due,
    ).toBe('2026-02-19');
    setSetting(db, 'window-days', '10');
    expect(
      openRequest(scope, { ...base, articleIds: [aNone], received: new Date('2026-01-20T09:00:00+08:00') }).due,
    ).toBe('2026-01-30');
  });

  it('lets --days override the windows', () => {
    const r = openRequest(scopeAt(db, NOW), {
      ...base,
      articleIds: [a30],
      days: 5,
      received: new Date('2026-01-20T09:00:00+08:00'),
    });
    expect(r.due).toBe('2026-01-25');
  });

  it('takes the received date, and stores the instant, in the archive zone', () => {
    const r = openRequest(scopeAt(db, '2026-02-02T00:00:00Z'), {
      ...base,
      articleIds: [a30],
      received: new Date('2026-01-31T23:30:00Z'),
    });
    expect(r.received).toBe('2026-02-01T07:30:00+08:00');
    expect(r.due).toBe('2026-03-03');
  });

  it('receives now when no time is given', () => {
    const r = openRequest(scopeAt(db, NOW), { ...base, articleIds: [a30] });
    expect(r.received).toBe('2026-01-21T10:00:00+08:00');
    expect(r.due).toBe('2026-02-20');
  });

  it("flags a request that arrived after an article's window closed as late, still recording it", () => {
    // a15 was published 2026-01-10 with a 15-day window: it closed at the end of 2026-01-25.
    const onTime = openRequest(scopeAt(db, '2026-02-01T10:00:00+08:00'), {
      ...base,
      articleIds: [a15],
      received: new Date('2026-01-25T23:00:00+08:00'),
    });
    const late = openRequest(scopeAt(db, '2026-02-01T10:00:00+08:00'), {
      ...base,
      articleIds: [a15],
      received: new Date('2026-01-26T08:00:00+08:00'),
    });
    expect([onTime.late, late.late]).toEqual([false, true]);
    expect(late.due).toBe('2026-02-10');
  });

  it("returns the spec's request shape, with null for values not given", () => {
    const r = openRequest(scopeAt(db, NOW), {
      claimant: ' Lotus Valley Press ',
      contact: '',
      articleIds: [a30, a30],
      channel: 'email',
    });
    expect(r).toEqual({
      id: 'R1',
      status: 'open',
      received: '2026-01-21T10:00:00+08:00',
      due: '2026-02-20',
      overdue: false,
      late: false,
      claimant: 'Lotus Valley Press',
      contact: null,
      work: null,
      reason: null,
      channel: 'email',
      articles: [a30],
      decided_at: null,
      note: null,
      restore_due: null,
      counter_notice: null,
    });
    expect(Object.keys(r)).toEqual([
      'id',
      'status',
      'received',
      'due',
      'overdue',
      'late',
      'claimant',
      'contact',
      'work',
      'reason',
      'channel',
      'articles',
      'decided_at',
      'note',
      'restore_due',
      'counter_notice',
    ]);
  });

  it('keeps attachments with their sha256 and size, and logs the opening', () => {
    const letter = Buffer.from('To whom it may concern: the photo essay is ours.\n');
    const r = openRequest(scopeAt(db, NOW), {
      ...base,
      articleIds: [a15, a30],
      attachments: [{ name: 'notice.txt', data: letter }],
    });
    expect(listAttachments(db, requestNumber(r.id))).toEqual([
      {
        id: 1,
        name: 'notice.txt',
        size: letter.length,
        added_at: '2026-01-21T10:00:00+08:00',
        sha256: createHash('sha256').update(letter).digest('hex'),
        role: 'notice',
      },
    ]);
    const stored = db.prepare('SELECT data FROM attachments WHERE id = 1').get() as { data: Buffer };
    expect(Buffer.compare(stored.data, letter)).toBe(0);
    const [entry] = listAudit(db, { subjects: [`request:${requestNumber(r.id)}`] });
    expect(entry).toMatchObject({
      at: '2026-01-21T10:00:00+08:00',
      actor: 'tester',
      action: 'takedown.opened',
      details: {
        articles: [a30, a15],
        due: '2026-02-05',
        late: false,
        attachments: [{ name: 'notice.txt', sha256: createHash('sha256').update(letter).digest('hex') }],
      },
    });
  });

  it.each<[string, () => void, new (...args: never[]) => Error, string]>([
    [
      'a blank claimant',
      () => openRequest(scopeAt(db, NOW), { claimant: '  ', articleIds: [a30] }),
      RequestInputError,
      'a takedown request needs a claimant: who holds the rights',
    ],
    [
      'no article',
      () => openRequest(scopeAt(db, NOW), { ...base, articleIds: [] }),
      RequestInputError,
      'a takedown request must name at least one article',
    ],
    [
      'an unknown article',
      () => openRequest(scopeAt(db, NOW), { ...base, articleIds: [a30, 99] }),
      NotFoundError,
      'no article 99 (see arca list)',
    ],
    [
      'a received time in the future',
      () =>
        openRequest(scopeAt(db, NOW), { ...base, articleIds: [a30], received: new Date('2026-01-21T10:00:01+08:00') }),
      RequestInputError,
      'the received time 2026-01-21T10:00:01+08:00 is in the future',
    ],
  ])('refuses %s and stores nothing', (_what, open, type, message) => {
    expect(open).toThrow(type);
    expect(open).toThrow(message);
    expect(db.prepare('SELECT count(*) AS n FROM takedowns').get()).toEqual({ n: 0 });
  });
});

describe('decideRequest', () => {
  it('remove takes the named articles out of list, records the decision and logs each change', () => {
    const scope = scopeAt(db, NOW);
    const r = openRequest(scope, { ...base, articleIds: [a30, a15] });
    const later = scopeAt(db, '2026-01-25T16:45:00+08:00');
    const result = decideRequest(later, requestNumber(r.id), 'remove', { note: 'evidence complete' });
    expect(result.request).toMatchObject({
      status: 'removed',
      decided_at: '2026-01-25T16:45:00+08:00',
      note: 'evidence complete',
    });
    expect(result.changed).toEqual([a30, a15]);
    expect(activeIds()).toEqual([aNone]);
    const log = listAudit(db).filter((e) => e.action !== 'article.imported');
    expect(log.map((e) => [e.action, e.subject, e.details])).toEqual([
      ['takedown.opened', 'request:1', { articles: [a30, a15], due: '2026-02-05', late: false }],
      ['article.removed', `article:${a30}`, { request: 1 }],
      ['article.removed', `article:${a15}`, { request: 1 }],
      ['takedown.removed', 'request:1', { note: 'evidence complete', articles: [a30, a15] }],
    ]);
  });

  it('reject and restore need a reason, stored as the note', () => {
    const scope = scopeAt(db, NOW);
    const r = openRequest(scope, { ...base, articleIds: [a30] });
    expect(() => decideRequest(scope, requestNumber(r.id), 'reject', { note: ' ' })).toThrow(
      new RequestInputError('to mark request R1 rejected, give the reason'),
    );
    expect(getRequest(scope, requestNumber(r.id)).status).toBe('open');
    const rejected = decideRequest(scope, requestNumber(r.id), 'reject', { note: 'our own reporting' }).request;
    expect(rejected).toMatchObject({
      status: 'rejected',
      note: 'our own reporting',
      decided_at: '2026-01-21T10:00:00+08:00',
    });
    expect(activeIds()).toEqual([a30, a15, aNone]);
  });

  it('refuses an impossible move, naming the current state, and changes nothing', () => {
    const scope = scopeAt(db, NOW);
    const r = openRequest(scope, { ...base, articleIds: [a30] });
    decideRequest(scope, requestNumber(r.id), 'withdraw');
    expect(() => decideRequest(scope, requestNumber(r.id), 'remove')).toThrow(TransitionError);
    expect(() => decideRequest(scope, requestNumber(r.id), 'remove')).toThrow(
      'request R1 is withdrawn; only open requests can be removed (a withdrawn request is final)',
    );
    expect(activeIds()).toEqual([a30, a15, aNone]);
    expect(
      listAudit(db)
        .filter((e) => e.subject === 'request:1')
        .map((e) => e.action),
    ).toEqual(['takedown.opened', 'takedown.withdrawn']);
  });

  it('restore brings removed articles back, except purged ones and those another removed request holds', () => {
    const scope = scopeAt(db, NOW);
    const first = openRequest(scope, { ...base, articleIds: [a30, a15, aNone] });
    const second = openRequest(scope, { claimant: 'Willow Bank Studio', articleIds: [a15] });
    decideRequest(scope, requestNumber(second.id), 'remove');
    decideRequest(scope, requestNumber(first.id), 'remove');
    db.prepare(`UPDATE articles SET status = 'purged', body = NULL WHERE id = ?`).run(aNone);
    const result = decideRequest(scope, requestNumber(first.id), 'restore', {
      note: 'counter-notice accepted: licence shown',
    });
    expect(result.request.status).toBe('restored');
    expect(result.changed).toEqual([a30]);
    expect(result.kept).toEqual([
      { id: a15, why: 'request R2 still keeps it removed' },
      { id: aNone, why: 'it was purged: its text is gone for good' },
    ]);
    expect(activeIds()).toEqual([a30]);
    expect(listAudit(db, { subjects: [`article:${a30}`] }).map((e) => e.action)).toEqual([
      'article.imported',
      'article.removed',
      'article.restored',
    ]);
  });

  it('purges only with a removal', () => {
    const scope = scopeAt(db, NOW);
    const r = openRequest(scope, { ...base, articleIds: [a30] });
    expect(() => decideRequest(scope, requestNumber(r.id), 'reject', { note: 'no', purge: true })).toThrow(
      'only a removal can purge articles',
    );
  });
});

describe('purging', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-purge-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const SENTENCE = 'The heron over Willow Bank never returned: unrecoverable-marker-7Q2.';
  const CJK_SENTENCE = '柳湾渡口的老船工最后一次摆渡是在一个起雾的清晨。';

  function fileContains(file: string, text: string): boolean {
    const needle = Buffer.from(text, 'utf8');
    return [file, `${file}-wal`].some((f) => fs.existsSync(f) && fs.readFileSync(f).includes(needle));
  }

  it('leaves no byte of the body in the database file or its log, and keeps title, URL and hashes', async () => {
    const file = path.join(dir, 'archive.db');
    const archive = await newArchive(file);
    // Long enough to spill into overflow pages, as real articles do.
    const body = [
      `${SENTENCE} ${CJK_SENTENCE}`,
      ...Array.from({ length: 120 }, (_, i) => `第${i}段：晴川河两岸的春天来得很早。`),
    ].join('\n');
    const id = addArticle(archive, { title: '柳湾渡口的最后一班船', body, window_days: 30 });
    const other = addArticle(archive, {
      title: '晴川县图书馆延长开放时间',
      body: 'The reading room stays open until nine.',
    });
    const before = archive
      .prepare(
        'SELECT a.title, a.original_url, a.body_hash, b.sha256 FROM articles a JOIN provenance p ON p.id = a.provenance_id JOIN raw_blobs b ON b.id = p.blob_id WHERE a.id = ?',
      )
      .get(id);
    expect(fileContains(file, SENTENCE) && fileContains(file, CJK_SENTENCE)).toBe(true);

    const scope = scopeAt(archive, NOW);
    const r = openRequest(scope, { ...base, articleIds: [id] });
    const result = decideRequest(scope, requestNumber(r.id), 'remove', { purge: true });
    expect(result.walCleared).toBe(true);
    // Checked while the archive is still open: closing it would empty the log anyway.
    expect(fileContains(file, SENTENCE)).toBe(false);
    expect(fileContains(file, CJK_SENTENCE)).toBe(false);
    archive.close();
    const reopened = await newArchive(file);
    expect(
      reopened
        .prepare(
          'SELECT a.title, a.original_url, a.body_hash, b.sha256 FROM articles a JOIN provenance p ON p.id = a.provenance_id JOIN raw_blobs b ON b.id = p.blob_id WHERE a.id = ?',
        )
        .get(id),
    ).toEqual(before);
    expect(
      reopened
        .prepare(
          'SELECT a.status, a.body, b.data FROM articles a JOIN provenance p ON p.id = a.provenance_id JOIN raw_blobs b ON b.id = p.blob_id WHERE a.id = ?',
        )
        .get(id),
    ).toEqual({ status: 'purged', body: null, data: null });
    expect(reopened.prepare('SELECT body FROM articles WHERE id = ?').get(other)).toEqual({
      body: 'The reading room stays open until nine.',
    });
    const purged = listAudit(reopened, { subjects: [`article:${id}`] }).map((e) => e.action);
    expect(purged).toEqual(['article.imported', 'article.removed', 'article.purged']);
    reopened.close();
  });
});

describe('listRequests and checkRequests', () => {
  function seed(): void {
    const scope = scopeAt(db, '2026-01-20T09:00:00+08:00');
    openRequest(scope, { ...base, articleIds: [a30], days: 3 }); // 1: due 01-23
    openRequest(scope, { ...base, articleIds: [a30], days: 10 }); // 2: due 01-30
    openRequest(scope, { ...base, articleIds: [a30], days: 20 }); // 3: due 02-09
    const closed = openRequest(scope, { ...base, articleIds: [a15], days: 1 }); // 4: due 01-21, then rejected
    decideRequest(scope, requestNumber(closed.id), 'reject', { note: 'not their work' });
  }
  const ids = (rs: Array<{ id: RequestId }>) => rs.map((r) => requestNumber(r.id));

  it('a request due today is not overdue at 23:30 local time, and is at 00:30 the next local day', () => {
    seed();
    // Both instants fall on 2026-01-23 in UTC; only the archive zone tells them apart.
    expect(ids(checkRequests(scopeAt(db, '2026-01-23T15:30:00Z'), 7).overdue)).toEqual([]);
    expect(ids(checkRequests(scopeAt(db, '2026-01-23T16:30:00Z'), 7).overdue)).toEqual([1]);
    expect(getRequest(scopeAt(db, '2026-01-23T16:30:00Z'), 1).overdue).toBe(true);
  });

  it('sorts open requests into overdue and due within the period', () => {
    seed();
    const at = scopeAt(db, '2026-01-24T09:00:00+08:00');
    expect(ids(checkRequests(at, 7).overdue)).toEqual([1]);
    expect(ids(checkRequests(at, 7).due_soon)).toEqual([2]);
    expect(ids(checkRequests(at, 30).due_soon)).toEqual([2, 3]);
    expect(ids(checkRequests(scopeAt(db, '2026-01-20T09:00:00+08:00'), 7).overdue)).toEqual([]);
  });

  it('filters by state, earliest due first', () => {
    seed();
    const at = scopeAt(db, '2026-01-24T09:00:00+08:00');
    expect(ids(listRequests(at, { status: 'open', withinDays: 7 }))).toEqual([1, 2, 3]);
    expect(ids(listRequests(at, { status: 'overdue', withinDays: 7 }))).toEqual([1]);
    expect(ids(listRequests(at, { status: 'due-soon', withinDays: 7 }))).toEqual([2]);
    expect(ids(listRequests(at, { status: 'closed', withinDays: 7 }))).toEqual([4]);
    expect(ids(listRequests(at, { status: 'all', withinDays: 7 }))).toEqual([4, 1, 2, 3]);
  });
});

describe('calendar and notice', () => {
  it('the calendar has one event per open request', async () => {
    const scope = scopeAt(db, NOW);
    openRequest(scope, { ...base, articleIds: [a30] });
    const rejected = openRequest(scope, { ...base, articleIds: [a15] });
    decideRequest(scope, requestNumber(rejected.id), 'reject', { note: 'licensed' });
    const { ics, count } = await deadlineCalendar(scope);
    expect(count).toBe(1);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('UID:takedown-1@arca');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260220');
  });

  it("the notice letter states the decision with its reason and the articles, signed by the operator's site", () => {
    const scope = scopeAt(db, NOW);
    const r = openRequest(scope, { ...base, articleIds: [a30] });
    decideRequest(scopeAt(db, '2026-01-28T11:00:00+08:00'), requestNumber(r.id), 'reject', {
      note: 'the photos are our own',
    });
    // The article came from 晴川新闻网: that site never signs our letter.
    const unsigned = requestNotice(scope, requestNumber(r.id), 'en');
    expect(unsigned.unsigned).toBe(true);
    expect(unsigned.letter).not.toContain('晴川新闻网');
    setSetting(db, 'site-name', '江畔资讯');
    setSetting(db, 'contact', 'rights@jiangpan.example');
    const { letter, unsigned: stillUnsigned } = requestNotice(scope, requestNumber(r.id), 'en');
    expect(stillUnsigned).toBe(false);
    expect(letter.split('\n')).toEqual([
      '21 January 2026',
      '',
      'Dear Lotus Valley Press,',
      '',
      'On 21 January 2026, 江畔资讯 received your notice (request R1) concerning Spring on the River (photo essay). It names the following article:',
      '',
      `1. 晴川县图书馆延长开放时间 (article ${a30})`,
      `   Original link: ${getArticleUrl(a30)}`,
      '',
      'Decision: We decided on 28 January 2026 not to remove the article listed above. Reason: the photos are our own',
      '',
      'Yours sincerely,',
      '',
      '江畔资讯',
      'Contact: rights@jiangpan.example',
      '',
    ]);
  });
});

function getArticleUrl(id: number): string {
  return (db.prepare('SELECT original_url FROM articles WHERE id = ?').get(id) as { original_url: string })
    .original_url;
}
