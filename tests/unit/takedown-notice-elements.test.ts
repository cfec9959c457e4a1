import { describe, expect, it } from 'vitest';
import { missingNoticeElements, type NoticeRequestFields } from '../../src/takedown/notice-elements.js';

const complete: NoticeRequestFields = {
  claimant: '澄湖文化传媒有限公司',
  contact: 'legal@chenghu-media.example',
  work: '《澄湖夜话》第三集文字稿',
  articles: [12],
};

describe('missingNoticeElements', () => {
  it('finds nothing missing in a complete notice with one attachment', () => {
    expect(missingNoticeElements(complete, 1, 'zh')).toEqual([]);
    expect(missingNoticeElements(complete, 3, 'en')).toEqual([]);
  });

  it('asks for preliminary evidence when nothing is attached', () => {
    expect(missingNoticeElements(complete, 0, 'zh')).toEqual(['构成侵权的初步证明材料（至少一个附件）']);
    expect(missingNoticeElements(complete, 0, 'en')).toEqual(['preliminary evidence (at least one attachment)']);
  });

  it('lists every missing element in the regulation order, in Chinese', () => {
    const bare: NoticeRequestFields = { claimant: '', contact: null, work: null, articles: [] };
    expect(missingNoticeElements(bare, 0, 'zh')).toEqual([
      '权利人姓名（名称）',
      '联系方式',
      '权利作品名称',
      '涉嫌侵权文章（网络地址）',
      '构成侵权的初步证明材料（至少一个附件）',
    ]);
  });

  it('lists every missing element in the regulation order, in English', () => {
    const bare: NoticeRequestFields = { claimant: '', contact: null, work: null, articles: [] };
    expect(missingNoticeElements(bare, 0, 'en')).toEqual([
      'claimant identity (name)',
      'contact details',
      'the work claimed',
      'the infringing article (its URL)',
      'preliminary evidence (at least one attachment)',
    ]);
  });

  it('treats blank text as missing', () => {
    expect(missingNoticeElements({ ...complete, contact: '   ', work: '\t' }, 1, 'en')).toEqual([
      'contact details',
      'the work claimed',
    ]);
  });
});
