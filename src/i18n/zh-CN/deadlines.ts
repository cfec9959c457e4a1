import type { deadlines as en } from '../en/deadlines.js';
import type { Translation } from '../messages.js';

export const deadlines: Translation<typeof en> = {
  'deadlines.calendarName': 'arca 下架请求截止日期',
  'deadlines.event.summary': (p) => `下架请求 ${p.id} 到期：${p.claimant}`,
  'deadlines.event.claimant': (p) => `权利人：${p.claimant}`,
  'deadlines.event.work': (p) => `作品：${p.work}`,
  'deadlines.event.received': (p) => `收到日期：${p.date}`,
  'deadlines.event.due': (p) => `截止日期：${p.date}`,
  'deadlines.event.counterNotice': (p) => `反通知：${p.from}，收到于 ${p.date}`,
  'deadlines.event.restoreDue': (p) => `应恢复日期：${p.date}`,
  'deadlines.event.restoreSummary': (p) => `恢复下架请求 ${p.id}：${p.from} 提交了反通知`,
  'deadlines.event.articles': '涉及文章：',
  'deadlines.description': '把未结请求的截止日期写成 iCalendar 文件（每个请求一个全天事件，带提醒）',
  'deadlines.option.out': '要写入的 .ics 文件，- 表示标准输出',
  'deadlines.option.force': '文件已存在时覆盖',
  'deadlines.written': (p) => `${p.count} 个截止日期${p.out ? `已写入 ${p.out}` : ''}`,
  'deadlines.noticeLang': '回函的语言（默认：存档的 language 设置）',
};
