import type { cli as en } from '../en/cli.js';
import type { Translation } from '../messages.js';

export const cli: Translation<typeof en> = {
  'cli.error': (p) => `arca: 错误：${p.message}`,
  'cli.seeHelp': (p) => `（参见 arca ${p.command}--help）`,
  'cli.databaseError': (p) => `数据库错误：${p.sentence}`,
  'cli.cancelled': '已取消',
};
