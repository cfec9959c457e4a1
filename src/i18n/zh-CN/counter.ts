import type { counter as en } from '../en/counter.js';
import type { Translation } from '../messages.js';

export const counter: Translation<typeof en> = {
  'counter.description': '登记已删除请求收到的不侵权声明（反通知）：请求转为 countered，满 counter-days 天后恢复内容',
  'counter.requestArgument': '已删除的请求编号，如 R3',
  'counter.receivedOption': '声明收到的时间：YYYY-MM-DD 或日期时间（在终端上会询问）',
  'counter.fromOption': '声明人：被删除内容的发布者或其代理人',
  'counter.contactOption': '声明人的联系方式（邮箱、电话、地址）',
  'counter.reasonOption': '声明人认为不构成侵权的理由',
  'counter.attachOption': '随声明提交的文件（声明书、授权书）；可多次使用',
  'counter.askFrom': '声明人：谁声明该内容不侵权',
  'counter.askReceived': '声明收到日期（YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）',
  'counter.receivedFormat': '请输入 YYYY-MM-DD 格式的日期，或 YYYY-MM-DDTHH:MM 格式的日期时间',
  'counter.needsSender': '不侵权声明须写明声明人（--from）：谁声明该内容不侵权',
  'counter.beforeRemoval': (p) =>
    `该声明的日期 ${p.received} 早于请求 ${p.id} 的删除日期 ${p.removed}：请核对 --received`,
  'counter.recorded': (p) =>
    `请求 ${p.id} 已收到 ${p.from} 的不侵权声明，应于 ${p.restoreDue} 恢复。` +
    `下一步：arca takedown notice ${p.id}（生成转送权利人的函件），` +
    `到 ${p.restoreDue} 执行 arca takedown restore ${p.id}`,
  'counter.restoreDescription': '恢复已删除的文章：已收到反通知的请求到期即可恢复，仅删除的请求须说明理由',
  'counter.restoreReasonOption': '恢复内容的理由（已收到反通知的请求可不填）',
  'counter.restoredEarly': (p) => `请求 ${p.id} 在恢复日期 ${p.restoreDue} 之前就已恢复：权利人本可在此日期前采取行动`,
  'counter.checkDescription': '供 cron 使用：列出逾期、即将到期的请求和反通知后待恢复的内容；有逾期时退出码为 3',
  'counter.checkSummary': (p) =>
    `；${p.overdue} 条反通知已过恢复日期，${p.soon} 条须在 ${p.withinDays} 天内恢复` +
    '（参见 arca takedown list --status countered）',
  'counter.noticeDescription': '输出致权利人的函件：处理结果、所涉文章和日期，或转送的不侵权声明',
  'counter.attachmentRole': '随不侵权声明提交',
};
