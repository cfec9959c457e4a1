import type { importArea as en } from '../en/import.js';
import type { Translation } from '../messages.js';

export const importArea: Translation<typeof en> = {
  'import.description': '把保存的页面（文本、HTML）、JSON/NDJSON 记录或网址导入存档',
  'import.inputs': '文件、文件夹（含子文件夹）、http(s) 网址，或 - 表示标准输入',
  'import.option.format': '把所有输入都按此格式读取（默认：按扩展名和内容判断）',
  'import.option.encoding':
    '用此编码解码（默认：依次根据 BOM、有效 UTF-8、meta charset、HTTP 头判断，否则为 GB18030 或 Big5）',
  'import.option.onDuplicate': '遇到已存档的页面怎么办',
  'import.option.dryRun': '只解析和报告，不写入',
  'import.option.strict': '遇到第一个失败就停止，并撤销整次导入',
  'import.option.maxSize': '接受的页面、记录或下载的最大大小（如 10MB）',
  'import.option.timeout': '网址超过这么多秒仍未取回就放弃',
  'import.progress.checking': '检查中',
  'import.progress.importing': '导入中',
  'import.warning.no-date': '没有找到发布日期',
  'import.warning.date-from-url': '日期取自页面网址',
  'import.warning.title-fallback': '没有找到正文标题：标题取自页面的 <title> 或元数据',
  'import.warning.short-body': (p) => `正文过短（${p.count} 个字符）`,
  'import.warning.replacement-characters': (p) => `页面文字中有 ${p.count} 个替换字符（U+FFFD）`,
  'import.pages.no-date': (p) => `${p.count} 个页面导入时没有日期（--json 会列出）`,
  'import.pages.date-from-url': (p) => `${p.count} 个页面的日期只取自网址（页面上没有日期）（--json 会列出）`,
  'import.pages.title-fallback': (p) =>
    `${p.count} 个页面的标题取自 <title> 或元数据（没有找到正文标题）（--json 会列出）`,
  'import.pages.short-body': (p) => `${p.count} 个页面导入时正文过短（--json 会列出）`,
  'import.pages.replacement-characters': (p) => `${p.count} 个页面导入时含替换字符（U+FFFD）（--json 会列出）`,
  'import.duplicateOf': (p) => `${p.where}：与文章 ${p.id} 重复，已跳过`,
  'import.skippedFiles': (p) => `跳过了 ${p.count} 个不是页面的文件`,
  'import.duplicatesSkipped': (p) => `跳过了 ${p.count} 个重复页面（--verbose 会列出）`,
  'import.summary': (p) =>
    `${p.dryRun ? '将导入' : '已导入'} ${p.imported}，更新 ${p.updated}，重复 ${p.duplicates}，失败 ${p.failed}` +
    (p.dryRun ? '（试运行：未写入任何内容）' : '') +
    (p.links > 0 ? `；跳过了文件夹中的 ${p.links} 个符号链接（不跟随）` : ''),
  'import.failed': (p) => `${p.total} 项中有 ${p.failed} 项失败（见上文）`,
  'import.interruptedNothing': '已中断：未写入任何内容（试运行或 --strict 不保留任何结果）',
  'import.interrupted': (p) =>
    `已中断：导入 ${p.imported}，重复 ${p.duplicates}` +
    `${p.updated ? `，更新 ${p.updated}` : ''}${p.failed ? `，失败 ${p.failed}` : ''}` +
    '；再次运行同一命令即可继续',
  'import.newArchive': (p) =>
    `新存档 ${p.file} 按时区 ${p.zone}（本机时区）计算截止日期；如需更改：arca config set timezone ${p.example}`,
  'import.nothing': '没有要导入的内容：请给出文件、文件夹、网址，或用 - 表示标准输入',
  'import.badTimeout': (p) => `--timeout 需要秒数（收到的是 "${p.value}"）`,
  'import.stdinTwice': '标准输入（-）只能给一次',
  'import.unknownEncoding': (p) => `--encoding：未知编码 "${p.value}"（可试 utf-8、gb18030、big5 或 utf-16le）`,
  'import.onlyHttp': (p) => `${p.input}：只能导入 http 和 https 网址`,
  'import.noSuchFile': (p) => `${p.input}：没有这个文件或文件夹`,
};
