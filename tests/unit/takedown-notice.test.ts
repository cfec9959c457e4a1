import { describe, expect, it } from 'vitest';
import { noticeLetter, type NoticeInput } from '../../src/takedown/notice.js';

const base: NoticeInput = {
  id: 'R4',
  status: 'open',
  received: '2026-01-30T18:20:00+08:00',
  due: '2026-03-01',
  claimant: '澄湖文化传媒有限公司',
  work: '《澄湖夜话》第三集文字稿',
  decided_at: null,
  decision_reason: null,
  articles: [
    { id: 12, title: '云岭县法院审结一起网络转载纠纷', original_url: 'https://news.yunling.example/a/12' },
    { id: 15, title: '网络转载案件审理情况通报', original_url: null },
  ],
  restore_due: null,
  counter_notice: null,
  operator: { siteName: '云岭新闻网', contact: null, address: null },
  written: '2026-11-05',
  tz: 'Asia/Shanghai',
};

const unsigned = { operator: { siteName: null, contact: null, address: null } };

const zhHead = [
  '澄湖文化传媒有限公司：',
  '',
  '您好！本网（云岭新闻网）于2026年1月30日收到您提交的权利通知（编号：R4），涉及作品：《澄湖夜话》第三集文字稿。通知所涉文章如下：',
  '',
  '1. 云岭县法院审结一起网络转载纠纷（文章编号 12）',
  '   原文链接：https://news.yunling.example/a/12',
  '2. 网络转载案件审理情况通报（文章编号 15）',
  '   原文链接：无',
  '',
];
const zhTail = ['', '特此函告。', '', '云岭新闻网', '2026年11月5日', ''];

const enHead = [
  '5 November 2026',
  '',
  'Dear 澄湖文化传媒有限公司,',
  '',
  'On 30 January 2026, 云岭新闻网 received your notice (request R4) concerning 《澄湖夜话》第三集文字稿. It names the following articles:',
  '',
  '1. 云岭县法院审结一起网络转载纠纷 (article 12)',
  '   Original link: https://news.yunling.example/a/12',
  '2. 网络转载案件审理情况通报 (article 15)',
  '   Original link: none',
  '',
];
const enTail = ['', 'Yours sincerely,', '', '云岭新闻网', ''];

const decided = { decided_at: '2026-02-10T09:15:00+08:00' };

describe('noticeLetter in Chinese', () => {
  it.each<[string, Partial<NoticeInput>, string]>([
    ['under review', {}, '处理结果：您的通知正在审核中，我们将在2026年3月1日前作出处理决定。'],
    ['removed', { status: 'removed', ...decided }, '处理结果：经核实，上述文章已于2026年2月10日删除。'],
    [
      'rejected',
      { status: 'rejected', ...decided, decision_reason: '所涉文章为法院公开发布的新闻通稿。' },
      '处理结果：经审核，我们于2026年2月10日决定不删除上述文章。理由：所涉文章为法院公开发布的新闻通稿。',
    ],
    ['withdrawn', { status: 'withdrawn', ...decided }, '处理结果：您已于2026年2月10日撤回本通知，上述文章未作处理。'],
    [
      'restored',
      { status: 'restored', ...decided, decision_reason: '转载已取得原作者书面授权。' },
      '处理结果：上述文章曾被删除；根据收到的反通知，经审核已于2026年2月10日恢复。理由：转载已取得原作者书面授权。',
    ],
  ])('states the decision when %s', (_name, overrides, decision) => {
    expect(noticeLetter({ ...base, ...overrides }, 'zh')).toBe([...zhHead, decision, ...zhTail].join('\n'));
  });

  it('leaves out what is unknown: site, work and decision date', () => {
    const letter = noticeLetter({ ...base, work: null, status: 'removed', decided_at: null }, 'zh');
    expect(letter.split('\n')[2]).toBe(
      '您好！本网（云岭新闻网）于2026年1月30日收到您提交的权利通知（编号：R4）。通知所涉文章如下：',
    );
    expect(letter).toContain('处理结果：经核实，上述文章已删除。\n');
  });
});

describe('noticeLetter in English', () => {
  it.each<[string, Partial<NoticeInput>, string]>([
    ['under review', {}, 'Decision: Your notice is under review; we will decide by 1 March 2026.'],
    [
      'removed',
      { status: 'removed', ...decided },
      'Decision: The articles listed above were removed on 10 February 2026.',
    ],
    [
      'rejected',
      { status: 'rejected', ...decided, decision_reason: 'The articles are court press releases published for reuse.' },
      'Decision: We decided on 10 February 2026 not to remove the articles listed above. Reason: The articles are court press releases published for reuse.',
    ],
    [
      'withdrawn',
      { status: 'withdrawn', ...decided },
      'Decision: You withdrew this notice on 10 February 2026; the articles listed above were left unchanged.',
    ],
    [
      'restored',
      { status: 'restored', ...decided, decision_reason: 'The author licensed the repost in writing.' },
      'Decision: The articles listed above were removed and, after a counter-notice, restored on 10 February 2026. Reason: The author licensed the repost in writing.',
    ],
  ])('states the decision when %s', (_name, overrides, decision) => {
    expect(noticeLetter({ ...base, ...overrides }, 'en')).toBe([...enHead, decision, ...enTail].join('\n'));
  });

  it('speaks of a single article in the singular', () => {
    const letter = noticeLetter({ ...base, articles: [base.articles[0]], status: 'withdrawn', ...decided }, 'en');
    expect(letter).toContain('It names the following article:\n');
    expect(letter).toContain(
      'Decision: You withdrew this notice on 10 February 2026; the article listed above was left unchanged.\n',
    );
    const removed = noticeLetter({ ...base, articles: [base.articles[0]], status: 'removed', ...decided }, 'en');
    expect(removed).toContain('Decision: The article listed above was removed on 10 February 2026.\n');
  });

  it('leaves out what is unknown: site, work and decision date', () => {
    const letter = noticeLetter({ ...base, work: null, status: 'removed', decided_at: null }, 'en');
    expect(letter.split('\n')[4]).toBe(
      'On 30 January 2026, 云岭新闻网 received your notice (request R4). It names the following articles:',
    );
    expect(letter).toContain('Decision: The articles listed above were removed.\n');
  });
});

describe('noticeLetter dates', () => {
  it('takes received and decision dates in the archive zone', () => {
    const input: NoticeInput = {
      ...base,
      status: 'removed',
      received: '2026-01-30T20:20:00Z',
      decided_at: '2026-02-28T17:00:00Z',
    };
    const inShanghai = noticeLetter(input, 'en');
    expect(inShanghai).toContain('On 31 January 2026, ');
    expect(inShanghai).toContain('removed on 1 March 2026.');
    const inNewYork = noticeLetter({ ...input, tz: 'America/New_York' }, 'en');
    expect(inNewYork).toContain('On 30 January 2026, ');
    expect(inNewYork).toContain('removed on 28 February 2026.');
  });

  it('writes the leap day as a date in both languages', () => {
    const input: NoticeInput = { ...base, received: '2024-02-29T10:00:00+08:00', due: '2024-03-15' };
    expect(noticeLetter(input, 'zh')).toContain('于2024年2月29日收到');
    expect(noticeLetter(input, 'en')).toContain('On 29 February 2024, ');
  });
});

describe('noticeLetter with hostile values from pages and records', () => {
  const forged = '处理结果：经审核，我们决定不删除上述文章。';
  const hostile: NoticeInput = {
    ...base,
    status: 'removed',
    ...decided,
    claimant: '澄湖文化传媒有限公司\r\n\r\nP.S. 请另付费用',
    articles: [
      {
        id: 12,
        title: `云岭县法院审结一起网络转载纠纷\n\n${forged}\u2028\u0085\u001b[2J`,
        original_url: 'https://a.example/x\nP.S.',
      },
    ],
    operator: { siteName: '云岭新闻网\n特此函告。', contact: 'rights@yunling.example\nP.S. 另付', address: null },
  };

  it.each(['zh', 'en'] as const)(
    'keeps every quoted value on its own line, so a title cannot add a decision or a P.S. (%s)',
    (lang) => {
      const lines = noticeLetter(hostile, lang).split('\n');
      // The letter keeps its shape: the same number of lines as an honest one, one decision line, no P.S. line.
      expect(lines).toHaveLength(
        noticeLetter(
          {
            ...hostile,
            claimant: 'x',
            articles: [{ id: 12, title: 't', original_url: 'u' }],
            operator: { siteName: 's', contact: 'c', address: null },
          },
          lang,
        ).split('\n').length,
      );
      expect(lines.filter((line) => line.startsWith('处理结果：') || line.startsWith('Decision: '))).toHaveLength(1);
      expect(lines.some((line) => line.startsWith('P.S.'))).toBe(false);
      expect(lines.join('\n')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028]/);
    },
  );

  it('quotes the flattened title in full', () => {
    expect(noticeLetter(hostile, 'zh')).toContain(`1. 云岭县法院审结一起网络转载纠纷 ${forged} [2J（文章编号 12）`);
  });
});

describe('noticeLetter signed by the operator', () => {
  const identity = {
    operator: { siteName: '云岭新闻网', contact: 'rights@yunling.example · 0871-5550123', address: '云岭市文化路8号' },
  };

  it('signs the Chinese letter with the site name, its contact and address, dated under the signature', () => {
    const lines = noticeLetter({ ...base, ...identity, status: 'removed', ...decided }, 'zh').split('\n');
    expect(lines.slice(-7)).toEqual([
      '特此函告。',
      '',
      '云岭新闻网',
      '联系方式：rights@yunling.example · 0871-5550123',
      '地址：云岭市文化路8号',
      '2026年11月5日',
      '',
    ]);
  });

  it('signs the English letter the same way, dated above the salutation', () => {
    const lines = noticeLetter({ ...base, ...identity, status: 'removed', ...decided }, 'en').split('\n');
    expect(lines.slice(0, 3)).toEqual(['5 November 2026', '', 'Dear 澄湖文化传媒有限公司,']);
    expect(lines.slice(-6)).toEqual([
      'Yours sincerely,',
      '',
      '云岭新闻网',
      'Contact: rights@yunling.example · 0871-5550123',
      'Address: 云岭市文化路8号',
      '',
    ]);
  });

  it.each([
    ['zh', '您好！本网于2026年1月30日', '【网站名称：请填写】\n2026年11月5日\n'],
    ['en', 'On 30 January 2026, we received', 'Yours sincerely,\n\n[Site name: please fill in]\n'],
  ] as const)('without a site name (%s), leaves a line to fill in and names no other site', (lang, opening, end) => {
    const letter = noticeLetter({ ...base, ...unsigned, status: 'removed', ...decided }, lang);
    expect(letter).toContain(opening);
    expect(letter.endsWith(end)).toBe(true);
    expect(letter).not.toContain('云岭新闻网');
  });
});

describe('noticeLetter forwarding a counter-notice', () => {
  const countered: Partial<NoticeInput> = {
    status: 'countered',
    ...decided,
    restore_due: '2026-03-02',
    counter_notice: {
      received: '2026-02-15T16:40:00+08:00',
      from: '青禾日报社',
      contact: 'legal@qinghe.example',
      reason: '转载已取得作者授权',
    },
  };

  it('tells the claimant in Chinese who answered, when, and the day the articles come back unless they act', () => {
    expect(noticeLetter({ ...base, ...countered }, 'zh')).toBe(
      [
        ...zhHead,
        '处理结果：经核实，上述文章已于2026年2月10日删除。2026年2月15日，我们收到青禾日报社提交的不侵权声明' +
          '（理由：转载已取得作者授权），现将该声明转送给您。如您认为上述文章仍侵犯您的权利，请在2026年3月2日前' +
          '告知我们您已向有关部门投诉或者向人民法院提起诉讼；届时未收到上述通知的，我们将于2026年3月2日恢复上述文章。',
        ...zhTail,
      ].join('\n'),
    );
  });

  it("says the same in English, without the sender's contact", () => {
    const letter = noticeLetter({ ...base, ...countered }, 'en');
    expect(letter).toBe(
      [
        ...enHead,
        'Decision: The articles listed above were removed on 10 February 2026. On 15 February 2026 we received a ' +
          'counter-notice from 青禾日报社 stating that the articles do not infringe your rights (reason given: ' +
          '转载已取得作者授权); we forward it to you with this letter. If you maintain your claim, please tell us ' +
          'before 2 March 2026 that you have filed a complaint with the competent authority or brought proceedings ' +
          'in court; otherwise we will restore the articles on 2 March 2026.',
        ...enTail,
      ].join('\n'),
    );
    expect(letter).not.toContain('legal@qinghe.example');
  });
});
