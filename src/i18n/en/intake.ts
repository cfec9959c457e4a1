import type { Messages } from '../messages.js';

/** Complaints in: URL matching, the e-mail intake, corrections of a request, attachments out. */
export const intake = {
  'intake.ref.neither': (p: { ref: string }) => `"${p.ref}" is neither an article id nor a URL`,
  'intake.ref.noUrl': (p: { ref: string }) => `no article with the URL ${p.ref} (as its own address or its source's)`,

  'intake.finder.prompt': 'Find the article: its id, a URL of it, or words of its title',
  'intake.finder.none': (p: { text: string }) => `no article has the id, URL or title words "${p.text}"`,

  'intake.config.siteUrl':
    "your own site's address (e.g. https://www.example.org/): a page's canonical link there is its site_url, " +
    "one elsewhere is its source's",
  'intake.import.baseUrl':
    "the address of a mirror folder on your site: each page's site_url is it plus the file's path (index.html: the folder)",

  'intake.open.fromEmail': 'read the complaint from an e-mail (.eml file, or - for standard input)',
  'intake.open.dryRun': 'with --from-email: show what the mail says and which articles it names; record nothing',
  'intake.mail.cannotRead': (p: { file: string; reason: string }) => `cannot read the e-mail ${p.file}: ${p.reason}`,
  'intake.mail.notAMail': (p: { file: string; reason: string }) =>
    `${p.file} is not an e-mail arca can read: ${p.reason}`,
  'intake.mail.onlyWithMail': '--dry-run needs --from-email (it shows what a mail would record)',
  'intake.mail.noUrls': (p: { file: string }) =>
    `${p.file} names no web address: pass the article ids or URLs (arca takedown open REF --from-email …)`,
  'intake.mail.noMatch': (p: { urls: string }) =>
    `the mail names no archived article; these URLs matched nothing: ${p.urls} ` +
    '(import the pages first, or pass the article ids); nothing was recorded',
  'intake.mail.unmatched': (p: { urls: string }) => `these URLs in the mail match no article: ${p.urls}`,
  'intake.mail.url': (p: { url: string; article: string }) => `${p.url} → ${p.article}`,
  'intake.mail.noArticle': 'no article',
  'intake.mail.confirm': 'Record this request?',
  'intake.mail.declined': 'not recorded',
  'intake.mail.dryRun': (p: { articles: number }) =>
    `dry run: the mail names ${p.articles === 1 ? '1 article' : `${p.articles} articles`}; nothing was recorded`,

  'intake.edit.description': 'correct an open request: dates, claimant, details, articles, attachments',
  'intake.edit.argument': 'the request id, e.g. R3',
  'intake.edit.received': 'when the notice really arrived: YYYY-MM-DD or a date-time (the due date follows)',
  'intake.edit.claimant': 'who holds the rights',
  'intake.edit.contact': 'how to reach the claimant ("" clears it)',
  'intake.edit.work': 'the work the claimant owns ("" clears it)',
  'intake.edit.reason': 'the reason the claimant gives ("" clears it)',
  'intake.edit.channel': 'how the notice arrived',
  'intake.edit.days': "days to decide in, instead of the articles' disclaimer window",
  'intake.edit.addArticle': 'an article the request also names (id or URL); repeat for more',
  'intake.edit.removeArticle': 'an article named by mistake (id or URL); repeat for more',
  'intake.edit.attach': 'a file that came later (evidence, authorisation); repeat for more',
  'intake.edit.nothing':
    'nothing to change: pass --received, --claimant, --contact, --work, --reason, --channel, --days, ' +
    '--add-article, --remove-article or --attach',
  'intake.edit.noRequest': (p: { id: string }) => `no takedown request ${p.id} (see arca takedown list --status all)`,
  'intake.edit.notOpen': (p: { id: string; status: string }) =>
    `request ${p.id} is ${p.status}; only an open request can be corrected (its decision is on record)`,
  'intake.edit.notNamed': (p: { id: string; article: number }) => `request ${p.id} does not name article ${p.article}`,
  'intake.edit.noArticleLeft': 'a takedown request must name at least one article: add the right one in the same edit',
  'intake.edit.noClaimant': 'a takedown request needs a claimant: who holds the rights',
  'intake.edit.unchanged': (p: { id: string }) => `request ${p.id} already says so: nothing changed`,
  'intake.edit.change': (p: { field: string; from: string; to: string }) => `${p.field}: ${p.from} → ${p.to}`,
  'intake.edit.attached': (p: { name: string; sha256: string }) => `attached ${p.name} (sha256 ${p.sha256})`,
  'intake.edit.done': (p: { id: string; due: string }) =>
    `corrected request ${p.id}, due ${p.due}; arca log shows the old and new values`,

  'intake.attachment.description': 'write an attachment of a request back to a file, its sha256 checked',
  'intake.attachment.argument': 'the request id, e.g. R3',
  'intake.attachment.name': 'the attachment’s name (needed when the request has several)',
  'intake.attachment.out': 'the file to write (- for standard output)',
  'intake.attachment.force': 'replace the file if it exists',
  'intake.attachment.none': (p: { id: string }) => `request ${p.id} has no attachments`,
  'intake.attachment.which': (p: { id: string; names: string }) =>
    `request ${p.id} has several attachments: name one of ${p.names}`,
  'intake.attachment.unknown': (p: { id: string; name: string; names: string }) =>
    `request ${p.id} has no attachment "${p.name}" (it has ${p.names})`,
  'intake.attachment.redacted': (p: { name: string }) =>
    `the bytes of ${p.name} were erased (takedown redact): only its name, size and sha256 remain`,
  'intake.attachment.corrupt': (p: { name: string; sha256: string }) =>
    `the bytes of ${p.name} no longer match the sha256 recorded when it arrived (${p.sha256}): not written; run arca db check`,
  'intake.attachment.exists': (p: { file: string }) => `${p.file} exists: pass --force to replace it`,
  'intake.attachment.written': (p: { name: string; file: string; size: number; sha256: string }) =>
    `wrote ${p.name} to ${p.file} (${p.size} bytes, sha256 ${p.sha256}, as received)`,
} satisfies Messages;
