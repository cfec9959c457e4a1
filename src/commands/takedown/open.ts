import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { findArticleIdsByUrl } from '../../db/articles.js';
import { articleChoices, findArticlesByTitle, type ArticleChoice } from '../../db/takedowns.js';
import { CancelledError, errnoReason, FailureError, UsageError } from '../../errors.js';
import { info, warn } from '../../output/io.js';
import { ensureCanAsk } from '../../output/prompts.js';
import { renderRecord } from '../../output/render.js';
import { requestNumber } from '../../takedown/ids.js';
import { CHANNELS } from '../../takedown/channels.js';
import {
  openingWarnings,
  openRequest,
  requestDetail,
  unknownCalendarYears,
  hashedAttachments,
} from '../../takedown/requests.js';
import { archiveSchedule } from '../../db/holidays.js';
import { horizonYear } from '../../calendar/workdays.js';
import { english, t, type Translate } from '../../i18n/index.js';
import { formatInstant, isoFromTypedDate, parseDateTimeOption } from '../../time.js';
import type { ComplaintIntake } from '../../takedown/intake.js';
import type { TakedownChannel, TakedownRequest } from '../../types.js';
import { webUrl } from '../../urls/identity.js';
import { parsePositiveInt } from '../shared/options.js';
import { resolveArticleRef } from '../shared/refs.js';
import {
  addDeadlineOptions,
  addRequestFieldOptions,
  articlesPhrase,
  attachOption,
  channelOption,
  readAttachments,
  renderRequest,
} from './common.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction, verb } from '../shared/verb.js';

export interface OpenFlags {
  claimant?: string;
  contact?: string;
  received?: string;
  work?: string;
  reason?: string;
  channel?: TakedownChannel;
  channelNote?: string;
  days?: string;
  workdays?: string;
  attach?: string[];
  /** An .eml file, or - for standard input. */
  fromEmail?: string;
  dryRun?: boolean;
}

/** What --from-email --dry-run shows: the mail's values, the URLs with their articles, what would be attached. */
export interface MailPreview {
  claimant: string | null;
  contact: string | null;
  received: string | null;
  channel: 'email';
  subject: string | null;
  work: string | null;
  reason: string | null;
  forwarded: boolean;
  urls: Array<{ url: string; article: number | null }>;
  articles: number[];
  attachments: Array<{ name: string; size: number; sha256: string }>;
}

const PICKER_SIZE = 20;

/**
 * Records a takedown request. Values left out are asked for on a terminal (articles through the
 * finder, the received date defaulting to today); without one, a missing article or claimant is a
 * usage error naming what to pass. With --from-email the mail gives what the flags leave out.
 */
export async function runOpen(deps: Deps, refs: string[], flags: OpenFlags): Promise<TakedownRequest | MailPreview> {
  const { scope } = deps;
  if (flags.dryRun && flags.fromEmail === undefined) throw new UsageError(t('intake.mail.onlyWithMail'));
  const values = { ...flags };
  const days = values.days === undefined ? undefined : parsePositiveInt('--days', values.days);
  const workdays = values.workdays === undefined ? undefined : parsePositiveInt('--workdays', values.workdays);
  if (days !== undefined && workdays !== undefined) throw new UsageError(t('workdays.daysAndWorkdays'));
  let received =
    values.received === undefined ? undefined : parseDateTimeOption('--received', values.received, scope.tz);
  const attachments = readAttachments(values.attach ?? []);
  let articleIds = refs.map((ref) => resolveArticleRef(scope.db, ref));

  let mail: ComplaintIntake | undefined;
  if (flags.fromEmail !== undefined) {
    mail = await readMailIntake(deps, flags.fromEmail);
    // Explicit flags and article refs override what the mail says.
    values.claimant ??= mail.mail.claimant ?? undefined;
    values.contact ??= mail.mail.contact ?? undefined;
    values.work ??= mail.mail.work ?? undefined;
    values.reason ??= mail.mail.reason ?? undefined;
    values.channel ??= 'email';
    received ??= mail.mail.received ?? undefined;
    if (articleIds.length === 0) articleIds = mail.articleIds;
    const preview = mailPreview(deps, mail, values, received, articleIds);
    if (flags.dryRun) {
      // Piped output is data: its words stay the same in every language.
      const say = deps.mode === 'table' ? t : english;
      await renderRecord(deps.io, deps.mode, previewFields(preview, say), preview);
      info(deps.io, t('intake.mail.dryRun', { articles: preview.articles.length }));
      return preview;
    }
    requireMatches(deps, mail, flags.fromEmail, articleIds);
    if (deps.io.stdinIsTTY) {
      for (const [label, value] of previewFields(preview, t)) info(deps.io, `${label}: ${value ?? ''}`);
    }
  }

  if (mail !== undefined || articleIds.length === 0 || values.claimant === undefined) {
    if (articleIds.length === 0 || values.claimant === undefined)
      ensureCanAsk(deps.io, articleIds.length === 0 ? t('takedown.open.missingRef') : '--claimant');
    if (deps.io.stdinIsTTY) {
      if (articleIds.length === 0) articleIds = await pickArticles(deps);
      await askRemaining(deps, values, received);
      if (mail !== undefined && !(await deps.prompter.confirm(t('intake.mail.confirm'), true)))
        throw new CancelledError(t('intake.mail.declined'));
    }
  }

  const request = openRequest(scope, {
    articleIds,
    claimant: values.claimant ?? '',
    contact: values.contact,
    work: values.work,
    reason: values.reason,
    channel: values.channel ?? null,
    channelNote: values.channelNote,
    // The flag or the mail; else what the terminal was asked.
    received:
      received ??
      (values.received === undefined ? undefined : parseDateTimeOption('--received', values.received, scope.tz)),
    days,
    workdays,
    attachments: [...(mail?.attachments ?? []), ...attachments],
  });
  await renderRequest(deps, request);
  const id = requestNumber(request.id);
  for (const warning of openingWarnings(scope, id)) warn(deps.io, warning);
  const unknownYears = unknownCalendarYears(scope, id);
  if (unknownYears.length) {
    const last = horizonYear(archiveSchedule(scope.db).calendar);
    warn(deps.io, t('workdays.pastHorizon', { id: request.id, years: unknownYears.join(', '), last }));
  }
  const { missing } = requestDetail(scope, id);
  if (missing.length) warn(deps.io, t('takedown.noticeLacks', { missing: missing.join(t('takedown.clauseJoin')) }));
  if (request.late) info(deps.io, t('takedown.open.late', { id: request.id }));
  info(
    deps.io,
    t('takedown.open.opened', { id: request.id, articles: articlesPhrase(request.articles), due: request.due }),
  );
  return request;
}

/** Reads the mail of --from-email (a file, or - for standard input) and matches its URLs. */
async function readMailIntake(deps: Deps, file: string): Promise<ComplaintIntake> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readAll(deps.io.stdin) : fs.readFileSync(file);
  } catch (err) {
    throw new FailureError(t('intake.mail.cannotRead', { file, reason: errnoReason(err) }));
  }
  const { readComplaint } = await import('../../takedown/intake.js');
  try {
    return await readComplaint(deps.scope, bytes, file === '-' ? 'complaint.eml' : path.basename(file));
  } catch (err) {
    throw new FailureError(t('intake.mail.notAMail', { file, reason: (err as Error).message }));
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * Off a terminal a mail must name at least one archived article (nothing is written otherwise); the
 * URLs that matched nothing are said either way.
 */
function requireMatches(deps: Deps, mail: ComplaintIntake, file: string, articleIds: number[]): void {
  const unmatched = mail.matches.filter((m) => m.article === null).map((m) => m.url);
  if (articleIds.length === 0 && !deps.io.stdinIsTTY) {
    if (mail.matches.length === 0) throw new FailureError(t('intake.mail.noUrls', { file }));
    throw new FailureError(t('intake.mail.noMatch', { urls: unmatched.join(' ') }));
  }
  if (unmatched.length) warn(deps.io, t('intake.mail.unmatched', { urls: unmatched.join(' ') }));
}

function mailPreview(
  deps: Deps,
  mail: ComplaintIntake,
  values: OpenFlags,
  received: Date | undefined,
  articleIds: number[],
): MailPreview {
  const when = values.received ?? (received === undefined ? null : formatInstant(received, deps.scope.tz));
  return {
    claimant: values.claimant ?? null,
    contact: values.contact ?? null,
    received: when,
    channel: 'email',
    subject: mail.mail.subject,
    work: values.work ?? null,
    reason: values.reason ?? null,
    forwarded: mail.mail.forwarded,
    urls: mail.matches,
    articles: articleIds,
    attachments: mail.attachments.map((a) => {
      const { name, size, sha256 } = hashedAttachments(deps.scope, [a], 'notice')[0];
      return { name, size, sha256 };
    }),
  };
}

function previewFields(preview: MailPreview, say: Translate): Array<[string, string | number | null]> {
  return [
    ['claimant', preview.claimant],
    ['contact', preview.contact],
    ['received', preview.received],
    ['channel', preview.channel],
    ['subject', preview.subject],
    ['work', preview.work],
    ['reason', preview.reason],
    ...preview.urls.map((m): [string, string] => [
      'url',
      say('intake.mail.url', {
        url: m.url,
        article: m.article === null ? say('intake.mail.noArticle') : `#${m.article}`,
      }),
    ]),
    ['articles', preview.articles.join(',')],
    ...preview.attachments.map((a): [string, string] => ['attachment', say('takedown.attachmentLine', a)]),
  ];
}

/** The finder's matches for what the user typed: an article id, one of its URLs (any spelling), or title words. */
function findChoices(deps: Deps, text: string): ArticleChoice[] {
  const { db } = deps.scope;
  const typed = text.trim();
  if (/^#?\d+$/.test(typed)) return articleChoices(db, [Number(typed.replace('#', ''))]);
  if (webUrl(typed)) {
    const byUrl = articleChoices(db, findArticleIdsByUrl(db, typed));
    if (byUrl.length) return byUrl;
  }
  return findArticlesByTitle(db, typed, PICKER_SIZE);
}

/** The article picker: find by id, URL or title words, choose one, and again while the user wants more. */
async function pickArticles(deps: Deps): Promise<number[]> {
  const chosen: number[] = [];
  do {
    const text = await deps.prompter.input(t('intake.finder.prompt'), {
      validate: (s) => findChoices(deps, s).length > 0 || t('intake.finder.none', { text: s.trim() }),
    });
    const matches = findChoices(deps, text);
    chosen.push(
      await deps.prompter.select(
        t('takedown.open.whichArticle'),
        matches.map((a) => ({
          name: `#${a.id}  ${a.published?.slice(0, 10) ?? '----------'}  ${a.title}${a.status === 'active' ? '' : ` (${a.status})`}`,
          value: a.id,
        })),
      ),
    );
  } while (await deps.prompter.confirm(t('takedown.open.anotherArticle'), false));
  return chosen;
}

/**
 * In an interactive session every value not given as a flag (nor found in the mail) is asked;
 * optional ones may stay empty.
 */
async function askRemaining(deps: Deps, values: OpenFlags, received: Date | undefined): Promise<void> {
  const { prompter, scope } = deps;
  values.claimant ??= await prompter.input(t('takedown.open.askClaimant'), {
    validate: (s) => s.trim() !== '' || t('takedown.open.claimantNeeded'),
  });
  values.contact ??= await prompter.input(t('takedown.open.askContact'));
  values.work ??= await prompter.input(t('takedown.open.askWork'));
  values.reason ??= await prompter.input(t('takedown.open.askReason'));
  values.channel ??= await prompter.select(
    t('takedown.open.askChannel'),
    CHANNELS.map((c) => ({ name: t(`channel.label.${c}`), value: c })),
  );
  if (received === undefined)
    values.received ??= await prompter.input(t('dates.receivedPrompt'), {
      default: scope.today,
      validate: (s) =>
        isoFromTypedDate(s) !== null || t('dates.invalidDateTime', { flag: t('dates.receivedLabel'), text: s }),
    });
}

const EXAMPLES = `
  arca takedown open 12 --claimant "Lotus Valley Press" --contact legal@lotus.example --channel email
  arca takedown open http://example.org/news/123.html --claimant 澄湖传媒 --received 2026-03-01 --attach notice.pdf
  arca takedown open --from-email complaint.eml            # claimant, date, URLs and attachments from the mail
  arca takedown open --from-email complaint.eml --dry-run  # what the mail says, which articles it names
  arca takedown open --attach notice.pdf --attach licence.pdf 3 --claimant "Lotus Valley Press"
  arca takedown open 12 15 --claimant "Lotus Valley Press" --days 7 --json
  arca takedown open 12 --claimant 澄湖传媒 --channel 微信 --received 2026年11月20日 --workdays 15
  arca takedown open        # on a terminal: find the article by id, URL or title, answer the questions
`;

export function registerOpen(takedown: Command, env: EnvSource): void {
  const command = verb(takedown, 'open', t('takedown.open.description'), EXAMPLES);
  command.argument('[refs...]', t('takedown.open.refs'));
  addRequestFieldOptions(command, 'open', ['claimant', 'contact', 'received', 'work', 'reason']);
  command
    .addOption(channelOption(command, t('channel.option')))
    .option('--channel-note <text>', t('channel.noteOption'));
  addDeadlineOptions(command)
    .addOption(attachOption(command, t('takedown.open.attach')))
    .option('--from-email <file>', t('intake.open.fromEmail'))
    .option('--dry-run', t('intake.open.dryRun'))
    .action(archiveAction(env, runOpen));
}
