import type { Command } from 'commander';
import { changeSetting, type SettingKey } from '../../db/settings.js';
import { info } from '../../output/io.js';
import { renderRecord } from '../../output/render.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';
import { verb } from '../shared/verb.js';
import { KEYS, normaliseSetting, settingKey, typed } from './settings.js';
import { t } from '../../i18n/index.js';

/** Changes a checked setting (recorded in the audit log); resolves to the value it had before. */
export async function runSet(deps: Deps, key: SettingKey, value: string): Promise<string> {
  const { io, mode, scope } = deps;
  const before = changeSetting(scope.db, scope.audit, key, value, (v) => typed(key, v));
  if (mode === 'json') await renderRecord(io, 'json', [], { key, value: typed(key, value) });
  info(io, before === value ? t('config.unchanged', { key, value }) : t('config.changed', { key, before, value }));
  return before;
}

const EXAMPLES = `
  arca config set window-days 15
  arca config set timezone Asia/Shanghai
  arca config set language zh
`;

export function registerSet(config: Command, env: EnvSource): void {
  verb(config, 'set', t('config.set.description'), EXAMPLES)
    .argument('<key>', KEYS.join('|'))
    .argument('<value>', t('config.set.value'))
    .action(async (keyText: string, text: string) => {
      const key = settingKey(keyText);
      const value = normaliseSetting(key, text);
      await withArchive(env(), (deps) => runSet(deps, key, value));
    });
}
