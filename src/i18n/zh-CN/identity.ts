import type { identity as en } from '../en/identity.js';
import type { Translation } from '../messages.js';

export const identity: Translation<typeof en> = {
  'identity.unsigned': '尚未设置网站名称：函件落款处留有待填写的一行（arca config set site-name 网站名称）',
  'identity.siteNameSetting': '本网站的名称，用于致权利人函件的落款（设为 "" 即清除）',
  'identity.contactSetting': '权利人联系本网的方式（邮箱、电话），印在函件落款下方（设为 "" 即清除）',
  'identity.addressSetting': '本网的通信地址，印在函件落款下方（可选；设为 "" 即清除）',
  'identity.counterDaysSetting': (p) => `收到反通知后恢复内容的天数（自然日，1 至 ${p.max} 的整数；默认 15）`,
};
