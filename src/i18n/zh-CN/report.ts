import type { report as en } from '../en/report.js';
import type { Translation } from '../messages.js';

export const report: Translation<typeof en> = {
  'report.description': '所收请求的透明度报告：处理结果、涉及的文章和网站、处理天数、权利人',
  'report.option.since': '收到日期不早于 YYYY-MM-DD 的请求',
  'report.option.until': '收到日期不晚于 YYYY-MM-DD 的请求',
  'report.option.format': '报告格式：Markdown（默认）、JSON（也可用 --json）或 CSV 统计数字',
  'report.option.includeContacts': '附上权利人的联系方式（属个人信息：不要求就不附）',
  'report.option.notices': '每个请求附一条 Lumen 格式的记录（json、md）',
  'report.noticesNotCsv': '--notices 添加的是记录而非统计数字：请与 --format json 或 md 一起使用',
};
