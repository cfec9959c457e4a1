import type { log as en } from '../en/log.js';
import type { Translation } from '../messages.js';

export const log: Translation<typeof en> = {
  'log.description': '审计记录：文章、请求和设置的每一次变更，按时间先后排列',
  'log.option.request': '只看与该下架请求有关的记录',
  'log.option.article': '只看与该文章有关的记录（编号或原文网址）',
  'log.option.limit': '只看最新的 n 条记录',
  'log.noneMatch': '没有符合条件的审计记录',
  'log.column.seq': '序号',
  'log.column.at': '时间',
  'log.column.actor': '操作人',
  'log.column.action': '操作',
  'log.column.subject': '对象',
  'log.column.details': '详情',
  'log.column.time': '时间',
  'log.column.tsa': '时间戳机构',
  'log.column.hash': '哈希',
  'log.column.token': '令牌',
  'log.stamp.description': '请 RFC 3161 时间戳机构为最新一条审计记录的哈希签名，并保存令牌',
  'log.stamp.tsa': '时间戳机构（默认：arca config get tsa）',
  'log.stamp.noTsa': '没有时间戳机构：请加 --tsa URL，或用 arca config set tsa URL 保存一个',
  'log.stamp.done': (p) =>
    `审计记录 ${p.seq}（${p.hash}…）已由 ${p.tsa} 于 ${p.time} 盖上时间戳；可用 arca log stamps 查看`,
  'log.stamps.description': '列出审计日志的可信时间戳（令牌为 base64 编码的 DER）',
  'log.stamps.none': '还没有时间戳（用 arca log stamp --tsa URL 生成一个）',
};
