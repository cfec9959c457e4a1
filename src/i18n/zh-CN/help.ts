import type { help as en } from '../en/help.js';
import type { Translation } from '../messages.js';

export const help: Translation<typeof en> = {
  'help.description': (p) => `某个命令（arca help takedown open）或某个主题的帮助：${p.topics}`,
  'help.topicArgument': '主题，或命令及其子命令',
  'help.topics': (p) => `帮助主题：${p.topics}`,
  'help.unknown': (p) => `没有 "${p.path}" 的帮助：主题有 ${p.topics}；命令有 ${p.commands}`,
  'help.helpCommand': '显示某个命令的帮助',
  'help.topicHeading': (p) => `${p.title}：${p.summary}`,
  'help.topic.environment.title': '环境变量',
  'help.topic.exit-codes.title': '退出码',
  'help.topic.formats.title': '输出格式',
  'help.topic.dates.title': '日期',
  'help.topic.environment.summary': 'arca 读取的环境变量',
  'help.topic.environment.body': `
ARCA_DB         存档文件（未给 --db 时）
XDG_DATA_HOME   否则存档为 $XDG_DATA_HOME/arca/archive.db（~/.local/share/arca/archive.db）
ARCA_TZ         未带时区的日期所用的时区（未给 --tz 时；IANA 名称，如 Asia/Shanghai）
ARCA_NOW        替代系统时钟的 ISO-8601 时间戳（测试、补录）
ARCA_ACTOR      审计日志中的操作人（未给 --actor 时；否则为系统用户名）
ARCA_LANG       界面语言：zh（中文）或 en；否则看 LC_ALL、LC_MESSAGES、LANG（zh* 即中文）
ARCA_PAGER      终端长输出所用的分页程序；设为空值则不分页
PAGER           未设置 ARCA_PAGER 时的分页程序（默认：less -FRX）
NO_COLOR        设为任意值：不输出 ANSI 颜色
TERM            为 "dumb" 时：不输出颜色
COLUMNS         终端不报告宽度时所用的宽度
TZ, LANG, LC_ALL  cron 看到的系统时区和语言环境：可用 arca doctor 检查`,
  'help.topic.exit-codes.summary': '各个退出码的含义',
  'help.topic.exit-codes.body': `
0    成功（没有匹配结果也算）
1    运行失败：文件有误、批处理中某项失败、数据库错误、arca doctor 发现问题
2    用法错误：未知选项、缺少参数、查询语法错误、日期有误、未知字段
3    需要处理：takedown check 发现逾期请求
130  在提问时被中断（Ctrl-C）`,
  'help.topic.formats.summary': '终端、管道和 JSON 的输出；导入和导出格式',
  'help.topic.formats.body': `
terminal      带表头和颜色的对齐表格；超过一屏时经分页程序显示
pipe          制表符分隔，每行一条记录，无表头、无颜色、不截断
--json        在标准输出写 JSON：列表为数组，单条记录为对象
--json F,G    只输出这些字段（未知字段会被拒绝，并列出可用字段）
--jq EXPR     用 jq 表达式过滤 JSON（装了 jq 就用系统的，否则用内置的）
--ndjson      每行一个 JSON 对象（适用于流式结果）
--no-pager    直接写到终端
import        txt、html、json、ndjson（按扩展名和内容判断；--format 可指定）
export        ndjson（默认）、json、csv、md、html`,
  'help.topic.dates.summary': '日期、时间、时区和时长的写法',
  'help.topic.dates.body': `
date          YYYY-MM-DD，按存档时区的日历日期（--since、--until 都包含当天）
date-time     YYYY-MM-DDTHH:MM[:SS]，带 Z 或 ±HH:MM；不带时按存档时区理解
zone          --tz 或 ARCA_TZ（IANA 名称，如 Asia/Shanghai、UTC），否则为存档的 timezone 设置
period        7 或 7d（天）、2w（周）：takedown list --within、takedown check --within
overdue       按存档时区的今天已过截止日期
output        JSON 中日期为 YYYY-MM-DD，时刻为 YYYY-MM-DDTHH:MM:SS±HH:MM`,
  'help.completion.description': '输出 shell 补全脚本（命令、选项、选项取值、未结请求编号）',
  'help.completion.shell': '要补全的 shell',
  'help.completion.install': '安装方法：见 README 的 "Shell integration" 一节，或下面的示例。',
  'help.completion.due': (p) => `${p.due} 到期：${p.claimant}`,
};
