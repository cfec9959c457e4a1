/**
 * Recognising a site's chrome around an article, line by line: the welcome line naming the site,
 * navigation, the breadcrumb, the toolbar ("【打印】【关闭】"), the end-of-article navigation and
 * the footer. Shared by the text and HTML page parsers.
 */

const BREADCRUMB =
  /^[\s\u3000]*(?:当前所在|当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|现在位置|當前位置|您現在的位置|目前位置|位置|you are here)\s*[:：]\s*/i;
const HOME_BREADCRUMB = /^[\s\u3000]*(?:home|首页|网站首页|首頁)\s*(?:>|＞|›|»|→)/i;
const CRUMB_SEPARATOR = /\s*(?:>|＞|›|»|→|\/|／)\s*/;
const CRUMB_NOISE =
  /^(?:首页|网站首页|主页|本站首页|首頁|網站首頁|home|正文|内容|內容|详情|詳情|文章|正文内容|article|content|detail)$/i;

export interface Breadcrumb {
  /** The innermost section named, e.g. "资讯速递"; null when the trail names only home and the article. */
  category: string | null;
}

/** Reads a breadcrumb line ("当前所在:网站首页> 资讯速递 >正文"); null when the line is no breadcrumb. */
export function readBreadcrumb(line: string): Breadcrumb | null {
  const labelled = BREADCRUMB.exec(line);
  if (!labelled && !HOME_BREADCRUMB.test(line)) return null;
  const trail = labelled ? line.slice(labelled[0].length) : line;
  const crumbs = trail
    .split(CRUMB_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !CRUMB_NOISE.test(s));
  return { category: crumbs.length > 0 ? crumbs[crumbs.length - 1] : null };
}

const WELCOME =
  /^[\s\u3000]*(?:欢迎(?:您)?(?:访问|来到|光临|登录|進入|进入)|歡迎(?:您)?(?:訪問|來到|光臨|進入)|welcome to)\s*([^!！。,，;；~]+?)\s*(?:[!！。,，;；~]|\.?\s*$)/i;

/** The site named by a welcome line ("欢迎访问政策法规网!" → "政策法规网"), else null. */
export function siteFromWelcome(line: string): string | null {
  return WELCOME.exec(line)?.[1] ?? null;
}

const NAV_START = /^(?:首页|网站首页|首頁|home)(?:[\s\u3000|丨｜·]|$)/i;
const TOOLBAR =
  /(?:字号|字體|字体)\s*[:：]|打印本页|打印此页|[【[]\s*(?:打印|关闭|關閉|收藏)\s*[】\]]|关闭窗口|關閉窗口|分享到\s*[:：]?|^share\b/i;
const TOOLBAR_MAX_LENGTH = 60;

/** Navigation bars and toolbars: "首页", "首页 | 新闻 | 法规", "【字号:大 中 小】【打印】【关闭】". */
export function isNavigationLine(line: string): boolean {
  const trimmed = line.trim();
  return NAV_START.test(trimmed) || (trimmed.length <= TOOLBAR_MAX_LENGTH && TOOLBAR.test(trimmed));
}

const FOOTER = [
  /版权所有|版權所有|all rights reserved|copyright|©|\(c\)\s*\d{4}/i,
  /ICP备|ICP證|ICP证|公网安备|公網安備|网站标识码|網站標識碼/i,
  /(?:主办|主管|承办|协办|主辦|承辦|協辦|技术支持|技術支持)(?:单位|單位)?(?:\s*[:：|]|\s|$)/,
  // Contact labels open the line or follow a space, "|" or ";" ("客服QQ:" aside), never a comma in prose.
  /(?:^|[\s|;；])[^\s|;；,，。]{0,8}(?:电话|電話|传真|傳真|邮箱|郵箱|电子邮件|邮编|郵編|地址|办公区|辦公區|e-?mail|tel|fax|phone|qq)\s*[:：]/i,
];
const FOOTER_MAX_LENGTH = 150;

/** A footer line: sponsor, copyright, ICP licence, phone numbers, addresses, e-mail, QQ. */
export function isFooterLine(line: string): boolean {
  return line.length <= FOOTER_MAX_LENGTH && FOOTER.some((p) => p.test(line));
}

/** Lines after which the article is over: previous/next links, related articles. */
const ARTICLE_END =
  /^[\s\u3000]*(?:上一篇|下一篇|上一條|下一條|上一条|下一条|相关新闻|相关阅读|相关文章|相關新聞|相關閱讀|相關文章|推荐阅读|previous|next|related)(?:\s*[:：]|$)/i;

export function isArticleEndLine(line: string): boolean {
  return ARTICLE_END.test(line);
}
