/**
 * Takedown requests from complaint to decision: recording one, moving it through its lifecycle
 * (with what that does to the articles it names), and the overviews operators and cron jobs
 * read. Plain options in, plain data out; SQL lives in src/db/, the rules in the modules beside
 * this one. Every change is appended to the audit log in the same transaction that makes it.
 */
import { getArticle, type ArticleView } from '../db/articles.js';
import { appendAudit, listAudit } from '../db/audit.js';
import type { Db } from '../db/connection.js';
import { inWriteTransaction } from '../db/transaction.js';
import type { ArchiveScope } from '../db/scope.js';
import { NotFoundError } from '../db/errors.js';
import { sha256Hex } from '../hash.js';
import { archiveSchedule } from '../db/holidays.js';
import { counterDays, defaultWindowDays, operatorIdentity } from '../db/settings.js';
import {
  getStoredRequest,
  insertAttachment,
  insertRequest,
  listAttachments,
  listStoredRequests,
  namedArticles,
  openRequestsByClaimant,
  otherRemovingRequest,
  purgeArticleText,
  purging,
  redactRequestData,
  requestsForArticle,
  setArticleStatus,
  setCounterNotice,
  setRequestDecision,
  type AttachmentInfo,
  type AttachmentRole,
  type NamedArticle,
  type StoredRequest,
} from '../db/takedowns.js';
import { calendarDate, formatInstant } from '../time.js';
import type { TakedownChannel, TakedownRequest, TakedownStatus } from '../types.js';
import { isRestoreDueSoon, isRestoreOverdue, restoreDueDate } from './counter.js';
import { dateInZone, isDueSoon, isLate, isOverdue, requestDeadline, type Period } from './deadline.js';
import { needsReason, nextStatus, type DecisionAction, type TakedownAction } from './lifecycle.js';
import { formatRequestId, parseRequestRef, requestNumber } from './ids.js';
import { missingNoticeElements } from './notice-elements.js';
import { noticeLetter } from './notice.js';
import type { NoticeLanguage } from './types.js';
import { UsageError } from '../errors.js';
import { interfaceLanguage, t, type Translate } from '../i18n/index.js';

/** What every operation works in: the archive, its zone, the clock and today's date in it, who is acting. */
export type TakedownScope = Pick<ArchiveScope, 'db' | 'tz' | 'now' | 'today' | 'audit'>;

/** A request's input cannot be used as given (no claimant, no article, a future date). A usage error. */
export class RequestInputError extends UsageError {}

export interface AttachmentInput {
  /** The file's name as the operator knows it, e.g. "notice.pdf". */
  name: string;
  data: Uint8Array;
}

export interface OpenRequestInput {
  articleIds: number[];
  claimant: string;
  contact?: string | null;
  work?: string | null;
  reason?: string | null;
  channel?: TakedownChannel | null;
  /** A note on the channel: which platform or app, or what `other` was. */
  channelNote?: string | null;
  /** When the notice arrived; default now. */
  received?: Date;
  /** Calendar days to decide in, overriding the articles' windows. */
  days?: number;
  /** Working days to decide in (on the archive's calendar), overriding the articles' windows; not with `days`. */
  workdays?: number;
  attachments?: AttachmentInput[];
}

/** The articles as they stand now: the default window is read as configured at this moment. */
function articleView(scope: TakedownScope): ArticleView {
  return { tz: scope.tz, today: scope.today, defaultWindowDays: defaultWindowDays(scope.db) };
}

export const blankToNull = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

function toRequest(stored: StoredRequest, todayDate: string): TakedownRequest {
  return {
    id: formatRequestId(stored.id),
    status: stored.status,
    received: stored.received,
    due: stored.due,
    overdue: isOverdue(stored.due, todayDate, stored.status),
    late: stored.late,
    claimant: stored.claimant,
    contact: stored.contact,
    work: stored.work,
    reason: stored.reason,
    channel: stored.channel,
    channel_note: stored.channel_note,
    articles: stored.articles,
    decided_at: stored.decided_at,
    note: stored.note,
    restore_due: stored.restore_due,
    counter_notice: stored.counter_notice,
  };
}

function requireStored(db: Db, id: number): StoredRequest {
  const stored = getStoredRequest(db, id);
  if (!stored) throw new NotFoundError(t('intake.edit.noRequest', { id: formatRequestId(id) }));
  return stored;
}

/** Refuses a notice or counter-notice dated after this run's clock. */
function requireReceivedByNow(scope: TakedownScope, received: Date): void {
  if (received.getTime() > scope.now.getTime()) {
    throw new RequestInputError(t('takedown.receivedInFuture', { time: formatInstant(received, scope.tz) }));
  }
}

/** Files to keep with a request, with their size and sha256. */
export function hashedAttachments(scope: TakedownScope, inputs: AttachmentInput[], role: AttachmentRole) {
  return inputs.map((a) => ({
    name: a.name,
    data: a.data,
    size: a.data.byteLength,
    sha256: sha256Hex(a.data),
    added_at: scope.audit.at,
    role,
  }));
}

/**
 * Records a complaint against one or more archived articles. Its due date is the received date
 * plus the smallest window of the named articles (or `days`); it is late when it arrived after
 * one of their windows had closed. Attachments are stored inside the archive with their sha256.
 */
export function openRequest(scope: TakedownScope, input: OpenRequestInput): TakedownRequest {
  const { db, tz } = scope;
  const claimant = blankToNull(input.claimant);
  if (claimant === null) throw new RequestInputError(t('intake.edit.noClaimant'));
  const articleIds = [...new Set(input.articleIds)];
  const received = input.received ?? scope.now;
  const override = overridePeriod(input);
  const { receivedDate, due, late } = requestTerms(scope, articleIds, received, override);
  const attachments = hashedAttachments(scope, input.attachments ?? [], 'notice');
  const id = inWriteTransaction(db, () => {
    const newId = insertRequest(db, {
      received: formatInstant(received, tz),
      received_date: receivedDate,
      due,
      late,
      claimant,
      contact: blankToNull(input.contact),
      work: blankToNull(input.work),
      reason: blankToNull(input.reason),
      channel: input.channel ?? (blankToNull(input.channelNote) === null ? null : 'other'),
      channel_note: blankToNull(input.channelNote),
      ...overrideColumns(override),
      created_at: scope.audit.at,
      articles: articleIds,
    });
    for (const attachment of attachments) insertAttachment(db, newId, attachment);
    appendAudit(db, scope.audit, 'takedown.opened', `request:${newId}`, {
      articles: [...articleIds].sort((a, b) => a - b),
      due,
      late,
      ...(attachments.length ? { attachments: attachments.map((a) => ({ name: a.name, sha256: a.sha256 })) } : {}),
    });
    return newId;
  });
  return getRequest(scope, id);
}

export function overridePeriod(input: Pick<OpenRequestInput, 'days' | 'workdays'>): Period | undefined {
  if (input.days !== undefined && input.workdays !== undefined)
    throw new RequestInputError(t('workdays.daysAndWorkdays'));
  if (input.days !== undefined) return { days: input.days };
  return input.workdays === undefined ? undefined : { workdays: input.workdays };
}

/** The period a stored request was given instead of its articles' windows, if any. */
export function storedOverride(stored: StoredRequest): Period | undefined {
  if (stored.days_override === null) return undefined;
  return stored.override_unit === 'workdays' ? { workdays: stored.days_override } : { days: stored.days_override };
}

/**
 * The years whose holiday schedule a request's working-day count went through without knowing it (so
 * counted by weekends alone), counted again as it was opened; empty when it counted calendar days.
 */
export function unknownCalendarYears(scope: TakedownScope, id: number): number[] {
  const stored = requireStored(scope.db, id);
  const view = articleView(scope);
  const articles = stored.articles.flatMap((articleId) => getArticle(scope.db, articleId, view) ?? []);
  const calendar = archiveSchedule(scope.db).calendar;
  return requestDeadline(stored.received_date, articles, view.defaultWindowDays, calendar, storedOverride(stored))
    .unknownYears;
}

/** The columns that keep a request's own period: its length and its unit, or nulls. */
export function overrideColumns(override: Period | undefined): Pick<StoredRequest, 'days_override' | 'override_unit'> {
  if (override === undefined) return { days_override: null, override_unit: null };
  return 'days' in override
    ? { days_override: override.days, override_unit: 'days' }
    : { days_override: override.workdays, override_unit: 'workdays' };
}

/**
 * When a request received at `received` naming these articles is due, and whether it is late: the
 * received date plus the smallest of their windows (or its own period), counted on the archive's
 * calendar; late when one of their windows had closed.
 */
export function requestTerms(
  scope: TakedownScope,
  articleIds: number[],
  received: Date,
  override?: Period,
): { receivedDate: string; due: string; late: boolean } {
  if (articleIds.length === 0) throw new RequestInputError(t('takedown.noArticles'));
  requireReceivedByNow(scope, received);
  const view = articleView(scope);
  const articles = articleIds.map((id) => {
    const article = getArticle(scope.db, id, view);
    if (!article) throw new NotFoundError(t('shared.noArticle', { ref: String(id) }));
    return article;
  });
  const receivedDate = calendarDate(received, scope.tz);
  const calendar = archiveSchedule(scope.db).calendar;
  const { due } = requestDeadline(receivedDate, articles, view.defaultWindowDays, calendar, override);
  const late = isLate(
    receivedDate,
    articles.map((a) => a.window_ends),
  );
  return { receivedDate, due, late };
}

export function getRequest(scope: TakedownScope, id: number): TakedownRequest {
  return toRequest(requireStored(scope.db, id), scope.today);
}

/**
 * The request a command-line word names: `R12` or `r12`. A bare number is refused (a usage error)
 * with what it could have meant, since `12` is as likely the article as the request: the requests
 * naming article 12, and request R12 if there is one.
 */
export function requestIdFromRef(scope: TakedownScope, text: string, what = t('takedown.ref.aRequest')): number {
  const ref = parseRequestRef(text);
  const number = ref.kind === 'request' ? ref.id : ref.kind === 'bare' ? ref.number : 0;
  // Past 2^53 a number is no longer exact: no id can be that large.
  if (!Number.isSafeInteger(number)) {
    const typed = text.trim();
    throw new UsageError(t('shared.tooLarge', { flag: typed, max: Number.MAX_SAFE_INTEGER, value: typed }));
  }
  if (ref.kind === 'request') return ref.id;
  if (ref.kind === 'invalid') throw new UsageError(t('takedown.ref.invalid', { text, what }));
  const n = ref.number;
  const naming = requestsForArticle(scope.db, n);
  const open = naming.filter((r) => r.status === 'open');
  const meant: string[] = [];
  if (open.length)
    meant.push(
      t('takedown.ref.openNaming', {
        n,
        count: open.length,
        ids: open.map((r) => formatRequestId(r.id)).join(t('takedown.listJoin')),
      }),
    );
  else if (naming.length) {
    const ids = naming.map((r) => `${formatRequestId(r.id)} (${r.status})`);
    meant.push(t('takedown.ref.naming', { n, count: ids.length, ids: ids.join(t('takedown.listJoin')) }));
  }
  if (getStoredRequest(scope.db, n)) meant.push(t('takedown.ref.didYouMean', { id: formatRequestId(n) }));
  if (meant.length === 0) meant.push(t('takedown.ref.noSuch', { n }));
  throw new UsageError(t('takedown.ref.bare', { n, meant: meant.join(t('takedown.clauseJoin')) }));
}

/** Refuses an impossible move (TransitionError, exit 1) before anything is asked or changed. */
export function requireTransition(scope: TakedownScope, id: number, action: TakedownAction): void {
  nextStatus(requireStored(scope.db, id), action);
}

/**
 * What an operator should know about a request just opened: another open request by the same
 * claimant for the same article (a second notice for one complaint), and articles already purged
 * (nothing is left to take down). One sentence each; the request is recorded all the same.
 */
export function openingWarnings(scope: TakedownScope, id: number): string[] {
  const stored = requireStored(scope.db, id);
  const shown = formatRequestId(id);
  const warnings: string[] = [];
  for (const article of namedArticles(scope.db, id)) {
    const others = openRequestsByClaimant(scope.db, article.id, stored.claimant, id);
    if (others.length) {
      warnings.push(
        t('takedown.open.sameClaimant', {
          id: shown,
          claimant: stored.claimant,
          count: others.length,
          others: others.map(formatRequestId).join(t('takedown.listJoin')),
          article: article.id,
        }),
      );
    }
    if (article.status === 'purged') {
      const purge = listAudit(scope.db, { subjects: [`article:${article.id}`] })
        .filter((e) => e.action === 'article.purged')
        .pop();
      const by = typeof purge?.details.request === 'number' ? formatRequestId(purge.details.request) : null;
      const on = purge ? purge.at.slice(0, 10) : null;
      warnings.push(t('takedown.open.alreadyPurged', { id: shown, article: article.id, by, on }));
    }
  }
  return warnings;
}

/** One step of a request's life, as the audit log recorded it. */
export interface HistoryStep {
  status: TakedownStatus;
  at: string;
  actor: string;
  note: string | null;
}

const REDACTED = 'takedown.redacted';
/** The action of a correction (takedown/edit.ts). */
export const EDITED = 'takedown.edited';

export interface RedactionResult {
  request: TakedownRequest;
  /** Whether contact details were erased (false: there were none). */
  contact: boolean;
  /** The sha256 of each attachment whose bytes were erased. */
  attachments: string[];
  /** False when another connection kept the write-ahead log, which still holds the old bytes, from being emptied. */
  walCleared: boolean;
}

/**
 * Erases the claimant's personal data from a request, at their asking: contact details and the
 * attachments' bytes go, hashes, names and the decision record stay; logged, then the log emptied.
 */
export function redactRequest(scope: TakedownScope, id: number): RedactionResult {
  const { db } = scope;
  const { result, logCleared } = purging(db, () =>
    inWriteTransaction(db, () => {
      requireStored(db, id);
      const erased = redactRequestData(db, id);
      appendAudit(db, scope.audit, REDACTED, `request:${id}`, erased);
      return erased;
    }),
  );
  return { request: getRequest(scope, id), ...result, walCleared: logCleared };
}

/**
 * Every decision on a request in order, read from the audit log: a restore replaces the request's
 * own note and decision date, but the removal's (its "evidence checked") stays here beside it.
 */
export function requestHistory(scope: TakedownScope, id: number): HistoryStep[] {
  return (
    listAudit(scope.db, { subjects: [`request:${id}`] })
      // A redaction erases data and an edit corrects it; neither is a decision, nor changes the state.
      .filter((e) => e.action.startsWith('takedown.') && e.action !== REDACTED && e.action !== EDITED)
      .map((e) => ({
        status: (e.action === 'takedown.opened' ? 'open' : e.action.slice('takedown.'.length)) as TakedownStatus,
        at: e.at,
        actor: e.actor,
        note: typeof e.details.note === 'string' ? e.details.note : null,
      }))
  );
}

export interface RequestDetail {
  request: TakedownRequest;
  /** The decisions in order, each with its date, actor and note. */
  history: HistoryStep[];
  articles: NamedArticle[];
  attachments: AttachmentInfo[];
  /** The notice elements the regulation expects that this request lacks, named in the interface language. */
  missing: string[];
}

/** A request with everything about it: the articles it names, its attachments, what its notice lacks. */
export function requestDetail(scope: TakedownScope, id: number): RequestDetail {
  const request = getRequest(scope, id);
  const attachments = listAttachments(scope.db, id);
  return {
    request,
    history: requestHistory(scope, id),
    articles: namedArticles(scope.db, id),
    attachments,
    // The counter-notice's files are no evidence of the claimant's.
    missing: missingNoticeElements(
      request,
      attachments.filter((a) => a.role === 'notice').length,
      interfaceLanguage() === 'zh-CN' ? 'zh' : 'en',
    ),
  };
}

export const LIST_STATUSES = ['open', 'overdue', 'due-soon', 'countered', 'closed', 'all'] as const;
export type RequestListStatus = (typeof LIST_STATUSES)[number];

const STORED_STATUSES: Record<RequestListStatus, readonly TakedownStatus[] | undefined> = {
  open: ['open'],
  overdue: ['open'],
  'due-soon': ['open'],
  countered: ['countered'],
  closed: ['removed', 'rejected', 'withdrawn', 'restored'],
  all: undefined,
};

/** Requests by state, earliest due date first; `withinDays` is the horizon of `due-soon`. */
export function listRequests(
  scope: TakedownScope,
  filter: { status: RequestListStatus; withinDays: number },
): TakedownRequest[] {
  const todayDate = scope.today;
  const requests = listStoredRequests(scope.db, STORED_STATUSES[filter.status]).map((r) => toRequest(r, todayDate));
  if (filter.status === 'overdue') return requests.filter((r) => r.overdue);
  if (filter.status === 'due-soon')
    return requests.filter((r) => isDueSoon(r.due, todayDate, filter.withinDays, r.status));
  return requests;
}

export interface CheckResult {
  overdue: TakedownRequest[];
  due_soon: TakedownRequest[];
  /** Countered requests past their restore date, and those to restore within the horizon. */
  restore_overdue: TakedownRequest[];
  restore_due: TakedownRequest[];
}

/**
 * What needs doing: open requests past their due date and those due within `withinDays` days; countered
 * requests past their restore date and those to restore within `withinDays` days (earliest first).
 */
export function checkRequests(scope: TakedownScope, withinDays: number): CheckResult {
  const { today } = scope;
  const countered = listRequests(scope, { status: 'countered', withinDays }).sort(
    (a, b) => (a.restore_due ?? '').localeCompare(b.restore_due ?? '') || requestNumber(a.id) - requestNumber(b.id),
  );
  return {
    overdue: listRequests(scope, { status: 'overdue', withinDays }),
    due_soon: listRequests(scope, { status: 'due-soon', withinDays }),
    restore_overdue: countered.filter((r) => isRestoreOverdue(r.restore_due, today, r.status)),
    restore_due: countered.filter((r) => isRestoreDueSoon(r.restore_due, today, withinDays, r.status)),
  };
}

export interface CounterNoticeInput {
  /** Who sent it: the publisher of the removed content, or whoever acts for them. */
  from: string;
  contact?: string | null;
  reason?: string | null;
  received: Date;
  attachments?: AttachmentInput[];
}

/**
 * Records a counter-notice on a removed request: it becomes `countered`, its content due back
 * `counter-days` calendar days after the counter-notice arrived. Its files are kept beside the
 * notice's, marked as the counter-notice's. Nothing is written when the request is not removed.
 */
export function counterRequest(scope: TakedownScope, id: number, input: CounterNoticeInput): TakedownRequest {
  const { db, tz } = scope;
  const from = blankToNull(input.from);
  if (from === null) throw new RequestInputError(t('counter.needsSender'));
  requireReceivedByNow(scope, input.received);
  const receivedDate = calendarDate(input.received, tz);
  const days = counterDays(db);
  const restoreDue = restoreDueDate(receivedDate, days);
  const attachments = hashedAttachments(scope, input.attachments ?? [], 'counter_notice');
  inWriteTransaction(db, () => {
    const stored = requireStored(db, id);
    nextStatus(stored, 'counter');
    const removedOn = stored.decided_at === null ? null : dateInZone(stored.decided_at, tz);
    if (removedOn !== null && receivedDate < removedOn) {
      throw new RequestInputError(
        t('counter.beforeRemoval', { id: formatRequestId(id), received: receivedDate, removed: removedOn }),
      );
    }
    setCounterNotice(db, id, {
      received: formatInstant(input.received, tz),
      from,
      contact: blankToNull(input.contact),
      reason: blankToNull(input.reason),
      restore_due: restoreDue,
    });
    for (const attachment of attachments) insertAttachment(db, id, attachment);
    // Names and contacts stay out of the log, which cannot be redacted: the request holds them.
    appendAudit(db, scope.audit, 'takedown.countered', `request:${id}`, {
      received: formatInstant(input.received, tz),
      restore_due: restoreDue,
      counter_days: days,
      ...(attachments.length ? { attachments: attachments.map((a) => ({ name: a.name, sha256: a.sha256 })) } : {}),
    });
  });
  return getRequest(scope, id);
}

export interface DecisionOptions {
  /** The note (remove) or the reason (reject, restore, where it is required). */
  note?: string | null;
  /** With remove: delete the articles' text and raw bytes for good. */
  purge?: boolean;
}

export interface DecisionResult {
  request: TakedownRequest;
  /** Articles whose state this decision changed. */
  changed: number[];
  /** Articles a restore could not bring back, and why. */
  kept: Array<{ id: number; why: string }>;
  /** Articles not named whose raw bytes a purge emptied, because they came from the same file as `with`. */
  rawSharedWith: Array<{ id: number; with: number }>;
  /**
   * After a purge: false when another connection kept the write-ahead log from being emptied,
   * so the old text may linger there until the next checkpoint.
   */
  walCleared: boolean;
}

/**
 * Decides a request (remove, reject, withdraw) or restores a removed one, enforcing the
 * lifecycle. Removing takes the named articles down (purging deletes their text for good);
 * restoring brings back those no other removed request still holds and that were not purged.
 */
export function decideRequest(
  scope: TakedownScope,
  id: number,
  action: DecisionAction,
  options: DecisionOptions = {},
): DecisionResult {
  const { db } = scope;
  const note = blankToNull(options.note);
  const purge = options.purge === true;
  if (purge && action !== 'remove') throw new RequestInputError(t('takedown.decide.onlyRemovalPurges'));
  const decide = () =>
    inWriteTransaction(db, () => {
      const stored = requireStored(db, id);
      const status = nextStatus(stored, action);
      if (needsReason(action, stored.status) && note === null)
        throw new RequestInputError(t('takedown.decide.needsReason', { id: formatRequestId(id), status }));
      const outcome =
        action === 'remove'
          ? takeDown(scope, stored, purge)
          : action === 'restore'
            ? bringBack(scope, stored)
            : { changed: [], kept: [], rawSharedWith: [] };
      setRequestDecision(db, id, { status, decided_at: scope.audit.at, note });
      appendAudit(db, scope.audit, `takedown.${status}`, `request:${id}`, {
        note,
        articles: outcome.changed,
        ...(purge ? { purge: true } : {}),
      });
      return outcome;
    });
  const { result, logCleared: walCleared } = purge ? purging(db, decide) : { result: decide(), logCleared: true };
  return {
    request: getRequest(scope, id),
    changed: result.changed,
    kept: result.kept,
    rawSharedWith: result.rawSharedWith,
    walCleared,
  };
}

/** What a decision did to the articles it names. */
type ArticlesOutcome = Pick<DecisionResult, 'changed' | 'kept' | 'rawSharedWith'>;

function takeDown(scope: TakedownScope, request: StoredRequest, purge: boolean): ArticlesOutcome {
  const changed: number[] = [];
  const rawSharedWith: DecisionResult['rawSharedWith'] = [];
  for (const article of namedArticles(scope.db, request.id)) {
    let touched = false;
    if (setArticleStatus(scope.db, article.id, 'active', 'removed')) {
      appendAudit(scope.db, scope.audit, 'article.removed', `article:${article.id}`, { request: request.id });
      touched = true;
    }
    if (purge && article.status !== 'purged') {
      const purged = purgeArticleText(scope.db, article.id);
      appendAudit(scope.db, scope.audit, 'article.purged', `article:${article.id}`, {
        request: request.id,
        raw_sha256: purged.raw,
        ...(purged.sharedWith.length ? { raw_shared_with: purged.sharedWith } : {}),
      });
      // The raw file of another article goes with it: said on that article's side of the log too.
      for (const sibling of purged.sharedWith) {
        appendAudit(scope.db, scope.audit, 'article.raw_purged', `article:${sibling}`, {
          request: request.id,
          with: article.id,
        });
        rawSharedWith.push({ id: sibling, with: article.id });
      }
      touched = true;
    }
    if (touched) changed.push(article.id);
  }
  return { changed, kept: [], rawSharedWith };
}

function bringBack(scope: TakedownScope, request: StoredRequest): ArticlesOutcome {
  const changed: number[] = [];
  const kept: DecisionResult['kept'] = [];
  for (const article of namedArticles(scope.db, request.id)) {
    if (article.status === 'purged') {
      kept.push({ id: article.id, why: t('takedown.decide.keptPurged') });
      continue;
    }
    const holder = otherRemovingRequest(scope.db, article.id, request.id);
    if (holder !== undefined && article.status === 'removed') {
      kept.push({ id: article.id, why: t('takedown.decide.keptByRequest', { id: formatRequestId(holder) }) });
      continue;
    }
    if (setArticleStatus(scope.db, article.id, 'removed', 'active')) {
      appendAudit(scope.db, scope.audit, 'article.restored', `article:${article.id}`, { request: request.id });
      changed.push(article.id);
    }
  }
  return { changed, kept, rawSharedWith: [] };
}

/** The iCalendar text of every open request's due date and countered request's restore date (its words from `say`), and how many. */
export async function deadlineCalendar(scope: TakedownScope, say?: Translate): Promise<{ ics: string; count: number }> {
  // The iCalendar library is loaded only by the command that writes a calendar.
  const { deadlinesCalendar } = await import('./calendar.js');
  const pending = [
    ...listRequests(scope, { status: 'open', withinDays: 0 }),
    ...listRequests(scope, { status: 'countered', withinDays: 0 }),
  ];
  const entries = pending.map((r) => ({ ...r, articles: namedArticles(scope.db, requestNumber(r.id)) }));
  return { ics: deadlinesCalendar(entries, { now: scope.now, tz: scope.tz, say }), count: pending.length };
}

/**
 * The letter to the claimant of a request: the reply stating the decision or, for a countered request,
 * the counter-notice forwarded to them. Signed with the operator's identity (`site-name`, `contact`,
 * `address`) and dated today; `unsigned` when no site name is set, so the letter has a line to fill in.
 */
export function requestNotice(
  scope: TakedownScope,
  id: number,
  lang: NoticeLanguage,
): { letter: string; unsigned: boolean } {
  const { request, articles } = requestDetail(scope, id);
  const explained = request.status === 'rejected' || request.status === 'restored';
  const operator = operatorIdentity(scope.db);
  const letter = noticeLetter(
    {
      ...request,
      decision_reason: explained ? request.note : null,
      articles,
      operator,
      written: scope.today,
      tz: scope.tz,
    },
    lang,
  );
  return { letter, unsigned: operator.siteName === null };
}
