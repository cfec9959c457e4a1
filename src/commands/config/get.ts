import type { Command } from 'commander';
import { getSetting, type SettingKey } from '../../db/settings.js';
import { renderRecord } from '../../output/render.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';
import { verb } from '../shared/verb.js';
import { KEYS, settingKey, typed } from './settings.js';
import { t } from '../../i18n/index.js';

/** One setting (a bare value in a pipe or on a terminal) or all of them. */
export async function runGet(
  deps: Deps,
  key: SettingKey | undefined,
): Promise<Array<{ key: SettingKey; value: string }>> {
  const { io, mode, scope } = deps;
  const values = (key === undefined ? KEYS : [key]).map((k) => ({ key: k, value: getSetting(scope.db, k) }));
  if (key !== undefined && (mode === 'table' || mode === 'tsv')) {
    // A lone value, so that $(arca config get window-days) is just the number.
    io.stdout.write(`${values[0].value}\n`);
    return values;
  }
  const json = values.map((v) => ({ key: v.key, value: typed(v.key, v.value) }));
  await renderRecord(
    io,
    mode,
    values.map((v) => [v.key, v.value]),
    key === undefined ? json : json[0],
  );
  return values;
}

const EXAMPLES = `
  arca config get
  arca config get window-days
  arca config get --json
`;

export function registerGet(config: Command, env: EnvSource): void {
  verb(config, 'get', t('config.get.description'), EXAMPLES)
    .argument('[key]', KEYS.join('|'))
    .action(async (keyText: string | undefined) => {
      const key = keyText === undefined ? undefined : settingKey(keyText);
      await withArchive(env(), (deps) => runGet(deps, key));
    });
}
