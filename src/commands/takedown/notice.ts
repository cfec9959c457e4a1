import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { warn } from '../../output/io.js';
import { requestNotice } from '../../takedown/requests.js';
import type { NoticeLanguage } from '../../takedown/types.js';
import { choiceOption } from '../shared/options.js';
import { requestIdArg, requestVerb } from './common.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction } from '../shared/verb.js';
import { archiveLanguage } from '../../db/settings.js';

const LANGUAGES: readonly NoticeLanguage[] = ['zh', 'en'];

/**
 * The letter to the claimant (decision, articles, dates; for a countered request the counter-notice
 * forwarded), printed to stdout, in the archive's language unless --lang says otherwise. Without a site
 * name set, the letter has a blank to fill in, said on stderr.
 */
export function runNotice(deps: Deps, idText: string, flags: { lang?: NoticeLanguage }): string {
  const lang = flags.lang ?? archiveLanguage(deps.scope.db);
  const { letter, unsigned } = requestNotice(deps.scope, requestIdArg(deps, idText), lang);
  deps.io.stdout.write(letter);
  if (unsigned) warn(deps.io, t('identity.unsigned'));
  return letter;
}

const EXAMPLES = `
  arca takedown notice R3
  arca takedown notice R3 --lang en > reply.txt
  arca config set site-name 云岭新闻网 && arca config set contact rights@yunling.example
`;

export function registerNotice(takedown: Command, env: EnvSource): void {
  const command = requestVerb(takedown, 'notice', t('counter.noticeDescription'), EXAMPLES);
  command
    .addOption(choiceOption(command, '--lang <lang>', t('deadlines.noticeLang'), LANGUAGES))
    .action(archiveAction(env, runNotice));
}
