import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseFailure } from '../../src/import/errors.js';
import { extractHtmlPage } from '../../src/import/pages/extract/extract.js';

// Text inside script, style, noscript and template carries this marker; no field may ever show it.
const MARKER = 'ZZHIDDENZZ';
const hiddenText = fc.constantFrom(
  `var ${MARKER} = 1;`,
  `document.write("${MARKER}，这是脚本写的标题。")`,
  `来源：${MARKER}`,
  `<p>${MARKER}段落，足够长的一句话。</p>`,
  `</div><h1>${MARKER}</h1>`,
  `责任编辑：${MARKER}`,
  `if(a){b()} ${MARKER}`,
);
const hidden = fc
  .tuple(fc.constantFrom('script', 'style', 'noscript', 'template'), hiddenText)
  .map(([tag, text]) => `<${tag}>${text}</${tag}>`);

const words = fc.constantFrom(
  '澜江市今年将新建公共充电桩两万个，覆盖老旧小区。',
  '来源：新华网',
  '时间：2024-05-13 08:49',
  '（记者 周明远）',
  '相关阅读',
  '责任编辑：刘楠',
  '免责声明：如有侵权，请在30日内联系。',
  'var x = 1;',
  'http://www.example.cn/',
  '首页 | 新闻',
  'The council voted on Monday to stop charging fines.',
  '原文链接：',
  '①凡本网注明',
  '',
  ' ',
  '&nbsp;',
  '&lt;script&gt;',
);
const tags = fc.constantFrom(
  'div',
  'p',
  'span',
  'td',
  'tr',
  'table',
  'h1',
  'li',
  'ul',
  'a',
  'b',
  'font',
  'section',
  'br',
);
const classes = fc.constantFrom(
  '',
  ' class="content"',
  ' class="nav"',
  ' class="title"',
  ' class="source"',
  ' id="post_12"',
  ' class="related"',
  ' style="display:none"',
  ' class="info"',
);

/** Hostile markup: random nesting, unclosed and stray tags, script-looking text, hidden elements. */
const markup: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    words,
    hidden,
    fc
      .tuple(tags, classes, fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, children, close]) => `<${tag}${attrs}>${children.join('')}${close ? `</${tag}>` : ''}`),
    // Stray end tags and comments; no half-open "<p" (a browser would read a following <script> as its attribute).
    fc.constantFrom('</div>', '</td>', '</p></p>', '<!-- 注释 -->', '<![CDATA[ x ]]>', '>'),
  ),
})).node as fc.Arbitrary<string>;

const page = fc
  .tuple(fc.option(hidden), fc.array(markup, { maxLength: 8 }))
  .map(
    ([head, body]) => `<html><head>${head ?? ''}<title>标题_网站</title></head><body>${body.join('\n')}</body></html>`,
  );

function fieldsOf(result: ReturnType<typeof extractHtmlPage>): string[] {
  return Object.values(result)
    .flat()
    .filter((v): v is string => typeof v === 'string');
}

describe('extractHtmlPage on hostile markup', () => {
  it('returns a page or throws ParseFailure, nothing else, and never shows hidden text', () => {
    fc.assert(
      fc.property(fc.oneof(page, markup, fc.string()), (html) => {
        try {
          const result = extractHtmlPage(html);
          for (const value of fieldsOf(result)) expect(value).not.toContain(MARKER);
          expect(result.title).not.toBe('');
          expect(result.body).not.toBe('');
        } catch (err) {
          if (!(err instanceof ParseFailure)) throw err;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('survives nesting thousands of levels deep', () => {
    const depth = 20_000;
    const html = `<title>深层页面</title>${'<div>'.repeat(depth)}<p>澜江市今年将新建公共充电桩两万个，覆盖老旧小区和高速公路服务区。</p>`;
    expect(extractHtmlPage(html).body).toBe('澜江市今年将新建公共充电桩两万个，覆盖老旧小区和高速公路服务区。');
  });

  it('never takes a field from an unclosed script that swallows the rest of the page', () => {
    const html = `<title>标题</title><p>正文第一段，澜江市今年将新建公共充电桩两万个。</p><script>var t = "${MARKER}"; <p>来源：${MARKER}</p>`;
    const result = extractHtmlPage(html);
    for (const value of fieldsOf(result)) expect(value).not.toContain(MARKER);
  });
});
