import type { output as en } from '../en/output.js';
import type { Translation } from '../messages.js';

export const output: Translation<typeof en> = {
  'output.warning': (p) => `arca: 警告：${p.message}`,
  'output.cannotAsk': (p) => `缺少 ${p.missing}（标准输入不是终端，arca 无法提问）`,
  'output.prompt.navigate': '移动',
  'output.prompt.select': '选择',
  'output.prompt.yes': '是',
  'output.prompt.no': '否',
  'output.jqFailed': (p) => `--jq ${p.expression}：${p.message}`,
};
