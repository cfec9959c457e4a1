/**
 * The zh-CN catalogue, loaded only when needed: every English area mirrored, the same keys each taking the
 * same placeholders (the compiler checks).
 */
import type * as english from './en.js';
import type { Translation } from './messages.js';

export const cli: Translation<typeof english.cli> = {
  'cli.error': (p) => `arca: 错误：${p.message}`,
  'cli.seeHelp': (p) => `（参见 arca ${p.command}--help）`,
  'cli.databaseError': (p) => `数据库错误：${p.sentence}`,
  'cli.cancelled': '已取消',
  'cli.causedBy': (p) => `原因：${p.detail}`,
  'cli.description': 'arca 在本地存档转载的新闻文章，以及针对这些文章的版权下架请求。',
  'cli.option.version': '显示版本号，以及 SQLite 和存档结构的版本',
  'cli.option.help': '显示该命令的帮助',
  'cli.option.db': '存档文件（默认：$ARCA_DB，否则为 $XDG_DATA_HOME/arca/archive.db）',
  'cli.option.json': '机器输出：在标准输出写 JSON；给出字段列表（id,title）时只输出这些字段',
  'cli.option.jq': '用 jq 表达式过滤 JSON 输出（隐含 --json）',
  'cli.option.ndjson': '机器输出：每行一个 JSON 对象（适用于流式结果）',
  'cli.option.noColor': '不输出 ANSI 颜色（NO_COLOR、TERM=dumb 或输出不是终端时亦然）',
  'cli.option.noPager': '长输出直接写到终端，不经过 $ARCA_PAGER、$PAGER 或 less -FRX',
  'cli.option.quiet': '不显示进度和提示信息',
  'cli.option.verbose': '显示完整错误详情（调用栈、SQLite 消息）',
  'cli.option.tz': '未带时区的日期所用的时区（默认：$ARCA_TZ，否则为存档的时区）',
  'cli.option.actor': '操作人，记入审计日志（默认：$ARCA_ACTOR，否则为系统用户名）',
  'cli.exitCodes': '退出码：0 成功，1 运行失败，2 用法错误，3 下架检查发现逾期请求。',
  'cli.version': (p) => `arca ${p.version}\nSQLite ${p.sqlite}\n存档结构版本 ${p.schema}`,
  'cli.heading.usage': '用法：',
  'cli.heading.options': '选项：',
  'cli.heading.globalOptions': '全局选项：',
  'cli.heading.commands': '命令：',
  'cli.heading.arguments': '参数：',
  'cli.heading.examples': '示例：',
  'cli.help.withExtra': (p) => `${p.description}（${p.extra}）`,
  'cli.help.and': '；',
  'cli.help.choices': (p) => `可选值：${p.choices}`,
  'cli.help.default': (p) => `默认：${p.value}`,
  'cli.commander.unknownOption': (p) => `未知选项 '${p.option}'`,
  'cli.commander.unknownCommand': (p) => `未知命令 '${p.command}'`,
  'cli.commander.didYouMean': (p) => `（您是不是要用 ${p.suggestion}？）`,
  'cli.commander.missingArgument': (p) => `缺少必需的参数 '${p.name}'`,
  'cli.commander.optionMissingArgument': (p) => `选项 '${p.option}' 缺少取值`,
  'cli.commander.missingMandatoryOptionValue': (p) => `必须指定选项 '${p.option}'`,
  'cli.commander.excessArguments': (p) =>
    `${p.command ? `'${p.command}' 的` : ''}参数过多：应为 ${p.expected} 个，实际 ${p.got} 个。`,
  'cli.commander.conflictingOption': (p) => `选项 '${p.option}' 不能与选项 '${p.other}' 同时使用`,
  'cli.commander.invalidArgument': (p) => `选项 '${p.option}' 的取值 '${p.value}' 无效。${p.reason}`,
};

export const counter: Translation<typeof english.counter> = {
  'counter.description': '登记已删除请求收到的不侵权声明（反通知）：请求转为 countered，满 counter-days 天后恢复内容',
  'counter.requestArgument': '已删除的请求编号，如 R3',
  'counter.receivedOption': '声明收到的时间：YYYY-MM-DD 或日期时间（在终端上会询问）',
  'counter.fromOption': '声明人：被删除内容的发布者或其代理人',
  'counter.contactOption': '声明人的联系方式（邮箱、电话、地址）',
  'counter.reasonOption': '声明人认为不构成侵权的理由',
  'counter.attachOption': '随声明提交的文件（声明书、授权书）；可多次使用',
  'counter.askFrom': '声明人：谁声明该内容不侵权',
  'counter.askReceived': '声明收到日期（YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）',
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

export const identity: Translation<typeof english.identity> = {
  'identity.unsigned': '尚未设置网站名称：函件落款处留有待填写的一行（arca config set site-name 网站名称）',
  'identity.contactSetting': '权利人联系本网的方式（邮箱、电话），印在函件落款下方（设为 "" 即清除）',
  'identity.addressSetting': '本网的通信地址，印在函件落款下方（可选；设为 "" 即清除）',
  'identity.counterDaysSetting': (p) => `收到反通知后恢复内容的天数（自然日，1 至 ${p.max} 的整数；默认 15）`,
};

export const workdays: Translation<typeof english.workdays> = {
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

export const shared: Translation<typeof english.shared> = {
  'shared.option.source': '来源包含该文字',
  'shared.option.author': '作者包含该文字',
  'shared.option.site': '网站包含该文字',
  'shared.option.category': '栏目（面包屑导航）包含该文字',
  'shared.option.since': '发布日期不早于 YYYY-MM-DD',
  'shared.option.until': '发布日期不晚于 YYYY-MM-DD',
  'shared.option.importedSince': '导入时间不早于该日期或时间',
  'shared.option.status': '文章状态',
  'shared.option.window': '文章是否仍在免责声明期限内',
  'shared.option.hasRequest': '只看被下架请求点名的文章',
  'shared.option.sort': '排序依据（默认：published；export 默认 id）',
  'shared.option.asc': '升序',
  'shared.option.desc': '降序',
  'shared.option.limit': '最多 n 条结果',
  'shared.option.offset': '跳过前 n 条结果',
  'shared.choice': (p) => `${p.flag} 只能取 ${p.choices}（收到的是 "${p.value}"）`,
  'shared.byteSize': (p) => `${p.flag} 需要一个大小，如 10MB 或 500k（收到的是 "${p.value}"）`,
  'shared.positiveInt': (p) => `${p.flag} 需要不小于 1 的整数（收到的是 "${p.value}"）`,
  'shared.tooLarge': (p) => `${p.flag} 太大：最多 ${p.max}（收到的是 "${p.value}"）`,
  'shared.emptyActor': '--actor 需要一个名字（收到的是空值）',
  'shared.unknownZone': (p) => `未知时区 "${p.zone}"（请用 IANA 名称，如 Asia/Shanghai 或 UTC）`,
  'shared.defaultArchive': (p) => `${p.base} 下的默认位置；未指定 --db 或 $ARCA_DB`,
  'shared.noArticle': (p) => `没有编号为 ${p.ref} 的文章（可用 arca list 查看）`,
  'shared.notARef': (p) => `"${p.ref}" 既不是文章编号，也不是 http(s) 网址`,
  'shared.noArticleWithUrl': (p) => `没有原文网址为 ${p.url} 的文章`,
  'shared.fieldsNotHere': (p) => `${p.flag} 只适用于 ${p.commands}；这里请用不带字段的 --json`,
  'shared.unknownFields': (p) =>
    `--json：${p.command} 没有${p.count > 1 ? '这些' : '这个'}字段：${p.named}；可用字段：${p.valid}`,
  'shared.column.id': '编号',
  'shared.column.published': '发布日期',
  'shared.column.source': '来源',
  'shared.column.title': '标题',
  'shared.column.status': '状态',
};

export const output: Translation<typeof english.output> = {
  'output.warning': (p) => `arca: 警告：${p.message}`,
  'output.cannotAsk': (p) => `缺少 ${p.missing}（标准输入不是终端，arca 无法提问）`,
  'output.prompt.navigate': '移动',
  'output.prompt.select': '选择',
  'output.prompt.yes': '是',
  'output.prompt.no': '否',
  'output.jqFailed': (p) => `--jq ${p.expression}：${p.message}`,
};

export const config: Translation<typeof english.config> = {
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

export const exportArea: Translation<typeof english.exportArea> = {
  'export.description': '把文章导出为 ndjson、json、csv、Markdown 文件或静态 HTML 网站（已下架的文章不导出）',
  'export.option.format': '导出格式',
  'export.option.out': '文件（ndjson/json/csv；默认写到标准输出）或文件夹（md/html，必填）',
  'export.option.force': '覆盖已有文件，或写入非空文件夹',
  'export.option.bom': 'csv：开头加 UTF-8 字节序标记，方便 Excel 打开',
  'export.option.fields': 'csv：要导出的列，逗号分隔，按此顺序',
  'export.option.headers': 'csv：表头用字段名（keys），或中文（zh）、英文（en）标签',
  'export.option.includeRemoved': '同时导出已下架的文章（已清除的正文一律不导出）',
  'export.needsIncludeRemoved': (p) => `导出状态为 ${p.status} 的文章需要加 --include-removed`,
  'export.done': (p) => `已导出 ${p.count} 篇文章${p.out ? `到 ${p.out}` : ''}`,
  'export.cannotWrite': (p) => `无法写入 ${p.file}：${p.reason}`,
  'export.csvOnly': (p) => `${p.flag} 只适用于 --format csv`,
  'export.needsOut': (p) => `--format ${p.format} 写出的是文件夹：请用 --out DIR 指定`,
  'export.outIsFolder': (p) => `--out ${p.out} 是文件夹；--format ${p.format} 写出的是单个文件`,
  'export.outExists': (p) => `${p.out} 已存在：请换一个 --out，或加 --force`,
  'export.outIsFile': (p) => `--out ${p.out} 是文件；--format ${p.format} 写出的是文件夹`,
  'export.outNotEmpty': (p) => `${p.out} 已存在且不为空：请换一个 --out，或加 --force`,
  'export.outForeign': (p) => `${p.out} 里有 ${p.file}，它不属于 arca 的 ${p.format} 导出：请用一个空的或新的文件夹`,
  'export.csv.unknownField': (p) => `没有 CSV 字段 "${p.name}"；可用字段：${p.valid}`,
  'export.csv.twice': (p) => `CSV 字段 "${p.name}" 写了两次；每个字段只写一次`,
  'export.csv.none': (p) => `没有选择 CSV 字段；可用字段：${p.valid}`,
  'export.label.articles': '文章',
  'export.label.date': '日期',
  'export.line.source': (p) => `来源：${p.value}`,
  'export.line.originalLink': (p) => `原文链接：${p.value}`,
  'export.label.purged': '本文正文已因下架请求而清除。',
  'export.label.index': '全部文章',
  'export.label.untitled': '（无标题）',
  'export.label.count': (p) => `共 ${p.count} 篇文章`,
  'export.field.id': '编号',
  'export.field.title': '标题',
  'export.field.site': '网站',
  'export.field.category': '栏目',
  'export.field.published': '发布时间',
  'export.field.source': '来源',
  'export.field.author': '作者',
  'export.field.editor': '编辑',
  'export.field.views': '阅读数',
  'export.field.original_url': '原文网址',
  'export.field.body': '正文',
  'export.field.disclaimer': '免责声明',
  'export.field.window_days': '期限天数',
  'export.field.site_url': '本站网址',
  'export.field.window_unit': '期限单位',
  'export.field.window_ends': '期限截止',
  'export.field.status': '状态',
  'export.field.imported_at': '导入时间',
  'export.field.provenance_path': '导入自',
  'export.field.provenance_sha256': 'SHA-256',
  'export.field.provenance_encoding': '编码',
};

export const deadlines: Translation<typeof english.deadlines> = {
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

export const articles: Translation<typeof english.articles> = {
  'articles.list.description': '列出存档的文章，最新的在前',
  'articles.noneMatch': '没有符合条件的文章',
  'articles.column.windowEnds': '期限截止',
  'articles.column.snippet': '摘录',
  'articles.show.description': '显示一篇文章：全部字段、正文、免责声明、期限和下架记录',
  'articles.show.ref': '文章编号，或原文网址',
  'articles.show.raw': '把导入时的原始页面（证据字节）原样写到标准输出',
  'articles.show.purgedRaw': (p) =>
    `文章 ${p.id} 已清除：导入的原始字节已删除（其 sha256 仍可在 arca show ${p.id} 中查看）`,
  'articles.show.purgedBody': '（正文已因下架而清除）',
  'articles.show.request': (p) => `${p.id} ${p.status}（收到 ${p.received}，截止 ${p.due}）`,
  'articles.search.description': '在标题、正文、来源、作者和网址中全文搜索，最相关的在前',
  'articles.search.query': '词语；"精确短语"；a OR b；-排除；前缀*（整个查询请用引号括起，以免 shell 拆开）',
  'articles.search.field': (p) => `只搜索这些字段：${p.fields}（默认：正文类字段；查询是网址或域名时搜网址）`,
  'articles.search.exactScript': '繁简体按原样匹配（默认：檢察 能找到 检察，反之亦然）',
  'articles.search.count': '只输出匹配的文章数',
  'articles.search.all': (p) => `显示全部结果（默认：最相关的 ${p.limit} 条）`,
  'articles.search.badField': (p) => `--field 只能是 ${p.fields}（收到的是 "${p.value}"）`,
  'articles.search.shown': (p) => `共 ${p.total} 条结果，显示 ${p.shown} 条（--limit、--offset、--all）`,
  'articles.filter.choice': (p) => `--${p.flag} 只能取 ${p.choices}（收到的是 "${p.value}"）`,
  'articles.filter.date': (p) => `--${p.flag} 需要 YYYY-MM-DD 格式的日期（收到的是 "${p.value}"）`,
  'articles.filter.number': (p) =>
    `--${p.flag} 需要${p.min > 0 ? `不小于 ${p.min} 的` : ''}整数（收到的是 "${p.value}"）`,
  'articles.filter.tooLarge': (p) => `--${p.flag} ${p.value} 太大`,
  'articles.filter.sinceAfterUntil': (p) => `--since ${p.since} 晚于 --until ${p.until}`,
  'articles.filter.importedSince': (p) => `--imported-since 需要 ISO 8601 格式的日期或时间（收到的是 "${p.value}"）`,
  'articles.filter.ascDesc': '--asc 和 --desc 不能同时使用',
  'articles.query.tooLong': (p) => `查询有 ${p.length} 个字符；请搜索不超过 ${p.max} 个字符的片段`,
  'articles.query.noField': '没有可搜索的字段：请用 title、body、source、author 或 url',
  'articles.query.tooManyTerms': (p) => `查询有 ${p.terms} 个词；一次最多搜索 ${p.max} 个`,
  'articles.query.empty': '查询为空：请给出要搜索的词语或短语',
  'articles.query.onlyExcludes': (p) => `${p.query} 只有排除项：请加上要搜索的词，例如 判决 -法院`,
  'articles.query.nothing': (p) => `${p.query} 中没有可搜索的内容：请用词语、数字或汉字`,
  'articles.query.lonelyMinus': (p) => `${p.query} 中的 "-" 后面要跟要排除的词或短语：写成 -词语 或 -"短语"`,
  'articles.query.unbalancedQuote': (p) => `${p.query} 中的引号不成对：请用 " 结束短语`,
  'articles.query.exclusionInOr': (p) =>
    `${p.query} 中排除项不能作为 OR 的一边：请把排除项放在 OR 之外，例如 a OR b -c`,
  'articles.query.loneOr': (p) => `${p.query} 中 "OR" 两边都要有词：写成 a OR b`,
  'articles.date.arcaNow': (p) => `ARCA_NOW 不是 ISO-8601 时间戳："${p.value}"`,
  'articles.date.notCalendar': (p) => `不是有效的日期："${p.value}"`,
};

export const log: Translation<typeof english.log> = {
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

export const evidence: Translation<typeof english.evidence> = {
  'evidence.description': '为一篇文章或一个下架请求生成 WACZ 证据包：原始页面、哈希、审计记录',
  'evidence.ref': '文章编号或原文网址，或下架请求 R<n>',
  'evidence.option.out': '要写入的 .wacz 文件',
  'evidence.option.force': '覆盖已有文件',
  'evidence.wrote': (p) =>
    `已写入 ${p.out}：${p.articles} 篇文章${p.purged ? `（${p.purged} 篇已清除：只含元数据和哈希）` : ''}，` +
    `${p.attachments} 个附件，${p.entries} 条日志；证据包摘要 ${p.digest}`,
  'evidence.tsaUnreachable': (p) => `无法连接时间戳机构 ${p.url}：${p.why}`,
  'evidence.tsaHttp': (p) => `时间戳机构 ${p.url} 返回 HTTP ${p.status}`,
  'evidence.emptyLog': '审计日志为空：还没有可以盖时间戳的记录',
};

export const db: Translation<typeof english.db> = {
  'db.description': '维护存档文件：info、check、reindex、reextract、backup',
  'db.backup.description': '在存档照常使用的同时把它复制到 FILE（SQLite 在线备份）',
  'db.backup.file': '要写入的备份文件',
  'db.backup.force': 'FILE 已存在时覆盖',
  'db.backup.done': (p) => `已把 ${p.from} 备份到 ${p.to}（${p.size}）`,
  'db.check.description': '检查文件（SQLite 完整性、引用关系）和审计日志的哈希链；发现任何问题即以 1 退出',
  'db.check.expect': '之前检查时记下的日志头：日志中不再有该条记录即判为失败',
  'db.check.badExpect': (p) =>
    `--expect 需要一条审计记录的哈希（至少 12 位十六进制数字，即 db check 输出的那个）；收到的是 "${p.value}"`,
  'db.check.ok': '存档完好',
  'db.check.more': (p) => `${p.first}（上面还有 ${p.more} 个问题）`,
  'db.info.description': '存档的路径、结构版本、数量统计、大小、时区和默认期限',
  'db.reextract.description': '用当前的提取程序重新读取存档的原始字节，并更新有变化的字段',
  'db.reextract.dryRun': '只报告会有哪些变化，不写入',
  'db.reextract.column.changed': '变化的字段',
  'db.reextract.kept': (p) => `文章 ${p.id}：${p.error}（保持原样）`,
  'db.reextract.wouldChange': (p) => `${p.checked} 篇文章中有 ${p.changed} 篇会变化（试运行：未写入任何内容）`,
  'db.reextract.done': (p) => `已重新提取 ${p.checked} 篇文章：${p.changed} 篇有变化，${p.unchanged} 篇不变`,
  'db.reextract.failed': (p) => `${p.count} 篇文章无法重新提取（见上文）`,
  'db.reindex.description': '根据文章重建搜索索引（崩溃之后，或 db check 发现索引不同步时）',
  'db.reindex.progress': '正在索引',
  'db.reindex.done': (p) => `已索引 ${p.count} 篇文章`,
  'db.backup.itself': (p) => `${p.target} 就是存档本身；请换一个文件名`,
  'db.backup.folder': (p) => `${p.target} 是文件夹；请给出备份文件名`,
  'db.backup.exists': (p) => `${p.target} 已存在（加 --force 覆盖）`,
  'db.backup.noFolder': (p) => `无法写入 ${p.target}：文件夹 ${p.folder} 不存在`,
  'db.file.directory': (p) => `${p.file} 是文件夹，不是 arca 存档`,
  'db.file.empty': (p) => `${p.file} 是空文件，不是 arca 存档（删除它即可在此新建存档）`,
  'db.file.notSqlite': (p) => `${p.file} 不是 arca 存档（不是 SQLite 数据库）`,
  'db.file.missing': (p) => `${p.file} 处没有存档（请先导入内容，或用 --db 指定）`,
  'db.file.cannotOpen': (p) => `无法打开存档 ${p.file}：${p.reason}`,
  'db.file.foreign': (p) => `${p.file} 是 SQLite 数据库，但不是 arca 存档`,
  'db.file.newerSchema': (p) => `该存档的结构版本为 ${p.current}，比本 arca 支持的（${p.known}）新：请升级 arca`,
  'db.sqlite.busy': '存档正忙（另一个 arca 进程正在写入）；请稍后再试',
  'db.sqlite.full': '磁盘已满',
  'db.sqlite.fullFile': (p) => `${p.file} 所在的磁盘已满：请腾出空间后重新运行`,
  'db.sqlite.readonly': '存档是只读的；请检查文件及其所在文件夹的权限',
  'db.sqlite.readonlyFile': (p) => `无法写入存档 ${p.file}（文件或文件夹只读）`,
  'db.sqlite.corrupt': '存档文件已损坏；请运行 `arca db check` 并恢复备份',
  'db.sqlite.corruptFile': (p) => `${p.file} 已损坏（${p.code}）：请恢复备份`,
  'db.sqlite.notadb': '该文件不是 arca 存档（不是 SQLite 数据库）；请检查 --db 或 ARCA_DB',
  'db.sqlite.notadbFile': (p) => `${p.file} 已损坏，或不是 arca 存档（${p.code}）`,
  'db.sqlite.cantopen': '无法打开存档文件；请检查 --db 或 ARCA_DB，以及其所在文件夹是否存在',
  'db.sqlite.cantopenFile': (p) =>
    `无法打开存档 ${p.file}：请确认你能读取它，并能写入它所在的文件夹（SQLite 会在旁边保存 ${p.name}-wal 和 -shm）`,
  'db.sqlite.ioerr': '存档文件读写失败（I/O 错误）',
  'db.sqlite.ioerrFile': (p) => `无法读写存档 ${p.file}（I/O 错误 ${p.code}）`,
  'db.sqlite.other': (p) => `${p.code}；加 --verbose 重新运行可查看详情`,
  'db.file.needsUpgrade': (p) =>
    `该存档的结构版本为 ${p.current}，需要升级到 ${p.known}：请先运行一个会写入它的命令（例如 arca list）`,
};

export const doctor: Translation<typeof english.doctor> = {
  'doctor.description':
    '检查 cron 任务看到的环境：存档路径及其来由、时区、语言环境、文件夹、磁盘空间（有问题时以 1 退出）',
  'doctor.column.check': '检查项',
  'doctor.column.detail': '详情',
  'doctor.check.archive': '存档',
  'doctor.check.folder': '文件夹',
  'doctor.check.disk': '磁盘空间',
  'doctor.check.zone': '时区',
  'doctor.check.locale': '语言环境',
  'doctor.check.node': 'Node',
  'doctor.status.ok': '正常',
  'doctor.status.note': '注意',
  'doctor.status.problem': '有问题',
  'doctor.archive.none': (p) => `${p.where}：这里还没有存档（arca import 会创建它）`,
  'doctor.zone.unknown': (p) => `TZ=${p.tz} 不是本系统认识的时区`,
  'doctor.zone.system': (p) => `系统时区 ${p.zone}（${p.tz || '未设置 TZ'}）`,
  'doctor.zone.fromFlag': (p) => `${p.zone}（来自 --tz 或 $ARCA_TZ）`,
  'doctor.zone.archive': (p) => `${p.zone}（存档的时区）`,
  'doctor.zone.used': (p) => `日期按 ${p.used} 计算；${p.system}`,
  'doctor.language.en': '英文',
  'doctor.language.zh': '中文',
  'doctor.locale.none': (p) => `未设置 LC_ALL、LC_MESSAGES 或 LANG（cron 都不设置）：界面为${p.language}`,
  'doctor.locale.arcaLang': (p) => `ARCA_LANG=${p.value}：界面为${p.language}`,
  'doctor.locale.notUtf8': '：不是 UTF-8，其他工具可能把中文显示成乱码',
  'doctor.folder.notWritable': '当前用户无法写入',
  'doctor.folder.isFile': '是文件，不是文件夹',
  'doctor.folder.created': (p) => `${p.folder}（首次导入时在 ${p.existing} 下创建）`,
  'doctor.folder.writable': (p) => `${p.folder} 可写`,
  'doctor.disk.free': (p) => `剩余 ${p.free}`,
  'doctor.disk.short': (p) => `剩余 ${p.free}；至少需要 ${p.needed}（备份需要与存档一样大的空间）`,
  'doctor.node': (p) => `${p.version}，位于 ${p.path}`,
  'doctor.problems': (p) => `doctor 发现 ${p.count} 个问题（见上文）`,
};

export const help: Translation<typeof english.help> = {
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

export const importArea: Translation<typeof english.importArea> = {
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

export const report: Translation<typeof english.report> = {
  'report.description': '所收请求的透明度报告：处理结果、涉及的文章和网站、处理天数、权利人',
  'report.option.since': '收到日期不早于 YYYY-MM-DD 的请求',
  'report.option.until': '收到日期不晚于 YYYY-MM-DD 的请求',
  'report.option.format': '报告格式：Markdown（默认）、JSON（也可用 --json）或 CSV 统计数字',
  'report.option.includeContacts': '附上权利人的联系方式（属个人信息：不要求就不附）',
  'report.option.notices': '每个请求附一条 Lumen 格式的记录（json、md）',
  'report.noticesNotCsv': '--notices 添加的是记录而非统计数字：请与 --format json 或 md 一起使用',
};

export const intake: Translation<typeof english.intake> = {
  'intake.ref.neither': (p) => `“${p.ref}”既不是文章编号，也不是网址`,
  'intake.ref.noUrl': (p) => `没有网址为 ${p.ref} 的文章（本站地址和原文地址都查过）`,

  'intake.finder.prompt': '查找文章：输入编号、网址或标题中的词',
  'intake.finder.none': (p) => `按编号、网址或标题词“${p.text}”都找不到文章`,

  'intake.config.siteUrl':
    '本站网址（如 https://www.example.org/）：页面的 canonical 链接指向本站时记为 site_url，指向别处时记为原文地址',
  'intake.import.baseUrl':
    '镜像目录在本站的网址：每个页面的 site_url 为它加上文件在目录中的路径（index.html 即目录本身）',

  'intake.open.fromEmail': '从投诉邮件读取（.eml 文件，- 表示标准输入）',
  'intake.open.dryRun': '配合 --from-email：只显示邮件内容和对应的文章，不登记',
  'intake.mail.cannotRead': (p) => `无法读取邮件 ${p.file}：${p.reason}`,
  'intake.mail.notAMail': (p) => `${p.file} 不是可读取的邮件：${p.reason}`,
  'intake.mail.onlyWithMail': '--dry-run 需要与 --from-email 一起使用（用于预览邮件将登记的内容）',
  'intake.mail.noUrls': (p) =>
    `${p.file} 中没有任何网址：请给出文章编号或网址（arca takedown open REF --from-email …）`,
  'intake.mail.noMatch': (p) =>
    `邮件中没有已存档的文章，以下网址均未匹配：${p.urls}（请先导入这些页面，或直接给出文章编号）；未登记任何内容`,
  'intake.mail.unmatched': (p) => `邮件中以下网址没有对应的文章：${p.urls}`,
  'intake.mail.url': (p) => `${p.url} → ${p.article}`,
  'intake.mail.noArticle': '无对应文章',
  'intake.mail.confirm': '确认登记这条请求？',
  'intake.mail.declined': '未登记',
  'intake.mail.dryRun': (p) => `预览：邮件涉及 ${p.articles} 篇文章；未登记任何内容`,

  'intake.edit.description': '更正未处理的请求：日期、权利人、详情、文章、附件',
  'intake.edit.argument': '请求编号，如 R3',
  'intake.edit.received': '通知实际收到的时间：YYYY-MM-DD 或日期时间（期限随之重算）',
  'intake.edit.claimant': '权利人',
  'intake.edit.contact': '权利人的联系方式（"" 表示清空）',
  'intake.edit.work': '权利人主张的作品（"" 表示清空）',
  'intake.edit.reason': '权利人给出的理由（"" 表示清空）',
  'intake.edit.channel': '通知的来源渠道',
  'intake.edit.days': '处理期限天数，代替文章免责声明中的期限',
  'intake.edit.addArticle': '请求还涉及的文章（编号或网址），可重复',
  'intake.edit.removeArticle': '误列入的文章（编号或网址），可重复',
  'intake.edit.attach': '后来补交的文件（证据、授权书），可重复',
  'intake.edit.nothing':
    '没有要更改的内容：请给出 --received、--claimant、--contact、--work、--reason、--channel、--days、' +
    '--add-article、--remove-article 或 --attach',
  'intake.edit.noRequest': (p) => `没有下架请求 ${p.id}（参见 arca takedown list --status all）`,
  'intake.edit.notOpen': (p) => `请求 ${p.id} 的状态为 ${p.status}；只能更正未处理的请求（已作出的决定有据可查）`,
  'intake.edit.notNamed': (p) => `请求 ${p.id} 并不涉及文章 ${p.article}`,
  'intake.edit.noArticleLeft': '下架请求至少要涉及一篇文章：请在同一次更正中加上正确的文章',
  'intake.edit.noClaimant': '下架请求必须有权利人',
  'intake.edit.unchanged': (p) => `请求 ${p.id} 已是这些内容，未作更改`,
  'intake.edit.change': (p) => `${p.field}：${p.from} → ${p.to}`,
  'intake.edit.attached': (p) => `已附加 ${p.name}（sha256 ${p.sha256}）`,
  'intake.edit.done': (p) => `已更正请求 ${p.id}，期限 ${p.due}；新旧值可用 arca log 查看`,

  'intake.attachment.description': '把请求的附件写回文件，并核对 sha256',
  'intake.attachment.argument': '请求编号，如 R3',
  'intake.attachment.name': '附件名称（请求有多个附件时必填）',
  'intake.attachment.out': '写入的文件（- 表示标准输出）',
  'intake.attachment.force': '文件已存在时覆盖',
  'intake.attachment.none': (p) => `请求 ${p.id} 没有附件`,
  'intake.attachment.which': (p) => `请求 ${p.id} 有多个附件，请指定其中一个：${p.names}`,
  'intake.attachment.unknown': (p) => `请求 ${p.id} 没有名为“${p.name}”的附件（现有：${p.names}）`,
  'intake.attachment.redacted': (p) => `${p.name} 的内容已被清除（takedown redact），只保留名称、大小和 sha256`,
  'intake.attachment.corrupt': (p) =>
    `${p.name} 的内容与收到时记录的 sha256（${p.sha256}）不符，未写出；请运行 arca db check`,
  'intake.attachment.exists': (p) => `${p.file} 已存在：如需覆盖请加 --force`,
  'intake.attachment.written': (p) =>
    `已将 ${p.name} 写入 ${p.file}（${p.size} 字节，sha256 ${p.sha256}，与收到时一致）`,
};

export const template: Translation<typeof english.template> = {
  'template.option': '用 Go 风格的模板排版 JSON 输出：{{range .}}{{.id}} {{.title}}{{"\\n"}}{{end}}（隐含 --json）',
  'template.error': (p) => `--template：${p.message}`,
  'template.emptyPipeline': (p) => `{{${p.action}}} 里有空的管道`,
  'template.emptyAction': (p) => `{{${p.action}}} 是空的`,
  'template.unknownFunction': (p) => `没有“${p.name}”这个函数（可用：${p.known}）`,
  'template.unreadable': (p) => `看不懂 {{${p.action}}}`,
  'template.unreadableToken': (p) => `看不懂 {{${p.action}}} 里的“${p.token}”`,
  'template.strayEnd': '{{end}} 前面没有 {{range}}、{{if}} 或 {{with}}',
  'template.strayElse': '{{else}} 不在 {{range}}、{{if}} 或 {{with}} 里',
  'template.elseIf': (p) => `{{${p.action}}}：只支持单独的 {{else}}（可在里面再嵌一个 {{if}}）`,
  'template.unclosedAction': '有个动作没用 }} 收尾',
  'template.unclosedBlock': (p) => `{{${p.block}}} 没有用 {{end}} 收尾`,
  'template.rangeValue': (p) => `range 只能遍历列表或对象，这里是 ${p.value}`,
  'template.manyArguments': '只有函数才能接多个参数',
  'template.listHasNoFields': (p) => `.${p.key}：列表没有字段`,
  'template.valueHasNoFields': (p) => `.${p.key}：${p.value} 没有字段`,
  'template.unknownField': (p) => `这里没有“${p.key}”字段；现有字段：${p.fields}`,
  'template.argumentCount': (p) => `${p.name} 要 ${p.count} 个参数，给了 ${p.got} 个`,
  'template.truncateWidth': 'truncate 的宽度至少是 1',
  'template.lenValue': (p) => `len 只能用于文本、列表或对象，这里是 ${p.value}`,
  'template.tablerowEmpty': 'tablerow 至少要一个单元格',
  'template.listValue': (p) => `${p.name} 要的是列表，这里是 ${p.value}`,
};

export const takedown: Translation<typeof english.takedown> = {
  'takedown.description': '登记下架请求，按期处理，并留存处理记录',
  'takedown.requestArgument': '请求编号，如 R3',
  'takedown.listJoin': '、',
  'takedown.clauseJoin': '；',
  'takedown.or': (p) => `${p.first} 或 ${p.last}`,
  'takedown.articles': (p) => `文章 ${p.ids}${p.count > 1 ? `（共 ${p.count} 篇）` : ''}`,
  'takedown.column.due': '处理期限',
  'takedown.column.received': '收到日期',
  'takedown.column.claimant': '权利人',
  'takedown.column.work': '作品',
  'takedown.column.articles': '文章',
  'takedown.column.kind': '类别',
  'takedown.countdown.today': (p) => `${p.date}（今天到期）`,
  'takedown.countdown.ahead': (p) => `${p.date}（还有 ${p.days} 天）`,
  'takedown.countdown.overdue': (p) => `${p.date}（已逾期 ${p.days} 天）`,
  'takedown.cannotReadAttachment': (p) => `无法读取附件 ${p.file}：${p.reason}`,
  'takedown.cannotWrite': (p) => `无法写入 ${p.file}：${p.reason}`,
  'takedown.within': (p) => `--within 需要天数，如 7d 或 2w（收到的是“${p.text}”）`,
  'takedown.enterValue': '请输入内容',
  'takedown.attachmentLine': (p) => `${p.name} ${p.size} 字节 sha256:${p.sha256}`,
  'takedown.noticeLacks': (p) => `通知缺少：${p.missing}`,

  'takedown.open.description': '登记针对一篇或多篇文章的下架请求',
  'takedown.open.refs': '请求涉及的文章编号或网址（未给出时在终端上询问）',
  'takedown.open.claimant': '要求下架的权利人',
  'takedown.open.contact': '权利人的联系方式（邮箱、电话、地址）',
  'takedown.open.received': '通知收到的时间：YYYY-MM-DD 或日期时间（默认：现在）',
  'takedown.open.work': '权利人主张的作品（标题、网址）',
  'takedown.open.reason': '权利人给出的理由',
  'takedown.open.attach': '随请求保存的文件（通知、证据、授权书），可重复',
  'takedown.open.missingRef': 'REF（文章编号或网址）',
  'takedown.open.whichArticle': '是哪一篇文章？',
  'takedown.open.anotherArticle': '请求还涉及其他文章吗？',
  'takedown.open.askClaimant': '权利人：谁享有权利',
  'takedown.open.claimantNeeded': '请求必须有权利人',
  'takedown.open.askContact': '联系方式（邮箱、电话或地址；按回车跳过）',
  'takedown.open.askWork': '主张的作品（标题及其网址；按回车跳过）',
  'takedown.open.askReason': '理由（按回车跳过）',
  'takedown.open.askChannel': '通知是通过什么渠道收到的？',
  'takedown.open.late': (p) => `请求 ${p.id} 收到较晚：收到时其涉及的某篇文章的免责期已经结束`,
  'takedown.open.opened': (p) =>
    `已登记请求 ${p.id}，涉及${p.articles}，处理期限 ${p.due}；` +
    `下一步：arca takedown remove ${p.id}，或 reject ${p.id} --reason …`,
  'takedown.open.sameClaimant': (p) =>
    `${p.id}：${p.claimant} 对文章 ${p.article} 已有 ${p.count} 条未处理的请求 ${p.others}`,
  'takedown.open.alreadyPurged': (p) =>
    `${p.id}：文章 ${p.article} 已${p.on === null ? '' : `于 ${p.on} `}${p.by === null ? '' : `因请求 ${p.by} `}被彻底删除：` +
    '正文已不存在，只保留标题、网址和哈希值',

  'takedown.list.description': '列出下架请求，处理期限最早的在前',
  'takedown.list.status': '处于此状态的请求',
  'takedown.list.within': '用于 due-soon：在这么多天内到期（7d、2w）',
  'takedown.list.none': (p) => (p.status === 'all' ? '没有下架请求' : `没有状态为 ${p.status} 的下架请求`),

  'takedown.show.description': '显示一条请求：所有字段、涉及的文章、附件和处理决定',
  'takedown.show.step': (p) => `${p.at} ${p.status}，操作人 ${p.actor}${p.note === '' ? '' : `：${p.note}`}`,
  'takedown.show.lacks': (p) => `请求 ${p.id}：通知缺少${p.missing}`,

  'takedown.check.within': 'due-soon 的范围（7d、2w）',
  'takedown.check.soon': (p) => `${p.count} 条请求在 ${p.days} 天内到期`,
  'takedown.check.overdue': (p) =>
    `${p.count} 条请求已逾期，${p.soon}（参见 arca takedown list --status overdue）${p.restores}`,
  'takedown.check.nothingOverdue': (p) => `没有逾期的请求；${p.soon}${p.restores}`,

  'takedown.decide.done': (p) => `请求 ${p.id}：${p.status}${p.effect === '' ? '' : `；${p.effect}`}`,
  'takedown.decide.takenDown': (p) => `${p.articles} 已下架`,
  'takedown.decide.purged': (p) => `${p.articles} 已下架并彻底删除`,
  'takedown.decide.restored': (p) => `${p.articles} 已恢复`,
  'takedown.decide.staysDown': (p) => `文章 ${p.article} 仍保持下架：${p.why}`,
  'takedown.decide.keptPurged': '它已被彻底删除，正文无法恢复',
  'takedown.decide.keptByRequest': (p) => `请求 ${p.id} 仍要求其下架`,
  'takedown.decide.rawShared': (p) => `文章 ${p.article} 与文章 ${p.with} 来自同一文件：其原始字节也已删除（正文保留）`,
  'takedown.decide.walPurge': '另一个 arca 进程正打开着存档：被删除的正文可能留在其预写日志中，直到该进程结束',
  'takedown.decide.onlyRemovalPurges': '只有下架决定才能彻底删除文章',
  'takedown.decide.needsReason': (p) => `要把请求 ${p.id} 标记为 ${p.status}，请给出理由`,

  'takedown.reject.description': '决定不下架文章（必须给出理由）',
  'takedown.reject.reason': '驳回请求的理由',
  'takedown.reject.ask': (p) => `为什么驳回请求 ${p.id}？`,
  'takedown.withdraw.description': '登记权利人撤回了请求',
  'takedown.restore.ask': (p) => `为什么恢复请求 ${p.id} 涉及的内容（反通知）？`,

  'takedown.remove.description': '决定下架文章：在列表、搜索和导出中隐藏；记录保留',
  'takedown.remove.note': '写入处理记录的备注',
  'takedown.remove.purge': '同时彻底删除文章正文和原始字节（标题、网址和哈希值保留）',
  'takedown.remove.yes': '不经询问确认 --purge',
  'takedown.remove.needsYes': '--purge 会彻底删除文章正文：请加 --yes 确认（标准输入不是终端，arca 无法询问）',
  'takedown.remove.doomed': (p) => `--purge 将彻底删除请求 ${p.id} 涉及的 ${p.count} 篇文章的正文：`,
  'takedown.remove.doomedArticle': (p) => `  文章 ${p.id}  ${p.title}`,
  'takedown.remove.typeId': (p) => `输入 ${p.id} 确认删除，输入其他内容则停止`,
  'takedown.remove.mistyped': (p) => `输入的是“${p.typed}”而不是 ${p.id}：未下架任何内容`,

  'takedown.redact.description': '抹去权利人的个人信息：联系方式和附件内容（哈希值保留）',
  'takedown.redact.yes': '不经询问直接确认',
  'takedown.redact.needsYes': 'redact 会永久抹去联系方式和附件：请加 --yes 确认（标准输入不是终端，arca 无法询问）',
  'takedown.redact.typeId': (p) => `输入 ${p.id} 确认抹去其联系方式和附件`,
  'takedown.redact.mistyped': (p) => `输入的是“${p.typed}”而不是 ${p.id}：未抹去任何内容`,
  'takedown.redact.done': (p) =>
    `请求 ${p.id}：${p.contact ? '已抹去联系方式' : '没有要抹去的联系方式'}；已抹去 ${p.attachments} 个附件` +
    '（名称、大小和 sha256 保留；处理记录保留）',
  'takedown.redact.wal': '另一个 arca 进程正打开着存档：被抹去的字节可能留在其预写日志中，直到该进程结束',

  'takedown.ref.aRequest': '请求编号',
  'takedown.ref.aRequestForFlag': (p) => `${p.flag} 的请求编号`,
  'takedown.ref.invalid': (p) => `“${p.text}”不是${p.what}（请求编号形如 R12）`,
  'takedown.ref.bare': (p) => `${p.n} 不是请求编号；${p.meant}`,
  'takedown.ref.openNaming': (p) => `文章 ${p.n} 有 ${p.count} 条未处理的请求 ${p.ids}`,
  'takedown.ref.naming': (p) => `文章 ${p.n} 有 ${p.count} 条请求 ${p.ids}`,
  'takedown.ref.didYouMean': (p) => `是指 ${p.id} 吗？`,
  'takedown.ref.noSuch': (p) => `请求编号形如 R${p.n}，但没有请求 R${p.n}`,
  'takedown.receivedInFuture': (p) => `收到时间 ${p.time} 晚于现在`,
  'takedown.transition': (p) =>
    `请求 ${p.id} 的状态为 ${p.current}；只有 ${p.from} 状态的请求才能转为 ${p.to}` +
    `（${p.current} 状态的请求${p.next === '' ? '已是最终状态' : `可转为 ${p.next}`}）`,
  'takedown.notADate': (p) => `${p.what}不是有效的日期（YYYY-MM-DD）：“${p.date}”`,
  'takedown.notADayCount': (p) => `${p.what}必须是 0 或更大的整天数：${p.days}`,
  'takedown.tooManyDays': (p) => `${p.what}过长：${p.days} 天（最多 ${p.max} 天）`,
  'takedown.notAnInstant': (p) => `不是 ISO-8601 日期时间：“${p.instant}”`,
  'takedown.what.receivedDate': '收到日期',
  'takedown.what.defaultWindow': '默认免责期',
  'takedown.what.override': (p) => `${p.flag} 指定的期限`,
  'takedown.what.articleWindow': '文章的免责期',
  'takedown.what.dueDate': '处理期限',
  'takedown.what.today': '今天的日期',
  'takedown.what.reminder': '提醒天数',
  'takedown.what.within': '--within 指定的天数',
  'takedown.report.title': '# 透明度报告：著作权下架请求',
  'takedown.report.span': (p) => `统计 ${p.since} 至 ${p.until} 收到的请求，截至 ${p.asOf} 的处理情况。`,
  'takedown.report.firstRequest': '首条请求',
  'takedown.report.received': (p) => `**收到请求：${p.count} 条**`,
  'takedown.report.outcomes': '## 处理结果',
  'takedown.report.outcome.removed': '已下架',
  'takedown.report.outcome.rejected': '已驳回',
  'takedown.report.outcome.withdrawn': '已撤回',
  'takedown.report.outcome.restored': '下架后已恢复',
  'takedown.report.outcome.countered': '已收到反通知，待恢复',
  'takedown.report.outcome.open': '尚未处理',
  'takedown.report.outcome.overdue': '其中已逾期',
  'takedown.report.articlesAndSites': '## 文章与网站',
  'takedown.report.articles': (p) => `涉及文章：${p.named} 篇；已下架：${p.takenDown} 篇；已彻底删除：${p.purged} 篇。`,
  'takedown.report.channels': '## 来源渠道',
  'takedown.report.timeToDecision': '## 处理用时',
  'takedown.report.days': (p) => `${p.days} 天`,
  'takedown.report.decision': (p) =>
    `已处理：${p.decided} 条；从收到到首次处理，用时中位数 ${p.median}，最长 ${p.longest}。` +
    `超过处理期限才处理的：${p.late} 条${p.lateIds ? `（${p.lateIds}）` : ''}。`,
  'takedown.report.topClaimants': '## 主要权利人',
  'takedown.report.notices': '## 通知',
  'takedown.report.column.outcome': '结果',
  'takedown.report.column.requests': '请求数',
  'takedown.report.column.site': '网站',
  'takedown.report.column.articles': '文章数',
  'takedown.report.column.channel': '渠道',
  'takedown.report.column.claimant': '权利人',
  'takedown.report.column.contacts': '联系方式',
  'takedown.report.column.request': '请求',
  'takedown.report.column.received': '收到日期',
  'takedown.report.column.work': '作品',
  'takedown.report.column.urls': '网址',
  'takedown.report.column.action': '处理措施',
  'takedown.noArticles': '下架请求至少要涉及一篇文章',
};
