import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseFailure } from '../../src/import/errors.js';
import { toAsciiForms } from '../../src/import/pages/normalize.js';
import { parseTextPage } from '../../src/import/pages/text-page.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

describe('parseTextPage on the reposting site layout', () => {
  it('reads every field and keeps chrome and footer out of the body', () => {
    expect(parseTextPage(fixture('layout-basic.txt'))).toEqual({
      title: '临江中院召开家事审判改革推进会 探索离婚冷静期调解新机制',
      site: '清河法治网',
      category: '法院动态',
      published: '2024-03-05',
      source: '临江市中级人民法院',
      author: '佚名',
      editor: null,
      views: null,
      original_url: 'http://www.linjiang-court.example/news/detail.php?id=20240305',
      site_url: null,
      body: [
        '3月4日,临江市中级人民法院召开家事审判改革推进会,总结去年以来家事审判工作的经验,部署下一阶段的重点任务。',
        '会议指出,全市两级法院去年共审结婚姻家庭案件一千二百余件,调解撤诉率较上年提高六个百分点。',
        '会上,柳岸区人民法院介绍了"冷静期+心理疏导"的做法,由心理咨询师在调解前与当事人单独谈话。',
        '副院长周明远要求,各基层法院要在年内设立家事调解室,并与妇联、社区建立联动机制。',
      ].join('\n'),
      disclaimer:
        '[免责声明] 本文转载自网络,仅供学习交流,不作商业用途。版权归原作者所有,如有作品内容、版权或其他问题,请在30日内与本网联系,我们将及时处理。',
      window_days: 30,
      window_unit: 'days',
    });
  });

  it('reads full-width colons, several fields on a line split by U+3000 and "|", and keeps the full-width forms', () => {
    expect(parseTextPage(fixture('labels-fullwidth.txt'))).toEqual({
      title: '南岭县试行农村宅基地纠纷“一站式”调处',
      site: '南岭资讯网',
      category: '地方资讯',
      published: '2023-07-09T14:30',
      source: '南岭县司法局',
      author: '林晓岚',
      editor: '韦思远',
      views: 1204,
      original_url: 'https://www.nanling.example/sfj/2023/0709/88.html',
      site_url: null,
      body:
        '７月８日，南岭县在三个乡镇试点宅基地纠纷“一站式”调处中心，群众可在一个窗口完成申请、调解和司法确认。\n' +
        '据介绍，调处中心由司法所牵头，自然资源所、派出所和人民法庭派员常驻（每周二、周四集中受理）。',
      disclaimer: '【免责声明】本站转载的文章仅供参考，版权归原作者所有。如有侵权，请于十五天内与我们联系。',
      window_days: 15,
      window_unit: 'days',
    });
  });

  it('reads meta spread over lines, 日期/稿源/记者/编辑/点击 labels, 1.2万 views and a closing (责任编辑)', () => {
    expect(parseTextPage(fixture('labels-multiline.txt'))).toEqual({
      title: '外卖骑手交通事故责任如何认定？东湖法院发布典型案例',
      site: '东湖观察',
      category: '案例',
      published: '2022-11-30',
      source: '东湖区人民法院',
      author: '宋雨桐',
      editor: '许嘉禾',
      views: 12000,
      original_url: 'http://www.donghu-court.example/case/2022/1130.html',
      site_url: null,
      body:
        '东湖区人民法院30日发布五起涉外卖骑手交通事故典型案例,涉及用工关系认定、保险理赔等问题。\n' +
        '法官提示,平台企业应当依法为骑手投保,骑手也应遵守交通规则,不得逆行、闯红灯。',
      disclaimer: '版权声明:本网转载内容版权归原作者所有,权利人如有异议,请在一个月内来函,本网核实后将删除。',
      window_days: 30,
      window_unit: 'days',
    });
  });

  it('gives a null disclaimer and window when the page has none, and still drops the footer', () => {
    const page = parseTextPage(fixture('no-disclaimer.txt'));
    expect(page.disclaimer).toBeNull();
    expect(page.window_days).toBeNull();
    expect(page.original_url).toBeNull();
    expect(page.views).toBe(86);
    expect(page.body).toBe(
      '北川街道近日为辖区一百二十户独居老人免费安装燃气泄漏报警器,报警信息同步推送到网格员手机。\n' +
        '街道负责人表示,下一步将把烟感报警器纳入服务清单。',
    );
  });

  it('keeps interview lines that open with 记者: in the body', () => {
    const page = parseTextPage(fixture('interview.txt'));
    expect(page.author).toBe('记者 方知远 通讯员 陶然');
    expect(page.views).toBe(3050);
    expect(page.body.split('\n')).toEqual([
      '记者:社区矫正工作今年有哪些新变化?',
      '董立新:今年我们在全区推行了电子定位与走访相结合的办法。',
      '记者:群众最关心的是什么?',
      '董立新:最关心的是安全和帮扶,我们为每名矫正对象配了帮扶小组。',
    ]);
    expect(page.window_days).toBe(30);
  });

  it('reads traditional characters: 時間, 來源, 編輯, 瀏覽, 原文連結, 免責聲明 and 三十日內', () => {
    expect(parseTextPage(fixture('traditional.txt'))).toEqual({
      title: '澄溪地院推出線上調解平臺 民眾免出門即可完成調解',
      site: '澄溪新聞網',
      category: '司法動態',
      published: '2023-02-14',
      source: '澄溪地方法院',
      author: '陳靜宜',
      editor: '黃以恆',
      views: 2310,
      original_url: 'https://www.chengxi-court.example/news/214',
      site_url: null,
      body: '澄溪地方法院今日正式啟用線上調解平臺,當事人可透過視訊與調解委員溝通。\n院方表示,平臺上線三個月來已受理一百四十件案件,成立比例約六成。',
      disclaimer: '【免責聲明】本網轉載文章僅供參考,如涉及版權問題,請於三十日內與本網聯絡,我們將儘速處理。',
      window_days: 30,
      window_unit: 'days',
    });
  });

  it('reads an English page', () => {
    expect(parseTextPage(fixture('english.txt'))).toEqual({
      title: 'Eastport court opens evening sessions for small claims',
      site: 'Harbor Ledger',
      category: 'Courts',
      published: '2024-03-04T10:15',
      source: 'Eastport Courier',
      author: 'Mara Quill',
      editor: 'Dan Reyes',
      views: 1204,
      original_url: 'https://eastport-courier.example/2024/03/04/evening-sessions',
      site_url: null,
      body:
        'The Eastport municipal court will hear small claims on Tuesday and Thursday evenings starting next month, the court clerk announced.\n' +
        'Clerk Ona Bright said the evening sessions are meant for residents who cannot leave work during the day.',
      disclaimer:
        'Disclaimer: Articles are reposted for information only. Rights holders who object may contact us within thirty days and we will remove the content.',
      window_days: 30,
      window_unit: 'days',
    });
  });

  it('reads 发表时间/出处 and a 二十日 window from a 版权声明', () => {
    const page = parseTextPage(fixture('twenty-days.txt'));
    expect([page.published, page.source, page.window_days]).toEqual(['2019-08-03', '云岭镇人民政府', 20]);
  });

  it('reads the same fields whether a page uses ASCII or full-width forms, and keeps the forms it uses', () => {
    const ascii = fixture('layout-basic.txt');
    const fullWidth = ascii.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const page = parseTextPage(fullWidth);
    const folded = Object.fromEntries(
      Object.entries(page).map(([k, v]) => [k, typeof v === 'string' ? toAsciiForms(v) : v]),
    );
    expect(folded).toEqual(parseTextPage(ascii));
    expect(page.body).toContain('会上，柳岸区人民法院介绍了＂冷静期＋心理疏导＂的做法');
    expect(page.original_url).toBe('http://www.linjiang-court.example/news/detail.php?id=20240305');
  });

  it('fails with "no title" when nothing can be a title', () => {
    expect(() => parseTextPage('欢迎访问清河法治网!\n首页\n')).toThrow(new ParseFailure('no title'));
  });

  it('fails with "no body" when the page stops after its header', () => {
    expect(() => parseTextPage('当前所在:网站首页> 法院动态 >正文\n某某标题\n时间:2024-01-01 来源:本网')).toThrow(
      /^no body/,
    );
  });
});

describe('parseTextPage properties', () => {
  it('never throws anything but a parse failure, whatever the text', () => {
    const lines = fc.array(
      fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.constantFrom(
          '时间:',
          '来源:',
          '[免责声明]',
          '原文链接:',
          '当前所在:网站首页>',
          '首页',
          '版权所有',
          '  ',
          '\u3000',
          '作者:',
          '浏览量:1.2万',
        ),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(lines, (parts) => {
        try {
          const page = parseTextPage(parts.join('\n'));
          expect(page.title).not.toBe('');
          expect(page.body).not.toBe('');
        } catch (err) {
          expect(err).toBeInstanceOf(ParseFailure);
        }
      }),
      { numRuns: 500 },
    );
  });

  const han = fc.constantFrom(
    ...'法院审理案件工作会议指出推进改革群众调解社区服务建设发展提高农村城市教育医疗交通'.split(''),
  );
  const sentence = fc.array(han, { minLength: 4, maxLength: 60 }).map((cs) => `${cs.join('')}。`);
  const footers = fc.subarray(
    [
      '某某资讯中心主办 | 某某办公室 主管',
      '某某网 www.example.org 版权所有。',
      '联系电话:010-00000000,监督电话:00000000000',
      '第一办公区:某市某区某路26号',
      '邮箱:someone@example.com  客服QQ:100200300',
      '京ICP备00000000号',
    ],
    { minLength: 1 },
  );

  it('never puts footer lines into the body of a well-formed page', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 8 }),
        footers,
        fc.boolean(),
        fc.boolean(),
        (paragraphs, footer, withLink, withDisclaimer) => {
          const page = [
            '欢迎访问某某网!',
            '某某网',
            '',
            '首页',
            '',
            '当前所在:网站首页> 资讯速递 >正文',
            '',
            '某某标题',
            '',
            '时间:2024-01-02 来源:某某法院 作者:佚名 浏览量:',
            '',
            '  ',
            '',
            ...paragraphs.flatMap((p) => [`  \u2002\u2002\u2002\u2002${p}`, '']),
            '',
            ...(withLink ? ['原文链接:http://www.example.org/a.html'] : []),
            ...(withDisclaimer ? ['[免责声明] 请在30日内与本网联系。'] : []),
            ...footer,
          ].join('\n');
          const parsed = parseTextPage(page);
          expect(parsed.body).toBe(paragraphs.join('\n'));
          for (const line of footer) expect(parsed.body).not.toContain(line);
        },
      ),
      { numRuns: 300 },
    );
  });
});
