/**
 * The letter to a claimant: what they sent, which articles it named, and what the operator decided
 * and when, or, once a counter-notice came back, that counter-notice forwarded to them with the date
 * the content returns. Chinese and English wording are written separately rather than translated
 * word by word, so each reads as a letter in its own language: the Chinese dated under the signature
 * (落款), the English dated above the salutation. The operator's own identity signs it, never the
 * site an article was taken from.
 */
import type { OperatorIdentity } from '../db/settings.js';
import { oneLine } from '../text.js';
import type { TakedownRequest, TakedownStatus } from '../types.js';
import { dateInZone } from './deadline.js';
import type { ArticleSummary, NoticeLanguage } from './types.js';

export interface NoticeInput extends Pick<
  TakedownRequest,
  'id' | 'status' | 'received' | 'due' | 'claimant' | 'work' | 'decided_at' | 'restore_due' | 'counter_notice'
> {
  /** Why the request was rejected or the content restored; null for other decisions. */
  decision_reason: string | null;
  articles: ArticleSummary[];
  /** Who writes: the operator's site name signs the letter; contact and address go under it. */
  operator: OperatorIdentity;
  /** The date of writing (YYYY-MM-DD, the archive's today). */
  written: string;
  /** The archive's time zone: the dates of `received` and `decided_at` are taken in it. */
  tz: string;
}

interface LetterFacts {
  input: NoticeInput;
  received: string;
  decided: string | null;
  due: string;
  written: string;
  /** The counter-notice's received date and the restore date, for a countered request. */
  counter: { received: string; restoreDue: string } | null;
}

const LOCALES: Record<NoticeLanguage, string> = { zh: 'zh-CN', en: 'en-GB' };

/** "2026年3月1日" / "1 March 2026" for a calendar date. The formatter is built on use: it is costly at start-up. */
function longDate(date: string, lang: NoticeLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** What stands where the site name belongs when none is set: a blank the operator must fill in. */
const UNSIGNED: Record<NoticeLanguage, string> = { zh: '【网站名称：请填写】', en: '[Site name: please fill in]' };

function zhCounterNotice({ input, decided, counter }: LetterFacts): string {
  const notice = input.counter_notice;
  if (!notice || !counter) return '';
  const reason = notice.reason ? `（理由：${notice.reason}）` : '';
  return (
    `经核实，上述文章已${decided ? `于${decided}` : ''}删除。${counter.received}，我们收到${notice.from}` +
    `提交的不侵权声明${reason}，现将该声明转送给您。如您认为上述文章仍侵犯您的权利，请在${counter.restoreDue}前` +
    `告知我们您已向有关部门投诉或者向人民法院提起诉讼；届时未收到上述通知的，我们将于${counter.restoreDue}恢复上述文章。`
  );
}

function zhDecision(facts: LetterFacts): string {
  const { input, decided, due } = facts;
  const on = decided ? `于${decided}` : '';
  const reason = input.decision_reason ? `理由：${input.decision_reason}` : '';
  const decisions: Record<TakedownStatus, string> = {
    open: `您的通知正在审核中，我们将在${due}前作出处理决定。`,
    removed: `经核实，上述文章已${on}删除。`,
    rejected: `经审核，我们${on}决定不删除上述文章。${reason}`,
    withdrawn: `您已${on}撤回本通知，上述文章未作处理。`,
    countered: zhCounterNotice(facts),
    restored: `上述文章曾被删除；根据收到的反通知，经审核已${on}恢复。${reason}`,
  };
  return decisions[input.status];
}

function zhLetter(facts: LetterFacts): string {
  const { input, received } = facts;
  const { siteName, contact, address } = input.operator;
  const siteRef = siteName ? `本网（${siteName}）` : '本网';
  const work = input.work ? `，涉及作品：${input.work}` : '';
  return [
    `${input.claimant}：`,
    '',
    `您好！${siteRef}于${received}收到您提交的权利通知（编号：${input.id}）${work}。通知所涉文章如下：`,
    '',
    ...input.articles.flatMap((a, i) => [
      `${i + 1}. ${a.title}（文章编号 ${a.id}）`,
      `   原文链接：${a.original_url ?? '无'}`,
    ]),
    '',
    `处理结果：${zhDecision(facts)}`,
    '',
    '特此函告。',
    '',
    siteName ?? UNSIGNED.zh,
    ...(contact ? [`联系方式：${contact}`] : []),
    ...(address ? [`地址：${address}`] : []),
    facts.written,
  ].join('\n');
}

function enCounterNotice({ input, decided, counter }: LetterFacts, one: boolean): string {
  const notice = input.counter_notice;
  if (!notice || !counter) return '';
  const them = one ? 'the article' : 'the articles';
  const reason = notice.reason ? ` (reason given: ${notice.reason})` : '';
  return (
    `${one ? 'The article listed above was removed' : 'The articles listed above were removed'}` +
    `${decided ? ` on ${decided}` : ''}. On ${counter.received} we received a counter-notice from ${notice.from} ` +
    `stating that ${them} ${one ? 'does' : 'do'} not infringe your rights${reason}; we forward it to you ` +
    `with this letter. If you maintain your claim, please tell us before ${counter.restoreDue} that you have ` +
    `filed a complaint with the competent authority or brought proceedings in court; otherwise we will ` +
    `restore ${them} on ${counter.restoreDue}.`
  );
}

function enDecision(facts: LetterFacts): string {
  const { input, decided, due } = facts;
  const on = decided ? ` on ${decided}` : '';
  const one = input.articles.length === 1;
  const them = one ? 'the article listed above' : 'the articles listed above';
  const wasRemoved = one ? 'The article listed above was removed' : 'The articles listed above were removed';
  const reason = input.decision_reason ? ` Reason: ${input.decision_reason}` : '';
  const decisions: Record<TakedownStatus, string> = {
    open: `Your notice is under review; we will decide by ${due}.`,
    removed: `${wasRemoved}${on}.`,
    rejected: `We decided${on} not to remove ${them}.${reason}`,
    withdrawn: `You withdrew this notice${on}; ${them} ${one ? 'was' : 'were'} left unchanged.`,
    countered: enCounterNotice(facts, one),
    restored: `${wasRemoved} and, after a counter-notice, restored${on}.${reason}`,
  };
  return decisions[input.status];
}

function enLetter(facts: LetterFacts): string {
  const { input, received } = facts;
  const { siteName, contact, address } = input.operator;
  const work = input.work ? ` concerning ${input.work}` : '';
  return [
    facts.written,
    '',
    `Dear ${input.claimant},`,
    '',
    `On ${received}, ${siteName ?? 'we'} received your notice (request ${input.id})${work}. ` +
      `It names the following ${input.articles.length === 1 ? 'article' : 'articles'}:`,
    '',
    ...input.articles.flatMap((a, i) => [
      `${i + 1}. ${a.title} (article ${a.id})`,
      `   Original link: ${a.original_url ?? 'none'}`,
    ]),
    '',
    `Decision: ${enDecision(facts)}`,
    '',
    'Yours sincerely,',
    '',
    siteName ?? UNSIGNED.en,
    ...(contact ? [`Contact: ${contact}`] : []),
    ...(address ? [`Address: ${address}`] : []),
  ].join('\n');
}

/** The values a letter quotes, each on one line: a title or name from a page cannot add lines of its own to our letter. */
function quotedOnOneLine(input: NoticeInput): NoticeInput {
  const flat = (text: string | null) => (text === null ? null : oneLine(text));
  const counter = input.counter_notice;
  return {
    ...input,
    claimant: oneLine(input.claimant),
    work: flat(input.work),
    decision_reason: flat(input.decision_reason),
    articles: input.articles.map((a) => ({ ...a, title: oneLine(a.title), original_url: flat(a.original_url) })),
    operator: {
      siteName: flat(input.operator.siteName),
      contact: flat(input.operator.contact),
      address: flat(input.operator.address),
    },
    counter_notice: counter && {
      ...counter,
      from: oneLine(counter.from),
      contact: flat(counter.contact),
      reason: flat(counter.reason),
    },
  };
}

/** The letter in Chinese or English, ending with a newline. */
export function noticeLetter(request: NoticeInput, lang: NoticeLanguage): string {
  const input = quotedOnOneLine(request);
  const { counter_notice: counter, restore_due: restoreDue } = input;
  const facts: LetterFacts = {
    input,
    received: longDate(dateInZone(input.received, input.tz), lang),
    decided: input.decided_at ? longDate(dateInZone(input.decided_at, input.tz), lang) : null,
    due: longDate(input.due, lang),
    written: longDate(input.written, lang),
    counter:
      counter && restoreDue
        ? { received: longDate(dateInZone(counter.received, input.tz), lang), restoreDue: longDate(restoreDue, lang) }
        : null,
  };
  return `${lang === 'zh' ? zhLetter(facts) : enLetter(facts)}\n`;
}
