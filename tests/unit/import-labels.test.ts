import { describe, expect, it } from 'vitest';
import { isFooterLine, isNavigationLine, readBreadcrumb, siteFromWelcome } from '../../src/import/pages/chrome.js';
import { isDisclaimerLine, readFieldLine, readMetaLine } from '../../src/import/pages/labels.js';

describe('readFieldLine', () => {
  it('reads several fields on one line, values running to the next label', () => {
    expect(readFieldLine('时间:2019-11-13 来源:黑龙江省高级人民法院 作者:佚名 浏览量:')?.fields).toEqual({
      published: '2019-11-13',
      source: '黑龙江省高级人民法院',
      author: '佚名',
      views: null,
    });
  });

  it('keeps the words of a value with spaces, and 记者 without a colon is not a label', () => {
    expect(readFieldLine('来源:本网 作者:记者 方知远 通讯员 陶然')?.fields).toEqual({
      source: '本网',
      author: '记者 方知远 通讯员 陶然',
    });
  });

  it('accepts full-width colons and U+3000, &nbsp;, nbsp and "|" between fields', () => {
    expect(
      readFieldLine(
        '发布时间：2023年7月9日　信息来源：县司法局&nbsp;&nbsp;撰稿：林晓岚\u00a0|\u00a0责任编辑：韦思远 | 阅读：1,204',
      )?.fields,
    ).toEqual({
      published: '2023年7月9日',
      source: '县司法局',
      author: '林晓岚',
      editor: '韦思远',
      views: '1,204',
    });
  });

  it.each([
    ['发布日期:2024-01-02', 'published'],
    ['日期:2024-01-02', 'published'],
    ['发表时间:2024-01-02', 'published'],
    ['時間:2024-01-02', 'published'],
    ['發布時間:2024-01-02', 'published'],
    ['Date: 2024-01-02', 'published'],
    ['Published: 2024-01-02', 'published'],
    ['信息来源:甲', 'source'],
    ['稿源:甲', 'source'],
    ['出处:甲', 'source'],
    ['转载自:甲', 'source'],
    ['來源:甲', 'source'],
    ['Source: Eastport Courier', 'source'],
    ['撰稿:甲', 'author'],
    ['记者:甲', 'author'],
    ['Author: Mara Quill', 'author'],
    ['By: Mara Quill', 'author'],
    ['By Mara Quill', 'author'],
    ['编辑:甲', 'editor'],
    ['责任编辑:甲', 'editor'],
    ['編輯:甲', 'editor'],
    ['Editor: Dan Reyes', 'editor'],
    ['浏览次数:5', 'views'],
    ['阅读:5', 'views'],
    ['点击:5', 'views'],
    ['瀏覽:5', 'views'],
    ['Views: 5', 'views'],
    ['原文链接:http://a.example/', 'original_url'],
    ['原文地址:http://a.example/', 'original_url'],
    ['原文网址:http://a.example/', 'original_url'],
    ['原文連結:http://a.example/', 'original_url'],
    ['Original link: http://a.example/', 'original_url'],
    ['Source URL: http://a.example/', 'original_url'],
  ])('%s is the %s label', (line, field) => {
    const read = readFieldLine(line);
    expect(read?.first).toBe(field);
    expect(read?.leading).toBe('');
  });

  it('gives null for a line without labels', () => {
    expect(readFieldLine('会议指出,全市法院去年共审结案件一千余件。')).toBeNull();
  });

  it('reads a label line wrapped in brackets', () => {
    expect(readFieldLine('（责任编辑：许嘉禾）')?.fields).toEqual({ editor: '许嘉禾' });
  });
});

describe('readMetaLine', () => {
  it('takes a bare date before the labels as the publication date', () => {
    expect(readMetaLine('2023-06-07 10:00 来源:新华网')).toEqual({ published: '2023-06-07 10:00', source: '新华网' });
  });

  it('is not fooled by prose that merely contains a label', () => {
    expect(readMetaLine('他说,消息来源:可靠')).toBeNull();
    expect(readMetaLine('原文链接:http://a.example/')).toBeNull();
  });
});

describe('isDisclaimerLine', () => {
  it.each([
    '[免责声明] 本文…',
    '【免责声明】本文…',
    '免责声明:本文…',
    '版权声明：本网…',
    '【免責聲明】本網…',
    'Disclaimer: reposted…',
    '免责声明',
  ])('recognises %s', (line) => {
    expect(isDisclaimerLine(line)).toBe(true);
  });

  it('does not take prose for a disclaimer', () => {
    expect(isDisclaimerLine('该公司发布免责声明称…')).toBe(false);
  });
});

describe('site chrome', () => {
  it.each([
    ['当前所在:网站首页> 资讯速递 >正文', '资讯速递'],
    ['当前位置：首页 > 新闻中心 > 法院动态 > 正文', '法院动态'],
    ['您的位置:首页>>法治>>案例', '案例'],
    ['當前位置:首頁 > 司法動態 > 正文', '司法動態'],
    ['Home > Courts > Article', 'Courts'],
  ])('reads the category of %s', (line, category) => {
    expect(readBreadcrumb(line)).toEqual({ category });
  });

  it('knows a breadcrumb naming no section, and prose that is none', () => {
    expect(readBreadcrumb('当前位置:首页 > 正文')).toEqual({ category: null });
    expect(readBreadcrumb('会议的位置在三楼')).toBeNull();
  });

  it('reads the site from a welcome line', () => {
    expect(siteFromWelcome('欢迎访问政策法规网!')).toBe('政策法规网');
    expect(siteFromWelcome('歡迎訪問澄溪新聞網！')).toBe('澄溪新聞網');
    expect(siteFromWelcome('Welcome to Harbor Ledger!')).toBe('Harbor Ledger');
    expect(siteFromWelcome('政策法规网')).toBeNull();
  });

  it('knows navigation and toolbars', () => {
    expect(isNavigationLine('首页')).toBe(true);
    expect(isNavigationLine('首页 | 新闻 | 政策')).toBe(true);
    expect(isNavigationLine('【字号：大 中 小】【打印】【关闭】')).toBe(true);
    expect(isNavigationLine('首页面设计大赛昨日开幕')).toBe(false);
  });

  it.each([
    '北京国信涉农资讯中心主办 | 政讯通-全国政务信息一体化办公室 主管',
    '政策法规网 www.zcfgw.org 版权所有。',
    '联系电话:010-00000000,监督电话:00000000000',
    '第一办公区:北京市东城区某某大街26号',
    '邮箱:someone@example.com  客服QQ:100200300',
    '浙ICP备00000000号',
    'Copyright © 2024 Harbor Ledger. All rights reserved.',
  ])('knows the footer line %s', (line) => {
    expect(isFooterLine(line)).toBe(true);
  });

  it('does not take prose mentioning a phone number for a footer', () => {
    expect(isFooterLine('会议指出,一年来工作成效明显,电话:010-00000000')).toBe(false);
    expect(isFooterLine('本次活动由区司法局主办。')).toBe(false);
  });
});
