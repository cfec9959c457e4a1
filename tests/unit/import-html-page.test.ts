import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseFailure } from '../../src/import/errors.js';
import { extractHtmlPage } from '../../src/import/pages/extract/extract.js';
import { parseItem } from '../../src/import/pages/parse.js';
import { parseTextPage } from '../../src/import/pages/text-page.js';

/** The page's fields as they are stored (the warnings go to the import result). */
const parseHtmlPage = (html: string) => {
  const { warnings: _, ...page } = extractHtmlPage(html);
  return page;
};

const fixturePath = (name: string) => new URL(`../fixtures/pages/${name}`, import.meta.url);
const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
const pageOf = (name: string) => {
  const result = parseItem(readFileSync(fixturePath(name)), { path: name });
  expect(result.items).toHaveLength(1);
  expect(result.items[0].error).toBeNull();
  return { encoding: result.encoding, page: result.items[0].page! };
};

describe('parseHtmlPage, div layout', () => {
  it('reads the article and leaves out nav, sidebar, share bar, comments, scripts and footer', () => {
    expect(parseHtmlPage(fixture('div-layout.html'))).toEqual({
      title: '青石镇开通法律援助“绿色通道”',
      site: '青石新闻网',
      category: '法治在线',
      published: '2024-05-17T09:30',
      source: '青石镇司法所',
      author: '罗一鸣',
      editor: '孔令仪',
      // The count is filled in by a script: nothing to read.
      views: null,
      // The anchor's href, not its text.
      original_url: 'https://www.qingshi.example/sfs/2024/0517.html',
      site_url: null,
      body: [
        '５月１６日，青石镇法律援助工作站正式挂牌，为老年人、残疾人和农民工开通“绿色通道”。',
        '工作站实行“当日受理、三日审批”，符合条件的当事人可以在线预约律师。',
        '镇司法所所长吴清扬说，工作站今年计划办理援助案件一百件以上。',
        '咨询电话请见司法所公告栏。',
      ].join('\n'),
      disclaimer: '免责声明：本网转载内容仅供参考，如涉及版权问题，请权利人在15日内与本网联系。',
      window_days: 15,
      window_unit: 'days',
    });
  });

  it('reads an English page with og:site_name, a byline and a disclaimer in <aside>', () => {
    expect(parseHtmlPage(fixture('english.html'))).toEqual({
      title: 'Library fines abolished in Eastport',
      site: 'Harbor Ledger',
      category: 'City',
      published: '2023-02-12',
      source: 'Eastport Courier',
      author: 'Jonah Pell',
      editor: null,
      views: null,
      original_url: 'https://eastport-courier.example/city/library-fines',
      site_url: null,
      body:
        'The Eastport city council voted on Monday to stop charging overdue fines at the public library, ending a policy that dated back to 1962.\n' +
        'Library director Rosa Vale said fines kept low-income families away and brought in less money than it cost to collect them.',
      disclaimer: 'Disclaimer: Reposted for information. Rights holders may ask for removal within 15 days.',
      window_days: 15,
      window_unit: 'days',
    });
  });

  it('takes the article <h1> over a logo <h1>, and a meta line that opens with a bare date', () => {
    const page = parseHtmlPage(`<html><body><div class="header"><h1>某某网</h1></div>
      <article><h1>真正的标题</h1><p>2023-06-07 10:00 来源：新华网</p>
      <p>唯一一段正文，检查只有一段正文时也能找到。</p><p>（责任编辑：王五）</p></article></body></html>`);
    expect([page.title, page.published, page.source, page.editor, page.body]).toEqual([
      '真正的标题',
      '2023-06-07T10:00',
      '新华网',
      '王五',
      '唯一一段正文，检查只有一段正文时也能找到。',
    ]);
  });

  it('reads paragraphs written as one <div> each, and a meta line made of <span>s', () => {
    const page = parseHtmlPage(`<html><body><h2 class="title">一个没有h1的标题</h2>
      <div class="info"><span>时间：2024-01-02</span><span>来源：某某日报</span><span>作者：张三</span></div>
      <div class="article-content"><div>第一段文字，用来测试每段一个div的布局。</div><div>第二段文字，同样用来测试。</div><div>第三段。</div></div>
      <div class="page-footer">上一篇：某某新闻</div></body></html>`);
    expect(page).toMatchObject({
      title: '一个没有h1的标题',
      published: '2024-01-02',
      source: '某某日报',
      author: '张三',
      body: '第一段文字，用来测试每段一个div的布局。\n第二段文字，同样用来测试。\n第三段。',
    });
  });

  it('keeps an interview that opens with 记者: in the body', () => {
    const page = parseHtmlPage(`<html><body><h1>专访某某局长</h1>
      <div class="info">时间：2020-05-20　来源：某某网　作者：方知远</div>
      <div class="content"><p>记者：今年有哪些新变化？</p><p>局长：我们推行了电子定位与走访相结合的办法。</p></div></body></html>`);
    expect([page.author, page.body]).toEqual([
      '方知远',
      '记者：今年有哪些新变化？\n局长：我们推行了电子定位与走访相结合的办法。',
    ]);
  });

  it('reads a fragment without <body>', () => {
    expect(parseHtmlPage('<div><h1>片段标题</h1><p>片段正文。</p></div>')).toMatchObject({
      title: '片段标题',
      body: '片段正文。',
    });
  });

  it('fails with "no title" when the page has no headline at all', () => {
    expect(() => parseHtmlPage(fixture('no-title.html'))).toThrow(new ParseFailure('no title'));
  });
});

describe('parseHtmlPage, old table layout in GBK', () => {
  it('finds the title above the meta line, <br> paragraphs, and 原文链接 and 版权声明 inside the cell', () => {
    expect(pageOf('table-layout-gbk.html')).toEqual({
      encoding: 'gb18030',
      page: {
        title: '柳岸区法院审结一起网络侵权案',
        // From "<title>标题--柳岸法院网</title>".
        site: '柳岸法院网',
        category: '案例评析',
        published: '2021-06-18T10:05',
        source: '柳岸区人民法院',
        author: null,
        editor: null,
        views: null,
        original_url: 'http://www.liuan-court.example/case.asp?id=77',
        site_url: null,
        body: [
          '近日，柳岸区人民法院审结一起网络侵权纠纷案，被告在短视频平台发布不实言论，被判赔礼道歉并赔偿原告精神损害抚慰金五千元。',
          '承办法官表示，网络并非法外之地，网民发表言论应当遵守法律、尊重他人名誉。',
          '该案判决现已生效。',
        ].join('\n'),
        disclaimer: '版权声明：本站转载文章仅供参考，如有版权问题，请在二十日内联系本站。',
        window_days: 20,
        window_unit: 'days',
      },
    });
  });
});

describe('parseHtmlPage, traditional characters in Big5', () => {
  it('reads 發布日期, 來源, 點擊 1.2萬, 原文連結 and a 十五日內 window', () => {
    expect(pageOf('big5.html')).toEqual({
      encoding: 'big5',
      page: {
        title: '澄溪里民活動中心增設法律諮詢站',
        site: '澄溪新聞網',
        category: '地方新聞',
        published: '2022-09-05',
        source: '澄溪區公所',
        author: '林子恆',
        editor: null,
        views: 12000,
        original_url: 'https://www.chengxi.example/news/905',
        site_url: null,
        body: '澄溪區公所今天宣布，每週三下午在里民活動中心提供免費法律諮詢，由義務律師輪值。\n區長吳明德表示，諮詢內容包括租屋糾紛、遺產繼承與勞資爭議。',
        disclaimer: '【免責聲明】本網轉載之文章僅供參考，權利人如有異議，請於十五日內來函告知。',
        window_days: 15,
        window_unit: 'days',
      },
    });
  });
});

describe('one article as text and as HTML', () => {
  it('gives identical fields, each as the page writes it (&nbsp; and en-space indentation normalised)', () => {
    const text = [
      '欢迎访问青石新闻网!',
      '青石新闻网',
      '首页',
      '当前所在:网站首页> 法治在线 >正文',
      '青石镇开通法律援助“绿色通道”',
      '时间:2024-05-17 来源:青石镇司法所 作者:罗一鸣 浏览量:',
      '  \u2002\u2002\u2002\u2002５月１６日，工作站正式挂牌（试运行）。',
      '',
      '  \u2002\u2002\u2002\u2002工作站今年计划办理援助案件一百件以上。',
      '',
      '原文链接:https://www.qingshi.example/sfs/2024/0517.html',
      '[免责声明] 如有问题请在30日内与本网联系。',
      '青石新闻网 版权所有',
    ].join('\n');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青石镇开通法律援助“绿色通道”_青石新闻网</title></head><body>
      <div class="topbar">欢迎访问青石新闻网!</div>
      <div class="nav"><a href="/">首页</a><a href="/law">法治在线</a></div>
      <div class="position">当前所在:<a href="/">网站首页</a>&gt; <a href="/law">法治在线</a> &gt;正文</div>
      <div class="article"><h1>青石镇开通法律援助“绿色通道”</h1>
      <div class="info">时间:2024-05-17 来源:青石镇司法所 作者:罗一鸣 浏览量:<span id="hits"></span></div>
      <div class="content"><p>　　５月１６日，工作站正式挂牌（试运行）。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;工作站今年计划办理援助案件一百件以上。</p></div>
      <div class="ywlj">原文链接:<a href="https://www.qingshi.example/sfs/2024/0517.html">https://www.qingshi.example/sfs/2024/0517.html</a></div>
      <div class="mzsm">[免责声明] 如有问题请在30日内与本网联系。</div></div>
      <div class="footer"><p>青石新闻网 版权所有</p></div><script src="/hits.js"></script></body></html>`;
    expect(parseHtmlPage(html)).toEqual(parseTextPage(text));
  });
});

describe('parseHtmlPage properties', () => {
  it('never throws anything but a parse failure, whatever the markup', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(
        '<h1>',
        '</h1>',
        '<p>',
        '</p>',
        '<br>',
        '<div class="content">',
        '</div>',
        '<table><tr><td>',
        '</td></tr></table>',
        '<script>',
        '</script>',
        '时间:2024-01-02 来源:本网',
        '原文链接:<a href="http://a.example/">x</a>',
        '[免责声明] 30日内',
        '当前位置:首页 > 新闻',
        '<title>标题_某网</title>',
        '<body>',
        '</body>',
        '&nbsp;',
        '<!--',
        '-->',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        try {
          const page = parseHtmlPage(pieces.join(''));
          expect(page.title).not.toBe('');
          expect(page.body).not.toBe('');
        } catch (err) {
          expect(err).toBeInstanceOf(ParseFailure);
        }
      }),
      { numRuns: 200 },
    );
  });
});
