import type { Command } from 'commander';
import { UsageError } from '../../output/errors.js';
import { requestNotice } from '../../takedown/requests.js';
import type { NoticeLanguage } from '../../takedown/types.js';
import type { Context } from '../context.js';
import { withExamples } from '../options.js';
import { parseRequestId, withTakedownDeps, type TakedownDeps } from './common.js';

const LANGUAGES: readonly NoticeLanguage[] = ['zh', 'en'];

/** The reply letter to the claimant (decision, articles, dates), printed to stdout. */
export function runNotice(deps: TakedownDeps, idText: string, flags: { lang: string }): string {
  if (!(LANGUAGES as readonly string[]).includes(flags.lang)) {
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')} (got "${flags.lang}")`);
  }
  const letter = requestNotice(deps.scope, parseRequestId(idText), flags.lang as NoticeLanguage);
  deps.io.stdout.write(letter);
  return letter;
}

export function registerNotice(takedown: Command, context: () => Context): void {
  withExamples(
    takedown.command('notice')
      .description('print the reply letter to the claimant: the decision, the articles and the dates')
      .argument('<id>', 'request id')
      .option('--lang <lang>', LANGUAGES.join('|'), 'zh'),
    ['arca takedown notice 3', 'arca takedown notice 3 --lang en > reply.txt'],
  ).action(async (id: string, flags: { lang: string }) => {
    await withTakedownDeps(context(), (deps) => runNotice(deps, id, flags));
  });
}
