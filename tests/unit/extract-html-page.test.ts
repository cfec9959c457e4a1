import { describe, expect, it } from 'vitest';
import { ParseFailure } from '../../src/import/errors.js';
import { extractHtmlPage } from '../../src/import/pages/extract/extract.js';
import { cleanName } from '../../src/import/pages/extract/names.js';
import { dateFromUrl } from '../../src/import/pages/extract/url-date.js';

const PARAGRAPHS = [
  '　　５月１６日，青石镇法律援助工作站正式挂牌，为老年人、残疾人和农民工开通“绿色通道”。',
  '工作站实行“当日受理、三日审批”，符合条件的当事人可以在线预约律师，办理时间缩短一半以上。',
  '镇司法所所长吴清扬说：工作站今年计划办理援助案件一百件以上！你们觉得够吗？',
];
const paras = (list = PARAGRAPHS) => list.map((p) => `<p>${p}</p>`).join('\n');
const EXPECTED_BODY = PARAGRAPHS.map((p) => p.trim()).join('\n');

/** A page of the common CMS layout: nav, headline, meta line, content, related links, footer. */
function cmsPage({ head = '', meta = '', content = paras(), after = '' } = {}): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青石镇开通法律援助“绿色通道”_青石新闻网</title>${head}</head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/law">法治</a></div>
<div class="article">
<h1>青石镇开通法律援助“绿色通道”</h1>
<div class="info">${meta}</div>
<div class="content">${content}</div>
${after}
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/1">青石镇举办普法集市，群众踊跃参加。</a></li></ul></div>
<div class="footer">青石新闻网 版权所有 © 2024　电话：0000-7654321</div>
</body></html>`;
}

describe('extractHtmlPage: text as published', () => {
  it('keeps full-width punctuation and digits in title and body; only whitespace is normalised', () => {
    const page = extractHtmlPage(cmsPage({ meta: '发布时间：2024-05-17 09:30　来源：青石镇司法所' }));
    expect(page.title).toBe('青石镇开通法律援助“绿色通道”');
    expect(page.body).toBe(EXPECTED_BODY);
    expect(page.body).toContain('５月１６日，');
    expect(page.body).toContain('说：');
  });

  it('collapses runs of spaces, tabs and no-break spaces inside a line, and keeps paragraphs', () => {
    const page = extractHtmlPage(
      cmsPage({
        content:
          '<p>第一段　文字，\t\t有  空格&nbsp;&nbsp;和制表符，内容足够长的一段话。</p><p>第二段，另起一行的文字也足够长。</p>',
      }),
    );
    expect(page.body).toBe('第一段　文字， 有 空格 和制表符，内容足够长的一段话。\n第二段，另起一行的文字也足够长。');
  });

  it('reads <br>-separated paragraphs of an old table layout', () => {
    const html = `<html><head><title>澜江热线</title></head><body><table><tr><td>
<font size="4"><b>江滨大道改造工程年底完工</b></font></td></tr>
<tr><td>2004年11月26日 16:20　稿源：澜江日报</td></tr>
<tr><td>　　记者昨天从市建设局了解到，改造工程已进入收尾阶段，预计12月底全线通车。<br><br>　　改造后道路由双向四车道拓宽为双向六车道，两侧新建绿化带。</td></tr>
</table></body></html>`;
    const page = extractHtmlPage(html);
    expect(page.title).toBe('江滨大道改造工程年底完工');
    expect(page.published).toBe('2004-11-26T16:20');
    expect(page.source).toBe('澜江日报');
    expect(page.body.split('\n')).toHaveLength(2);
  });
});

describe('extractHtmlPage: body', () => {
  it('leaves out navigation, related links, share bars, comments and the footer', () => {
    const page = extractHtmlPage(
      cmsPage({
        after:
          '<div class="share">分享到：<a>微博</a><a>微信</a></div>' +
          '<div class="comments"><p>网友甲：这个好，给老人办事方便多了，希望各个镇都能推广，真是为群众办了实事。</p></div>',
      }),
    );
    expect(page.body).toBe(EXPECTED_BODY);
  });

  it('never takes text from script, style, noscript, template or comments', () => {
    const page = extractHtmlPage(
      cmsPage({
        content: `<script>var secret = "脚本文字，不应出现。";</script><style>.x{content:"样式文字"}</style>
<noscript><p>请开启浏览器的JavaScript，以获得更好的体验。</p></noscript><template><p>模板文字，发表你的看法。</p></template>
<!-- 注释文字，不应出现。 -->${paras()}`,
      }),
    );
    expect(page.body).toBe(EXPECTED_BODY);
  });

  it('leaves out a block opened by a recommendation heading even without a telling class', () => {
    const page = extractHtmlPage(
      cmsPage({
        after:
          '<div class="box"><h3>为你推荐</h3><ul><li><h4><a href="/t/1">澜江新增充电桩</a></h4>' +
          '<p>记者从市发展改革委获悉，今年全市将新建公共充电桩两万个，覆盖老旧小区。</p></li></ul></div>',
      }),
    );
    expect(page.body).toBe(EXPECTED_BODY);
  });

  it('takes the first post of a forum thread, not the replies', () => {
    const post = (id: number, text: string) => `<div id="post_${id}"><table><tr><td class="pls">用户${id}</td>
<td class="t_f" id="postmessage_${id}">${text}</td></tr></table></div>`;
    const html = `<html><head><title>出口什么时候开？ - 城事杂谈 - 澜江论坛 - Powered by Discuz!</title></head><body>
<h1><a href="#">[城市建设]</a> <span>出口什么时候开？</span></h1><div id="postlist">
${post(1001, '住在北屿新城三年了，离我们小区最近的出口还是围着挡板，每天上班得多绕五六百米。')}
${post(1002, '同问，我们小区也是，每天早上绕得腿都酸了，真希望早点开放。')}
${post(1003, '我查了一下之前公示的规划图，出口确实和商业体连通设计，商场主体已经封顶，估计年底。')}
</div></body></html>`;
    const page = extractHtmlPage(html);
    expect(page.body).toBe('住在北屿新城三年了，离我们小区最近的出口还是围着挡板，每天上班得多绕五六百米。');
    expect(page.title).toBe('出口什么时候开？');
    expect(page.site).toBe('澜江论坛');
  });

  it('reads an article WeChat hides until a script shows it (visibility:hidden)', () => {
    const html = `<html><head><meta property="og:title" content="这条路今起封闭施工，请绕行！"><title>这条路今起封闭施工，请绕行！</title></head>
<body><h1 class="rich_media_title">这条路今起封闭施工，请绕行！</h1>
<div><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">澜江发布</a></span>
<em id="publish_time"></em></div>
<div id="js_content" style="visibility: hidden;"><section><span>文/冯晓川</span></section>
<section><span>记者从澜江市交警支队获悉，因地铁施工需要，江滨路将实施全封闭施工，预计封闭至11月底。</span></section>
<section><span>编辑：陶然</span></section></div>
<script>var ct = "1715561340";</script></body></html>`;
    const page = extractHtmlPage(html);
    expect(page.body).toBe('记者从澜江市交警支队获悉，因地铁施工需要，江滨路将实施全封闭施工，预计封闭至11月底。');
    expect(page).toMatchObject({
      site: '澜江发布',
      author: '冯晓川',
      editor: '陶然',
      published: '2024-05-13T08:49:00',
    });
  });

  it('throws ParseFailure for a page without a body or without a title', () => {
    const navigationOnly =
      '<html><head><title>标题</title></head>' + '<body><div class="nav"><a href="/">首页</a></div></body></html>';
    expect(() => extractHtmlPage(navigationOnly)).toThrow(ParseFailure);
    expect(() => extractHtmlPage('')).toThrow(ParseFailure);
  });
});

describe('extractHtmlPage: metadata precedence', () => {
  it('takes JSON-LD NewsArticle fields before the meta line', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: '青石镇开通法律援助“绿色通道”',
          datePublished: '2024-05-13T08:49:00+08:00',
          author: [{ '@type': 'Person', name: '梁晓' }],
          publisher: { '@type': 'Organization', name: '凤凰网' },
        },
      ],
    });
    const page = extractHtmlPage(
      cmsPage({
        head: `<script type="application/ld+json">${ld}</script>`,
        meta: '2024-05-01 10:00 来源：东川日报',
      }),
    );
    expect(page).toMatchObject({ published: '2024-05-13T08:49:00', author: '梁晓', source: '东川日报' });
  });

  it('reads the government CMS meta (ArticleTitle, PubDate, ContentSource) and og:site_name', () => {
    const page = extractHtmlPage(
      cmsPage({
        head:
          '<meta name="PubDate" content="2023-09-26 10:00"><meta name="ContentSource" content="东川省教育厅">' +
          '<meta property="og:site_name" content="东川省人民政府">',
      }),
    );
    expect(page).toMatchObject({ published: '2023-09-26T10:00', source: '东川省教育厅', site: '东川省人民政府' });
  });

  it('skips an article:author that names the outlet and takes the byline in the dateline', () => {
    const page = extractHtmlPage(
      cmsPage({
        head: '<meta property="article:author" content="东川日报">',
        meta: '<span class="date">2024年05月13日 08:49</span> <a class="source">东川日报</a>',
        content: paras([
          '东川日报讯（记者 韩冬雪）首批“乡村工匠”名师评定结果公布，共有86人入选。',
          ...PARAGRAPHS.slice(1),
        ]),
      }),
    );
    expect(page).toMatchObject({ author: '韩冬雪', source: '东川日报', published: '2024-05-13T08:49' });
    expect(page.body.startsWith('东川日报讯（记者 韩冬雪）')).toBe(true);
  });

  it('reads the trailer lines (责任编辑, （记者 X）) as fields, not body', () => {
    const page = extractHtmlPage(
      cmsPage({
        meta: '2024-05-13 来源：新华网',
        content: `${paras()}<p>（记者 罗晓燕）</p><p>扫描二维码关注新浪新闻官方微信，第一时间获取最新资讯。</p>`,
        after: '<div class="edit">【纠错】 【责任编辑：刘楠】</div>',
      }),
    );
    expect(page.body).toBe(EXPECTED_BODY);
    expect(page).toMatchObject({ author: '罗晓燕', editor: '刘楠' });
  });

  it('cleans sources of dates, brackets and buttons', () => {
    expect(cleanName('[ 人民网 ]')).toBe('人民网');
    expect(cleanName('人民日报 2024-05-13 08:49')).toBe('人民日报');
    expect(cleanName('松科说娱乐 举报')).toBe('松科说娱乐');
    expect(cleanName('陈一平　校对：张艳')).toBe('陈一平');
  });

  it('takes the date from the URL as a last resort and says so', () => {
    expect(dateFromUrl('http://www.example.gov.cn/jcdt/2019/0926/c1234a5678/page.htm')).toBe('2019-09-26');
    expect(dateFromUrl('http://news.example.cn/2024-05/13/c_1130.htm')).toBe('2024-05-13');
    expect(dateFromUrl('http://news.example.cn/a/20240513/123.shtml')).toBe('2024-05-13');
    expect(dateFromUrl('http://news.example.cn/a/20241399/123.shtml')).toBeNull();
    const page = extractHtmlPage(cmsPage(), { url: 'http://www.example.cn/news/2024/0517/88.html' });
    expect(page.published).toBe('2024-05-17');
    expect(page.warnings).toContain("date taken from the page's address");
  });

  it('warns when no date is found', () => {
    expect(extractHtmlPage(cmsPage()).warnings).toContain('no publication date found');
  });
});

describe('extractHtmlPage: title', () => {
  it('never takes the title from script code, a URL or a bare site name', () => {
    const html = `<html><head><title>http://www.qianlong.example/ 2005-07-18 13:03:17</title></head><body>
<table><tr><td class="title"><script>var is_file=''; if(is_file!=''){document.write('附件');}</script>
<font size="4"><b>我市今夏用电负荷创历史新高</b></font></td></tr>
<tr><td>发布时间：2005-07-18 13:03:17　来源：澜江晚报</td></tr>
<tr><td class="content">${paras()}</td></tr></table></body></html>`;
    const page = extractHtmlPage(html);
    expect(page.title).toBe('我市今夏用电负荷创历史新高');
    expect(page.source).toBe('澜江晚报');
  });

  it('takes a headline that is a date written out ("2024年6月27日"), never a timestamp line under it', () => {
    const html = `<html><head><title>2024年6月27日_青石新闻网</title></head><body><div class="article">
<h1>2024年6月27日</h1><div class="info">2024-06-28 08:49　来源：青石日报</div>
<div class="content">${paras()}</div></div></body></html>`;
    const page = extractHtmlPage(html);
    expect([page.title, page.published, page.warnings]).toEqual(['2024年6月27日', '2024-06-28T08:49', []]);
  });

  it('keeps a [tag] the <title> repeats, a title ending in ";", and a short first <p> (its own headline)', () => {
    const title = '【检察动态】澜江县开展汛期安全检查&#x3000;';
    const html = `<html><head><title>${title.replace('&', '&amp;')}_青石新闻网</title></head><body><div class="article">
<h1>${title.replace('&', '&amp;')}</h1><div class="info">时间:2024-06-28 来源:青石日报</div>
<div class="content"><p>　　澜江县开展汛期安全检查</p>${paras()}</div></div></body></html>`;
    const page = extractHtmlPage(html);
    expect(page.title).toBe(title);
    expect(page.body).toBe(`澜江县开展汛期安全检查\n${EXPECTED_BODY}`);
  });

  it('falls back to <title> without its site suffix, with a warning', () => {
    const html = `<html><head><title>东川省推进县域医共体建设 - 新华网</title></head><body><div>${paras()}</div></body></html>`;
    const page = extractHtmlPage(html);
    expect(page.title).toBe('东川省推进县域医共体建设');
    expect(page.warnings.some((w) => w.startsWith('title taken from'))).toBe(true);
  });
});

describe('extractHtmlPage: 原文链接 and disclaimers', () => {
  it('reads the original link from its anchor and a ①②③ disclaimer under a bare label', () => {
    const page = extractHtmlPage(
      cmsPage({
        after:
          '<div class="yuanwen">原文链接：<a href="http://www.example.gov.cn/a/1.shtml">青石镇司法所</a></div>' +
          '<div class="mzsm"><p><b>版权声明：</b></p><p>①凡本网注明“来源：本网”的作品，版权均属本网所有。</p>' +
          '<p>②凡本网注明“来源：XXX”的作品，均转载自其它媒体。</p><p>③如因版权问题需要同本网联系的，请在作品发表之日起30日内进行。</p></div>',
      }),
    );
    expect(page.original_url).toBe('http://www.example.gov.cn/a/1.shtml');
    expect(page.disclaimer?.split('\n')).toHaveLength(4);
    expect(page.window_days).toBe(30);
    expect(page.source).toBeNull();
  });
});
