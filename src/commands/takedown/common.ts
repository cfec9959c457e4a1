/** What the takedown subcommands share: how they read ids and periods, show a request, and the flags they share. */
import fs from 'node:fs';
import path from 'node:path';
import { errnoReason, FailureError, UsageError } from '../../errors.js';
import { ensureCanAsk } from '../../output/prompts.js';
import { renderRecord, type Column } from '../../output/render.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { parseDays } from '../../time.js';
import { requestIdFromRef, type AttachmentInput } from '../../takedown/requests.js';
import type { TakedownRequest } from '../../types.js';
import type { Deps } from '../shared/env.js';
import { choiceOption } from '../shared/options.js';
import { verb } from '../shared/verb.js';
import { CHANNELS, parseChannel } from '../../takedown/channels.js';
import type { Command, Option } from 'commander';

/** The request a command's argument names (R12 or r12); a bare number is a usage error saying what it could mean. */
export function requestIdArg(deps: Deps, text: string): number {
  return requestIdFromRef(deps.scope, text);
}

export const DEFAULT_WITHIN = '7d';

/** The files of --attach, each with its name. */
export function readAttachments(files: string[]): AttachmentInput[] {
  return files.map((file) => {
    try {
      return { name: path.basename(file), data: fs.readFileSync(file) };
    } catch (err) {
      throw new FailureError(t('takedown.cannotReadAttachment', { file, reason: errnoReason(err) }));
    }
  });
}

/** "--within 7d" / "2w" / "10" → days. */
export function parseWithin(text: string): number {
  const days = parseDays(text);
  if (days === null) throw new UsageError(t('takedown.within', { text }));
  return days;
}

/** A value the user left out: asked on a terminal, a usage error naming `flag` otherwise. */
export async function askFor(deps: Deps, flag: string, question: string): Promise<string> {
  ensureCanAsk(deps.io, flag);
  return deps.prompter.input(question, { validate: (s) => s.trim() !== '' || t('takedown.enterValue') });
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "2026-12-26 (in 30 days)", "(today)", "(overdue by 2 days)": a date still ahead of a request, on a terminal. */
function withCountdown(date: string, today: string): string {
  const left = daysBetween(today, date);
  if (left === 0) return t('takedown.countdown.today', { date });
  return left > 0
    ? t('takedown.countdown.ahead', { date, days: left })
    : t('takedown.countdown.overdue', { date, days: -left });
}

/** The due date, with its countdown while the request is open. */
export function dueWithCountdown(request: TakedownRequest, today: string): string {
  return request.status === 'open' ? withCountdown(request.due, today) : request.due;
}

/** What a list shows as a request's state: "overdue" stands out from plain "open". */
export const shownStatus = (r: TakedownRequest): string => (r.overdue ? 'overdue' : r.status);

export const REQUEST_COLUMNS: Column<TakedownRequest>[] = [
  { header: () => t('shared.column.id'), value: (r) => r.id, align: 'right', style: 'id' },
  { header: () => t('shared.column.status'), value: shownStatus, style: 'status' },
  { header: () => t('takedown.column.due'), value: (r) => r.due, style: 'date' },
  { header: () => t('takedown.column.received'), value: (r) => r.received.slice(0, 10), style: 'date' },
  { header: () => t('takedown.column.claimant'), value: (r) => r.claimant, flex: true },
  { header: () => t('takedown.column.work'), value: (r) => r.work, flex: true, style: 'dim' },
  { header: () => t('takedown.column.articles'), value: (r) => r.articles.join(',') },
];

/** Every field of a request as record lines; on a terminal the due date carries its countdown. */
export function requestFields(request: TakedownRequest, deps: Deps): Array<[string, string | number | null]> {
  return [
    ['id', request.id],
    ['status', shownStatus(request)],
    ['received', request.received],
    ['due', deps.mode === 'table' ? dueWithCountdown(request, deps.scope.today) : request.due],
    ['late', String(request.late)],
    ['claimant', request.claimant],
    ['contact', request.contact],
    ['work', request.work],
    ['reason', request.reason],
    ['channel', request.channel],
    ['channel_note', request.channel_note],
    ['articles', request.articles.join(',')],
    ['decided_at', request.decided_at],
    ['note', request.note],
    ...counterFields(request, deps),
  ];
}

/** A counter-notice's lines, when there is one: the restore date counts down while the request is countered. */
function counterFields(request: TakedownRequest, deps: Deps): Array<[string, string | null]> {
  const notice = request.counter_notice;
  if (notice === null) return [];
  const restoreDue = request.restore_due;
  const counting = deps.mode === 'table' && request.status === 'countered' && restoreDue !== null;
  return [
    ['counter_received', notice.received],
    ['counter_from', notice.from],
    ['counter_contact', notice.contact],
    ['counter_reason', notice.reason],
    ['restore_due', counting ? withCountdown(restoreDue, deps.scope.today) : restoreDue],
  ];
}

/** One request on stdout: its record, or the spec's JSON shape. */
export async function renderRequest(deps: Deps, request: TakedownRequest): Promise<void> {
  await renderRecord(deps.io, deps.mode, requestFields(request, deps), request);
}

/** "article 12" / "articles 12, 15". */
export function articlesPhrase(ids: number[]): string {
  return t('takedown.articles', { count: ids.length, ids: ids.join(t('takedown.listJoin')) });
}

/** `--channel`: one of the channels, by its value or a name operators use (微信, 公众号, QQ, 平台 …). */
export function channelOption(command: Command, description: string): Option {
  return choiceOption(command, '--channel <channel>', description, CHANNELS).argParser((value: string) =>
    parseChannel(value),
  );
}

/** A verb about one request, named by its argument (R3); `argument` says which request, when not any. */
export function requestVerb(
  takedown: Command,
  name: string,
  description: string,
  examples: string,
  argument = t('takedown.requestArgument'),
): Command {
  return verb(takedown, name, description, examples).argument('<request>', argument);
}

/** A flag given once per value: each one adds to the list. */
export const repeatable = (value: string, values: string[] = []): string[] => [...values, value];

/** The request's own fields as flags: open records them and edit corrects them, each verb in its own words. */
const REQUEST_FIELDS = {
  claimant: { flags: '--claimant <name>', open: 'takedown.open.claimant', edit: 'intake.edit.claimant' },
  contact: { flags: '--contact <text>', open: 'takedown.open.contact', edit: 'intake.edit.contact' },
  received: { flags: '--received <date>', open: 'takedown.open.received', edit: 'intake.edit.received' },
  work: { flags: '--work <text>', open: 'takedown.open.work', edit: 'intake.edit.work' },
  reason: { flags: '--reason <text>', open: 'takedown.open.reason', edit: 'intake.edit.reason' },
} as const satisfies Record<string, { flags: string; open: MessageKey; edit: MessageKey }>;

/** The request-field flags `fields` names, in that order (each verb's help lists them as it uses them). */
export function addRequestFieldOptions(
  command: Command,
  by: 'open' | 'edit',
  fields: Array<keyof typeof REQUEST_FIELDS>,
): Command {
  for (const field of fields) command.option(REQUEST_FIELDS[field].flags, t(REQUEST_FIELDS[field][by]));
  return command;
}

/** `--days` and `--workdays`: the time to decide in, instead of the articles' disclaimer window. */
export function addDeadlineOptions(command: Command): Command {
  return command.option('--days <n>', t('intake.edit.days')).option('--workdays <n>', t('workdays.option'));
}

/** `--attach FILE`, once a file: a variadic option would swallow the article ids after it. */
export function attachOption(command: Command, description: string): Option {
  return command.createOption('--attach <file>', description).argParser(repeatable);
}
