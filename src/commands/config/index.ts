import type { Command } from 'commander';
import type { EnvSource } from '../shared/env.js';
import { registerGet } from './get.js';
import { registerSet } from './set.js';
import { DESCRIPTIONS, KEYS } from './settings.js';
import { t } from '../../i18n/index.js';

/** `arca config …`: the archive's settings. */
export function registerConfig(program: Command, env: EnvSource): void {
  const config = program.command('config').description(t('config.description', { keys: KEYS.join(', ') }));
  config.addHelpText(
    'after',
    `\n${t('config.heading.settings')}\n${KEYS.map((k) => `  ${k.padEnd(12)} ${DESCRIPTIONS[k]}`).join('\n')}\n`,
  );
  registerGet(config, env);
  registerSet(config, env);
}
