import type { intake as en } from '../en/intake.js';
import type { Translation } from '../messages.js';

export const intake: Translation<typeof en> = {
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
