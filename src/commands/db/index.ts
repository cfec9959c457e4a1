import type { Command } from 'commander';
import type { EnvSource } from '../shared/env.js';
import { registerBackup } from './backup.js';
import { registerCheck } from './check.js';
import { registerInfo } from './info.js';
import { registerReextract } from './reextract.js';
import { registerReindex } from './reindex.js';
import { t } from '../../i18n/index.js';

/** `arca db …`: looking after the archive file itself. */
export function registerDb(program: Command, env: EnvSource): void {
  const db = program.command('db').description(t('db.description'));
  const verbs = [registerInfo, registerCheck, registerReindex, registerReextract, registerBackup];
  for (const register of verbs) register(db, env);
}
