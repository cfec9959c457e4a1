import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readComplaintMail } from '../../src/takedown/complaint-mail.js';
import { findUrls } from '../../src/urls/find.js';
import { FIXTURES } from '../helpers/arca.js';

const mail = (name: string) => readComplaintMail(fs.readFileSync(path.join(FIXTURES, 'email', name)), 'Asia/Shanghai');

describe('readComplaintMail', () => {
  it('reads a plain UTF-8 mail: sender, address, Date, a labelled work, the reason sentence, every URL', async () => {
    expect(await mail('plain-utf8.eml')).toMatchObject({
      claimant: 'Lantern Hill Media',
      contact: 'rights@lanternhill.example',
      received: new Date('2026-11-23T01:30:00Z'),
      work: 'Winter ferry timetable (photo series, 2026)',
      reason: 'reproduces our photo series without permission.',
      urls: [
        'https://harbour.example.com/notices/ferry-winter/?utm_source=newsletter#top',
        'example.org/unknown/page-404.html',
      ],
      attachments: [],
      forwarded: false,
    });
  });

  it('decodes a GBK text part and GBK encoded-word headers; the work is the title in 《》 of the subject', async () => {
    const read = await mail('gbk-text.eml');
    expect(read).toMatchObject({
      claimant: '青石影像工作室',
      subject: '关于《调解中心》组图的侵权通知',
      work: '《调解中心》',
      urls: ['www.example.org/news/2026/1103.html'],
    });
    expect(read.reason).toContain('未经我方授权使用了我方拍摄的照片');
  });

  it('reads an HTML-only mail: the link targets and the text, never a style sheet’s URL', async () => {
    const read = await mail('html-only.eml');
    expect(read.claimant).toBe('Hubin Legal Affairs');
    expect(read.urls).toEqual(['HTTPS://WWW.EXAMPLE.ORG/news/2026/1106.html?spm=a1.b2&from=timeline']);
    expect(read.reason).toBe('the report is our own work, published first on jcy.hubin.example.');
  });

  it('decodes Q and B encoded words in UTF-8', async () => {
    expect(await mail('encoded-words.eml')).toMatchObject({
      claimant: '澄湖传媒',
      subject: '投诉：《湖滨公益诉讼》一文',
      work: '《湖滨公益诉讼》',
      urls: ['http://example.org/news/2026/1106.html'],
    });
  });

  it('keeps every attachment with its name, a RFC 2231 name included', async () => {
    const read = await mail('attachments.eml');
    expect(read.attachments.map((a) => [a.name, Buffer.from(a.data).toString('utf8').slice(0, 8)])).toEqual([
      ['notice.pdf', '%PDF-1.4'],
      ['授权书.txt', '授权书：澄湖传媒'],
    ]);
    expect(read.urls).toEqual([
      'http://www.example.org/news/2026/1103.html',
      'https://example.org/news/2026/1106.html/',
    ]);
  });

  it('reads a forwarded mail for the original it quotes: its sender, its date in the archive’s zone, its subject', async () => {
    expect(await mail('forwarded.eml')).toMatchObject({
      claimant: '澄湖传媒法务部',
      contact: 'legal@chenghu.example',
      received: new Date('2026-11-23T02:12:00Z'),
      work: '《邻里纠纷调解纪实》',
      reason: '该文为我方记者原创，已登记著作权。',
      forwarded: true,
    });
  });

  it('fails on bytes that are no mail at all only by finding nothing in them', async () => {
    const read = await readComplaintMail(Buffer.from('just some words'), 'UTC');
    expect(read).toMatchObject({ claimant: null, contact: null, received: null, urls: [] });
  });
});

describe('findUrls', () => {
  it('finds addresses with and without a scheme inside Chinese text, each page once', () => {
    expect(
      findUrls(
        '见（https://www.example.org/a.html?utm_source=wx）、example.org/a.html，及www.example.org/b。' +
          '联系 legal@chenghu.example；版本 v1.2，文件 notes.txt。',
      ),
    ).toEqual(['https://www.example.org/a.html?utm_source=wx', 'www.example.org/b']);
  });

  it('leaves the punctuation that ends a sentence or closes a bracket', () => {
    expect(findUrls('See (http://example.org/x). Or http://example.org/y, please.')).toEqual([
      'http://example.org/x',
      'http://example.org/y',
    ]);
  });
});
