import type { workdays as en } from '../en/workdays.js';
import type { Translation } from '../messages.js';

export const workdays: Translation<typeof en> = {
  'dates.invalidDate': (p) =>
    `${p.flag} 需要一个日期，例如 2026-11-20、2026/11/20、2026.11.20 或 2026年11月20日（收到的是“${p.text}”）`,
  'dates.invalidDateTime': (p) =>
    `${p.flag} 需要一个日期，例如 2026-11-20、2026/11/20 或 2026年11月20日，` +
    `也可以带上时间：2026-11-20 14:30、2026年11月20日 14:30（收到的是“${p.text}”）`,
  'dates.timeNotAllowed': (p) => `${p.flag} 只接受日期，不带时间，例如 2026-11-20（收到的是“${p.text}”）`,
  'channel.unknown': (p) =>
    `${p.flag} 应为 ${p.choices} 之一，也可以写中文名，如 微信、QQ、平台、邮件（收到的是“${p.text}”）`,
  'workdays.daysAndWorkdays': '--days 和 --workdays 只能选一个',
  'channel.option': '投诉渠道，也可写中文名（微信、公众号、QQ、平台、邮件 等）',
  'channel.noteOption': '渠道备注：哪个平台或应用，或“其他”具体指什么（单独使用时即 --channel other）',
  'channel.label.email': '电子邮件（email）',
  'channel.label.phone': '电话（phone）',
  'channel.label.letter': '信函（letter）',
  'channel.label.form': '本站表单（form）',
  'channel.label.wechat': '微信（wechat）',
  'channel.label.qq': 'QQ（qq）',
  'channel.label.platform': '平台投诉（platform）',
  'channel.label.other': '其他（other）',
  'workdays.option': '按工作日计算的处理期限（跳过周末和法定节假日），代替文章声明的期限',
  'workdays.pastHorizon': (p) =>
    `${p.id}：尚无 ${p.years} 年的放假安排（${p.last === null ? '没有任何年份的安排' : `已知的最后一年是 ${p.last} 年`}），` +
    '这些年份的工作日只按周末计算；可用 arca holidays import 导入',
  'dates.receivedPrompt': '收到日期（如 2026-11-20、2026/11/20、2026年11月20日，可带时间）',
  'dates.receivedLabel': '日期',
  'holidays.description': '工作日日历：内地法定节假日和调休上班日',
  'holidays.importDescription': '从文件导入（或替换）某几年的放假安排，每行“YYYY-MM-DD holiday|workday [名称]”',
  'holidays.listDescription': '列出日历中的节假日和调休上班日',
  'holidays.fileArgument': '文件，每行一天（“-”表示从标准输入读取）',
  'holidays.yearArgument': '只看这一年（如 2026）',
  'holidays.imported': (p) =>
    `已导入 ${p.years} 年：节假日 ${p.holidays} 天，调休上班 ${p.workdays} 天；下一步：arca holidays list`,
  'holidays.unreadable': (p) => `无法读取 ${p.file}：${p.reason}`,
  'holidays.badYear': (p) => `年份应写成 2026 这样的四位数（收到的是“${p.text}”）`,
  'holidays.known': (p) =>
    p.last === null ? '日历中没有任何年份的安排：只按周末计算' : `日历已有 ${p.years} 年的安排；最远到 ${p.last} 年`,
  'holidays.unknownYear': (p) =>
    `日历中没有 ${p.year} 年的安排：这一年的工作日只按周末计算` +
    `（已知的最后一年：${p.last ?? '无'}；可用 arca holidays import FILE 导入）`,
  'holidays.header.date': '日期',
  'holidays.header.kind': '类型',
  'holidays.header.name': '名称',
  'holidays.header.source': '来源',
  'holidays.file.malformed': (p) => `${p.at}：格式应为“YYYY-MM-DD holiday|workday [名称]”，如“2027-02-06 holiday 春节”`,
  'holidays.file.badDate': (p) => `${p.at}：“${p.date}”不是 YYYY-MM-DD 格式的日期，如“2027-02-06 holiday 春节”`,
  'holidays.file.badKind': (p) =>
    `${p.at}：“${p.kind}”应为 holiday（放假）或 workday（调休上班），如“2027-02-20 workday 春节”`,
  'holidays.file.repeated': (p) => `${p.at}：${p.date} 在第 ${p.line} 行已经列过`,
  'holidays.file.empty': (p) => `${p.file}：没有列出任何日期，如“2027-02-06 holiday 春节”`,
};
