import type { Command } from 'commander';
import type { EnvSource } from '../shared/env.js';
import { registerBackup } from './backup.js';
import { registerCheck } from './check.js';
import { registerInfo } from './info.js';
import { registerReextract } from './reextract.js';
import { registerReindex } from './reindex.js';

/** `arca db …`: looking after the archive file itself. */
export function registerDb(program: Command, env: EnvSource): void {
  const db = program.command('db').description('look after the archive file: info, check, reindex, reextract, backup');
  for (const register of [registerInfo, registerCheck, registerReindex, registerReextract, registerBackup]) register(db, env);
}
