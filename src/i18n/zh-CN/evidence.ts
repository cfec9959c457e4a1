import type { evidence as en } from '../en/evidence.js';
import type { Translation } from '../messages.js';

export const evidence: Translation<typeof en> = {
  'evidence.description': '为一篇文章或一个下架请求生成 WACZ 证据包：原始页面、哈希、审计记录',
  'evidence.ref': '文章编号或原文网址，或下架请求 R<n>',
  'evidence.option.out': '要写入的 .wacz 文件',
  'evidence.option.force': '覆盖已有文件',
  'evidence.wrote': (p) =>
    `已写入 ${p.out}：${p.articles} 篇文章${p.purged ? `（${p.purged} 篇已清除：只含元数据和哈希）` : ''}，` +
    `${p.attachments} 个附件，${p.entries} 条日志；证据包摘要 ${p.digest}`,
  'evidence.tsaUnreachable': (p) => `无法连接时间戳机构 ${p.url}：${p.why}`,
  'evidence.tsaHttp': (p) => `时间戳机构 ${p.url} 返回 HTTP ${p.status}`,
  'evidence.emptyLog': '审计日志为空：还没有可以盖时间戳的记录',
};
