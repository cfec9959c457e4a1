import type { Command } from 'commander';
import { getSetting } from '../../db/settings.js';
import { UsageError } from '../../errors.js';
import { stampLatestEntry, type Stamp, type TimestampSender } from '../../evidence/stamps.js';
import { info } from '../../output/io.js';
import { renderRecord } from '../../output/render.js';
import { timestampAuthorityUrl } from '../config/settings.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction, verb } from '../shared/verb.js';
import { t } from '../../i18n/index.js';

export interface StampFlags {
  tsa?: string;
}

/** Has the newest audit entry's hash signed by a timestamp authority (--tsa, else the `tsa` setting). */
export async function runStamp(deps: Deps, flags: StampFlags, send?: TimestampSender): Promise<Stamp> {
  const { scope, io, mode } = deps;
  const tsa = flags.tsa === undefined ? getSetting(scope.db, 'tsa') : timestampAuthorityUrl(flags.tsa, '--tsa');
  if (tsa === '') throw new UsageError(t('log.stamp.noTsa'));
  const stamp = await stampLatestEntry(scope, tsa, send);
  if (mode === 'json' || mode === 'ndjson') await renderRecord(io, mode, [], stamp);
  info(io, t('log.stamp.done', { seq: stamp.seq, hash: stamp.hash.slice(0, 12), tsa, time: stamp.time }));
  return stamp;
}

const EXAMPLES = `
  arca log stamp --tsa http://timestamp.example/tsa
  arca config set tsa http://timestamp.example/tsa && arca log stamp
  arca -q log stamp   # from cron: quiet unless it fails
`;

export function registerStamp(log: Command, env: EnvSource): void {
  verb(log, 'stamp', t('log.stamp.description'), EXAMPLES)
    .option('--tsa <url>', t('log.stamp.tsa'))
    .action(archiveAction(env, runStamp));
}
