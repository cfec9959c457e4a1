import type { Messages } from '../messages.js';

/** The takedown verbs: their help, questions, summaries, warnings and refusals. */
export const takedown = {
  'takedown.description': 'record takedown requests, decide them in time, and prove what was done',
  'takedown.requestArgument': 'the request id, e.g. R3',
  /** Between the items of a list of ids, and between the clauses of a sentence. */
  'takedown.listJoin': ', ',
  'takedown.clauseJoin': '; ',
  'takedown.or': (p: { first: string; last: string }) => `${p.first} or ${p.last}`,
  'takedown.articles': (p: { count: number; ids: string }) => `${p.count === 1 ? 'article' : 'articles'} ${p.ids}`,
  'takedown.column.due': 'DUE',
  'takedown.column.received': 'RECEIVED',
  'takedown.column.claimant': 'CLAIMANT',
  'takedown.column.work': 'WORK',
  'takedown.column.articles': 'ARTICLES',
  'takedown.column.kind': 'KIND',
  'takedown.countdown.today': (p: { date: string }) => `${p.date} (today)`,
  'takedown.countdown.ahead': (p: { date: string; days: number }) =>
    `${p.date} (in ${p.days} ${p.days === 1 ? 'day' : 'days'})`,
  'takedown.countdown.overdue': (p: { date: string; days: number }) =>
    `${p.date} (overdue by ${p.days} ${p.days === 1 ? 'day' : 'days'})`,
  'takedown.cannotReadAttachment': (p: { file: string; reason: string }) =>
    `cannot read attachment ${p.file}: ${p.reason}`,
  'takedown.cannotWrite': (p: { file: string; reason: string }) => `cannot write ${p.file}: ${p.reason}`,
  'takedown.within': (p: { text: string }) => `--within needs a number of days such as 7d or 2w (got "${p.text}")`,
  'takedown.enterValue': 'please enter a value',
  'takedown.attachmentLine': (p: { name: string; size: number; sha256: string }) =>
    `${p.name} ${p.size} bytes sha256:${p.sha256}`,
  'takedown.noticeLacks': (p: { missing: string }) => `the notice lacks: ${p.missing}`,

  'takedown.open.description': 'record a takedown request against one or more articles',
  'takedown.open.refs': 'article ids or URLs the request names (asked on a terminal when left out)',
  'takedown.open.claimant': 'who holds the rights and asks for removal',
  'takedown.open.contact': 'how to reach the claimant (email, phone, address)',
  'takedown.open.received': 'when the notice arrived: YYYY-MM-DD or a date-time (default: now)',
  'takedown.open.work': 'the work the claimant owns (title, URL)',
  'takedown.open.reason': 'the reason the claimant gives',
  'takedown.open.attach': 'a file to keep with the request (the notice, evidence, authorisation); repeat for more',
  'takedown.open.missingRef': 'REF (an article id or URL)',
  'takedown.open.whichArticle': 'Which article?',
  'takedown.open.anotherArticle': 'Does the request name another article?',
  'takedown.open.askClaimant': 'Claimant: who holds the rights',
  'takedown.open.claimantNeeded': 'a request needs a claimant',
  'takedown.open.askContact': 'Contact (email, phone or address; Enter to skip)',
  'takedown.open.askWork': 'Work claimed (title, its URL; Enter to skip)',
  'takedown.open.askReason': 'Reason given (Enter to skip)',
  'takedown.open.askChannel': 'How did the notice arrive?',
  'takedown.open.late': (p: { id: string }) =>
    `request ${p.id} is late: it arrived after the disclaimer window of an article it names had closed`,
  'takedown.open.opened': (p: { id: string; articles: string; due: string }) =>
    `opened request ${p.id} on ${p.articles}, due ${p.due}; ` +
    `next: arca takedown remove ${p.id}, or reject ${p.id} --reason …`,
  'takedown.open.sameClaimant': (p: { id: string; claimant: string; count: number; others: string; article: number }) =>
    `${p.id}: ${p.claimant} already has open ${p.count === 1 ? 'request' : 'requests'} ` +
    `${p.others} for article ${p.article}`,
  'takedown.open.alreadyPurged': (p: { id: string; article: number; by: string | null; on: string | null }) =>
    `${p.id}: article ${p.article} was already purged${p.by === null ? '' : ` by request ${p.by}`}` +
    `${p.on === null ? '' : ` on ${p.on}`}: its text is gone, only its title, URLs and hashes remain`,

  'takedown.list.description': 'list takedown requests, earliest due date first',
  'takedown.list.status': 'requests in this state',
  'takedown.list.within': 'for due-soon: due within this many days (7d, 2w)',
  'takedown.list.none': (p: { status: string }) => `no ${p.status === 'all' ? '' : `${p.status} `}takedown requests`,

  'takedown.show.description': 'show a request: every field, the articles it names, its attachments and decision',
  'takedown.show.step': (p: { at: string; status: string; actor: string; note: string }) =>
    `${p.at} ${p.status} by ${p.actor}${p.note === '' ? '' : `: ${p.note}`}`,
  'takedown.show.lacks': (p: { id: string; missing: string }) => `request ${p.id}: the notice lacks ${p.missing}`,

  'takedown.check.within': 'due-soon horizon (7d, 2w)',
  'takedown.check.soon': (p: { count: number; days: number }) =>
    `${p.count} ${p.count === 1 ? 'request' : 'requests'} due within ${p.days} ${p.days === 1 ? 'day' : 'days'}`,
  'takedown.check.overdue': (p: { count: number; soon: string; restores: string }) =>
    `${p.count} ${p.count === 1 ? 'request' : 'requests'} overdue, ${p.soon} ` +
    `(see arca takedown list --status overdue)${p.restores}`,
  'takedown.check.nothingOverdue': (p: { soon: string; restores: string }) => `nothing overdue; ${p.soon}${p.restores}`,

  'takedown.decide.done': (p: { id: string; status: string; effect: string }) =>
    `request ${p.id} ${p.status}${p.effect === '' ? '' : `; ${p.effect}`}`,
  'takedown.decide.takenDown': (p: { articles: string }) => `${p.articles} taken down`,
  'takedown.decide.purged': (p: { articles: string }) => `${p.articles} taken down and purged`,
  'takedown.decide.restored': (p: { articles: string }) => `${p.articles} back in the archive`,
  'takedown.decide.staysDown': (p: { article: number; why: string }) => `article ${p.article} stays down: ${p.why}`,
  'takedown.decide.keptPurged': 'it was purged: its text is gone for good',
  'takedown.decide.keptByRequest': (p: { id: string }) => `request ${p.id} still keeps it removed`,
  'takedown.decide.rawShared': (p: { article: number; with: number }) =>
    `article ${p.article} came from the same file as article ${p.with}: its raw bytes were purged too (its text stays)`,
  'takedown.decide.walPurge':
    'another arca process holds the archive open: the purged text may remain in its write-ahead log until that process ends',
  'takedown.decide.onlyRemovalPurges': 'only a removal can purge articles',
  'takedown.decide.needsReason': (p: { id: string; status: string }) =>
    `to mark request ${p.id} ${p.status}, give the reason`,

  'takedown.reject.description': 'decide not to remove the articles (a reason is required)',
  'takedown.reject.reason': 'why the request is rejected',
  'takedown.reject.ask': (p: { id: string }) => `Why is request ${p.id} rejected?`,
  'takedown.withdraw.description': 'record that the claimant withdrew the request',
  'takedown.restore.ask': (p: { id: string }) => `Why is request ${p.id} restored (the counter-notice)?`,

  'takedown.remove.description':
    'decide to take the articles down: hidden from list, search and export; the record stays',
  'takedown.remove.note': 'a note for the decision record',
  'takedown.remove.purge': "also delete the articles' body and raw bytes for good (title, URLs and hashes stay)",
  'takedown.remove.yes': 'confirm --purge without being asked',
  'takedown.remove.needsYes':
    '--purge deletes article text for good: add --yes to confirm (stdin is not a terminal, so arca cannot ask)',
  'takedown.remove.doomed': (p: { count: number; id: string }) =>
    `--purge deletes for good the text of ${p.count} ${p.count === 1 ? 'article' : 'articles'} named by request ${p.id}:`,
  'takedown.remove.doomedArticle': (p: { id: number; title: string }) => `  article ${p.id}  ${p.title}`,
  'takedown.remove.typeId': (p: { id: string }) => `Type ${p.id} to purge, anything else to stop`,
  'takedown.remove.mistyped': (p: { typed: string; id: string }) =>
    `you typed "${p.typed}", not ${p.id}: nothing was removed`,

  'takedown.redact.description':
    "erase the claimant's personal data: contact details and attachments' bytes (hashes stay)",
  'takedown.redact.yes': 'confirm without being asked',
  'takedown.redact.needsYes':
    'redact erases contact details and attachments for good: add --yes to confirm (stdin is not a terminal, so arca cannot ask)',
  'takedown.redact.typeId': (p: { id: string }) => `Type ${p.id} to erase its contact details and attachments`,
  'takedown.redact.mistyped': (p: { typed: string; id: string }) =>
    `you typed "${p.typed}", not ${p.id}: nothing was erased`,
  'takedown.redact.done': (p: { id: string; contact: boolean; attachments: number }) =>
    `request ${p.id}: ${p.contact ? 'contact details erased' : 'no contact details to erase'}; ` +
    `${p.attachments} ${p.attachments === 1 ? 'attachment' : 'attachments'} erased ` +
    '(names, sizes and sha256 kept; the decision record stays)',
  'takedown.redact.wal':
    'another arca process holds the archive open: the erased bytes may remain in its write-ahead log until it ends',

  'takedown.ref.aRequest': 'a request',
  'takedown.ref.aRequestForFlag': (p: { flag: string }) => `a request for ${p.flag}`,
  'takedown.ref.invalid': (p: { text: string; what: string }) =>
    `"${p.text}" is not ${p.what} (request ids look like R12)`,
  'takedown.ref.bare': (p: { n: number; meant: string }) => `${p.n} is not a request; ${p.meant}`,
  'takedown.ref.openNaming': (p: { n: number; count: number; ids: string }) =>
    `article ${p.n} has open ${p.count === 1 ? 'request' : 'requests'} ${p.ids}`,
  'takedown.ref.naming': (p: { n: number; count: number; ids: string }) =>
    `article ${p.n} has ${p.count === 1 ? 'request' : 'requests'} ${p.ids}`,
  'takedown.ref.didYouMean': (p: { id: string }) => `did you mean ${p.id}?`,
  'takedown.ref.noSuch': (p: { n: number }) => `request ids look like R${p.n}, and there is no request R${p.n}`,
  'takedown.receivedInFuture': (p: { time: string }) => `the received time ${p.time} is in the future`,
  'takedown.transition': (p: { id: string; current: string; from: string; to: string; next: string }) =>
    `request ${p.id} is ${p.current}; only ${p.from} requests can be ${p.to} ` +
    `(${p.current === 'open' ? 'an' : 'a'} ${p.current} request ${p.next === '' ? 'is final' : `can be ${p.next}`})`,
  'takedown.notADate': (p: { what: string; date: string }) =>
    `${p.what} is not a calendar date (YYYY-MM-DD): "${p.date}"`,
  'takedown.notADayCount': (p: { what: string; days: number }) =>
    `${p.what} must be a whole number of days, 0 or more: ${p.days}`,
  'takedown.tooManyDays': (p: { what: string; days: number; max: number }) =>
    `${p.what} is too long: ${p.days} days (at most ${p.max})`,
  'takedown.notAnInstant': (p: { instant: string }) => `not an ISO-8601 date-time: "${p.instant}"`,
  'takedown.what.receivedDate': 'the received date',
  'takedown.what.defaultWindow': 'the default window',
  'takedown.what.override': (p: { flag: string }) => `the ${p.flag} override`,
  'takedown.what.articleWindow': 'an article window',
  'takedown.what.dueDate': 'the due date',
  'takedown.what.today': 'today',
  'takedown.what.reminder': 'the reminder',
  'takedown.what.within': 'the --within period',
  'takedown.report.title': '# Transparency report: copyright takedown requests',
  'takedown.report.span': (p: { since: string; until: string; asOf: string }) =>
    `Requests received from ${p.since} to ${p.until}, as they stood on ${p.asOf}.`,
  'takedown.report.firstRequest': 'the first request',
  'takedown.report.received': (p: { count: number }) => `**Requests received: ${p.count}**`,
  'takedown.report.outcomes': '## Outcomes',
  'takedown.report.outcome.removed': 'Removed',
  'takedown.report.outcome.rejected': 'Rejected',
  'takedown.report.outcome.withdrawn': 'Withdrawn',
  'takedown.report.outcome.restored': 'Restored after removal',
  'takedown.report.outcome.countered': 'Counter-notice received, restore pending',
  'takedown.report.outcome.open': 'Still open',
  'takedown.report.outcome.overdue': 'of which overdue',
  'takedown.report.articlesAndSites': '## Articles and sites',
  'takedown.report.articles': (p: { named: number; takenDown: number; purged: number }) =>
    `Articles named: ${p.named}; taken down: ${p.takenDown}; deleted for good: ${p.purged}.`,
  'takedown.report.channels': '## Channels',
  'takedown.report.timeToDecision': '## Time to decision',
  'takedown.report.days': (p: { days: number }) => `${p.days} ${p.days === 1 ? 'day' : 'days'}`,
  'takedown.report.decision': (p: {
    decided: number;
    median: string;
    longest: string;
    late: number;
    lateIds: string;
  }) =>
    `Decided: ${p.decided}; median ${p.median}; longest ${p.longest}, ` +
    `from receipt to the first decision. Decided after the due date: ${p.late}${p.lateIds ? ` (${p.lateIds})` : ''}.`,
  'takedown.report.topClaimants': '## Top claimants',
  'takedown.report.notices': '## Notices',
  'takedown.report.column.outcome': 'Outcome',
  'takedown.report.column.requests': 'Requests',
  'takedown.report.column.site': 'Site',
  'takedown.report.column.articles': 'Articles',
  'takedown.report.column.channel': 'Channel',
  'takedown.report.column.claimant': 'Claimant',
  'takedown.report.column.contacts': 'Contacts',
  'takedown.report.column.request': 'Request',
  'takedown.report.column.received': 'Received',
  'takedown.report.column.work': 'Work',
  'takedown.report.column.urls': 'URLs',
  'takedown.report.column.action': 'Action taken',
  'takedown.noArticles': 'a takedown request must name at least one article',
} satisfies Messages;
