import type { config as en } from '../en/config.js';
import type { Translation } from '../messages.js';

export const config: Translation<typeof en> = {
  'config.description': (p) => `存档设置：${p.keys}`,
  'config.heading.settings': '设置项：',
  'config.get.description': '显示一项设置，或全部设置',
  'config.set.description': '修改一项设置（记入审计日志）',
  'config.set.value': '新的值',
  'config.setting.windowDays': (p) => `文章免责声明未写明期限时，处理下架请求的天数（整数，1 到 ${p.max}）`,
  'config.setting.timezone': '存档的时区：收到日期、截止日期、今天都按它计算（IANA 名称）',
  'config.setting.tsa': 'arca log stamp 把日志最新哈希发给的 RFC 3161 时间戳机构（http(s) 网址）',
  'config.setting.language': 'arca 写给别人的内容所用的语言：导出、日历、回函（zh 或 en；新建存档时取界面语言）',
  'config.setting.siteName': '本站名称：用于回函落款和 HTML 导出的页头（设为 "" 即清除）',
  'config.unknownSetting': (p) => `没有设置项 "${p.key}"（可用：${p.known}）`,
  'config.windowDaysNumber': (p) => `${p.key} 需要不小于 1 的整数（收到的是 "${p.value}"）`,
  'config.windowDaysTooLong': (p) => `${p.key} 太长：最多 ${p.max} 天（收到的是 "${p.value}"）`,
  'config.tsaUrl': (p) => `${p.name} 需要时间戳机构的 http(s) 网址（收到的是 "${p.value}"）`,
  'config.unchanged': (p) => `${p.key} 已经是 ${p.value}`,
  'config.changed': (p) => `${p.key}：${p.before} → ${p.value}`,
};
