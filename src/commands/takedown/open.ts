import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { findArticlesByTitle } from '../../db/takedowns.js';
import { errnoReason, FailureError, UsageError } from '../../errors.js';
import { info, warn } from '../../output/io.js';
import { ensureCanAsk } from '../../output/prompts.js';
import { requestNumber } from '../../takedown/ids.js';
import { CHANNELS, parseChannel } from '../../takedown/channels.js';
import {
  openingWarnings,
  openRequest,
  requestDetail,
  unknownCalendarYears,
  type AttachmentInput,
} from '../../takedown/requests.js';
import { archiveSchedule } from '../../db/holidays.js';
import { horizonYear } from '../../calendar/workdays.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { isoFromTypedDate, parseDateTimeOption } from '../../time.js';
import type { TakedownChannel, TakedownRequest } from '../../types.js';
import { choiceOption, parsePositiveInt, withExamples } from '../shared/options.js';
import { resolveArticleRef } from '../shared/refs.js';
import { articlesPhrase, renderRequest } from './common.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';

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
}

const PICKER_SIZE = 20;

/** How the channel question shows each choice. */
const CHANNEL_LABELS: Record<TakedownChannel, MessageKey> = {
  email: 'channel.label.email',
  phone: 'channel.label.phone',
  letter: 'channel.label.letter',
  form: 'channel.label.form',
  wechat: 'channel.label.wechat',
  qq: 'channel.label.qq',
  platform: 'channel.label.platform',
  other: 'channel.label.other',
};

/**
 * Records a takedown request. Values left out are asked for on a terminal (articles through a
 * title search, the received date defaulting to today); without one, a missing article or
 * claimant is a usage error naming what to pass.
 */
export async function runOpen(deps: Deps, refs: string[], flags: OpenFlags): Promise<TakedownRequest> {
  const { scope } = deps;
  const values = { ...flags };
  const days = values.days === undefined ? undefined : parsePositiveInt('--days', values.days);
  const workdays = values.workdays === undefined ? undefined : parsePositiveInt('--workdays', values.workdays);
  if (days !== undefined && workdays !== undefined) throw new UsageError(t('workdays.daysAndWorkdays'));
  if (values.received !== undefined) parseDateTimeOption('--received', values.received, scope.tz);
  const attachments = readAttachments(values.attach ?? []);

  let articleIds = refs.map((ref) => resolveArticleRef(scope.db, ref));
  if (articleIds.length === 0 || values.claimant === undefined) {
    ensureCanAsk(deps.io, articleIds.length === 0 ? 'REF (an article id or original URL)' : '--claimant');
    if (articleIds.length === 0) articleIds = await pickArticles(deps);
    await askRemaining(deps, values);
  }

  const request = openRequest(scope, {
    articleIds,
    claimant: values.claimant ?? '',
    contact: values.contact,
    work: values.work,
    reason: values.reason,
    channel: values.channel ?? null,
    channelNote: values.channelNote,
    received: values.received === undefined ? undefined : parseDateTimeOption('--received', values.received, scope.tz),
    days,
    workdays,
    attachments,
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
  if (missing.length) warn(deps.io, `the notice lacks: ${missing.join('; ')}`);
  if (request.late)
    info(
      deps.io,
      `request ${request.id} is late: it arrived after the disclaimer window of an article it names had closed`,
    );
  info(
    deps.io,
    `opened request ${request.id} on ${articlesPhrase(request.articles)}, due ${request.due}; ` +
      `next: arca takedown remove ${request.id}, or reject ${request.id} --reason …`,
  );
  return request;
}

export function readAttachments(files: string[]): AttachmentInput[] {
  return files.map((file) => {
    try {
      return { name: path.basename(file), data: fs.readFileSync(file) };
    } catch (err) {
      throw new FailureError(`cannot read attachment ${file}: ${errnoReason(err)}`);
    }
  });
}

/** The article picker: search titles, choose one, and again while the user wants more. */
async function pickArticles(deps: Deps): Promise<number[]> {
  const { db } = deps.scope;
  const chosen: number[] = [];
  do {
    const text = await deps.prompter.input('Find the article: words from its title', {
      validate: (s) => findArticlesByTitle(db, s.trim(), 1).length > 0 || `no article title contains "${s.trim()}"`,
    });
    const matches = findArticlesByTitle(db, text.trim(), PICKER_SIZE);
    chosen.push(
      await deps.prompter.select(
        'Which article?',
        matches.map((a) => ({
          name: `#${a.id}  ${a.published?.slice(0, 10) ?? '----------'}  ${a.title}${a.status === 'active' ? '' : ` (${a.status})`}`,
          value: a.id,
        })),
      ),
    );
  } while (await deps.prompter.confirm('Does the request name another article?', false));
  return chosen;
}

/** In an interactive session every value not given as a flag is asked; optional ones may stay empty. */
async function askRemaining(deps: Deps, values: OpenFlags): Promise<void> {
  const { prompter, scope } = deps;
  values.claimant ??= await prompter.input('Claimant: who holds the rights', {
    validate: (s) => s.trim() !== '' || 'a request needs a claimant',
  });
  values.contact ??= await prompter.input('Contact (email, phone or address; Enter to skip)');
  values.work ??= await prompter.input('Work claimed (title, its URL; Enter to skip)');
  values.reason ??= await prompter.input('Reason given (Enter to skip)');
  values.channel ??= await prompter.select(
    'How did the notice arrive?',
    CHANNELS.map((c) => ({ name: t(CHANNEL_LABELS[c]), value: c })),
  );
  values.received ??= await prompter.input(t('dates.receivedPrompt'), {
    default: scope.today,
    validate: (s) =>
      isoFromTypedDate(s) !== null || t('dates.invalidDateTime', { flag: t('dates.receivedLabel'), text: s }),
  });
}

export function registerOpen(takedown: Command, env: EnvSource): void {
  const command = takedown.command('open');
  withExamples(
    command
      .description('record a takedown request against one or more articles')
      .argument('[refs...]', 'article ids or original URLs the request names (asked on a terminal when left out)')
      .option('--claimant <name>', 'who holds the rights and asks for removal')
      .option('--contact <text>', 'how to reach the claimant (email, phone, address)')
      .option('--received <date>', 'when the notice arrived: YYYY-MM-DD or a date-time (default: now)')
      .option('--work <text>', 'the work the claimant owns (title, URL)')
      .option('--reason <text>', 'the reason the claimant gives')
      .addOption(
        choiceOption(command, '--channel <channel>', t('channel.option'), CHANNELS).argParser((value: string) =>
          parseChannel(value),
        ),
      )
      .option('--channel-note <text>', t('channel.noteOption'))
      .option('--days <n>', "days to decide in, instead of the articles' disclaimer window")
      .option('--workdays <n>', t('workdays.option'))
      // One file per flag: a variadic option would swallow the article ids after it.
      .option(
        '--attach <file>',
        'a file to keep with the request (the notice, evidence, authorisation); repeat for more',
        (file: string, files: string[] = []) => [...files, file],
      ),
    [
      'arca takedown open 12 --claimant "Lotus Valley Press" --contact legal@lotus.example --channel email',
      'arca takedown open http://example.org/news/123.html --claimant 澄湖传媒 --received 2026-03-01 --attach notice.pdf',
      'arca takedown open --attach notice.pdf --attach licence.pdf 3 --claimant "Lotus Valley Press"',
      'arca takedown open 12 15 --claimant "Lotus Valley Press" --days 7 --json',
      'arca takedown open 12 --claimant 澄湖传媒 --channel 微信 --received 2026年11月20日 --workdays 15',
      'arca takedown open        # on a terminal: pick the article and answer the questions',
    ],
  ).action(async (refs: string[], flags: OpenFlags) => {
    await withArchive(env(), (deps) => runOpen(deps, refs, flags));
  });
}
