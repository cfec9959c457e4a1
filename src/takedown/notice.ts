/**
 * The reply letter to a claimant: what they sent, which articles it named, and what the
 * operator decided and when. Chinese and English wording are written separately rather than
 * translated word by word, so each reads as a letter in its own language.
 */
import { oneLine } from '../text.js';
import type { TakedownRequest, TakedownStatus } from '../types.js';
import { dateInZone } from './deadline.js';
import type { ArticleSummary, NoticeLanguage } from './types.js';

export interface NoticeInput extends Pick<
  TakedownRequest,
  'id' | 'status' | 'received' | 'due' | 'claimant' | 'work' | 'decided_at'
> {
  /** Why the request was rejected or the content restored; null for other decisions. */
  decision_reason: string | null;
  articles: ArticleSummary[];
  /** The site the articles were published on, when known; it signs the letter. */
  site: string | null;
  /** The archive's time zone: the dates of `received` and `decided_at` are taken in it. */
  tz: string;
}

interface LetterFacts {
  input: NoticeInput;
  received: string;
  decided: string | null;
  due: string;
}

const LOCALES: Record<NoticeLanguage, string> = { zh: 'zh-CN', en: 'en-GB' };

/** "2026年3月1日" / "1 March 2026" for a calendar date. The formatter is built on use: it is costly at start-up. */
function longDate(date: string, lang: NoticeLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

function zhDecision({ input, decided, due }: LetterFacts): string {
  const on = decided ? `于${decided}` : '';
  const reason = input.decision_reason ? `理由：${input.decision_reason}` : '';
  const decisions: Record<TakedownStatus, string> = {
    open: `您的通知正在审核中，我们将在${due}前作出处理决定。`,
    removed: `经核实，上述文章已${on}删除。`,
    rejected: `经审核，我们${on}决定不删除上述文章。${reason}`,
    withdrawn: `您已${on}撤回本通知，上述文章未作处理。`,
    restored: `上述文章曾被删除；根据收到的反通知，经审核已${on}恢复。${reason}`,
  };
  return decisions[input.status];
}

function zhLetter(facts: LetterFacts): string {
  const { input, received } = facts;
  const siteRef = input.site ? `本网（${input.site}）` : '本网';
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
    input.site ?? '本网运营方',
  ].join('\n');
}

function enDecision({ input, decided, due }: LetterFacts): string {
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
    restored: `${wasRemoved} and, after a counter-notice, restored${on}.${reason}`,
  };
  return decisions[input.status];
}

function enLetter(facts: LetterFacts): string {
  const { input, received } = facts;
  const work = input.work ? ` concerning ${input.work}` : '';
  return [
    `Dear ${input.claimant},`,
    '',
    `On ${received}, ${input.site ?? 'we'} received your notice (request ${input.id})${work}. ` +
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
    input.site ?? 'The site operator',
  ].join('\n');
}

/** The values a letter quotes, each on one line: a title or name from a page cannot add lines of its own to our letter. */
function quotedOnOneLine(input: NoticeInput): NoticeInput {
  const flat = (text: string | null) => (text === null ? null : oneLine(text));
  return {
    ...input,
    claimant: oneLine(input.claimant),
    work: flat(input.work),
    site: flat(input.site),
    decision_reason: flat(input.decision_reason),
    articles: input.articles.map((a) => ({ ...a, title: oneLine(a.title), original_url: flat(a.original_url) })),
  };
}

/** The reply letter in Chinese or English, ending with a newline. */
export function noticeLetter(request: NoticeInput, lang: NoticeLanguage): string {
  const input = quotedOnOneLine(request);
  const facts: LetterFacts = {
    input,
    received: longDate(dateInZone(input.received, input.tz), lang),
    decided: input.decided_at ? longDate(dateInZone(input.decided_at, input.tz), lang) : null,
    due: longDate(input.due, lang),
  };
  return `${lang === 'zh' ? zhLetter(facts) : enLetter(facts)}\n`;
}
