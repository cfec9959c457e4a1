import type { takedown as en } from '../en/takedown.js';
import type { Translation } from '../messages.js';

export const takedown: Translation<typeof en> = {
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
  'takedown.open.late': (p) => `请求 ${p.id} 已迟到：收到时其涉及的某篇文章的免责期已经结束`,
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
  'takedown.noArticles': '下架请求至少要涉及一篇文章',
};
