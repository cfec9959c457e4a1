import type { Command } from 'commander';
import { requestNotice } from '../../takedown/requests.js';
import type { NoticeLanguage } from '../../takedown/types.js';
import { choiceOption, withExamples } from '../shared/options.js';
import { requestIdArg } from './common.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';
import { archiveLanguage } from '../../db/settings.js';
import { t } from '../../i18n/index.js';

const LANGUAGES: readonly NoticeLanguage[] = ['zh', 'en'];

/** The reply letter to the claimant (decision, articles, dates), printed to stdout. */
export function runNotice(deps: Deps, idText: string, flags: { lang?: NoticeLanguage }): string {
  const lang = flags.lang ?? archiveLanguage(deps.scope.db);
  const letter = requestNotice(deps.scope, requestIdArg(deps, idText), lang);
  deps.io.stdout.write(letter);
  return letter;
}

export function registerNotice(takedown: Command, env: EnvSource): void {
  const command = takedown.command('notice');
  withExamples(
    command
      .description('print the reply letter to the claimant: the decision, the articles and the dates')
      .argument('<request>', 'the request id, e.g. R3')
      .addOption(choiceOption(command, '--lang <lang>', t('deadlines.noticeLang'), LANGUAGES)),
    ['arca takedown notice R3', 'arca takedown notice R3 --lang en > reply.txt'],
  ).action(async (request: string, flags: { lang?: NoticeLanguage }) => {
    await withArchive(env(), (deps) => runNotice(deps, request, flags));
  });
}
