import type { Command } from 'commander';
import { getSetting } from '../../db/settings.js';
import { UsageError } from '../../errors.js';
import { stampLatestEntry, type Stamp, type TimestampSender } from '../../evidence/stamps.js';
import { info } from '../../output/io.js';
import { renderRecord } from '../../output/render.js';
import { timestampAuthorityUrl } from '../config/settings.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';
import { withExamples } from '../shared/options.js';

export interface StampFlags {
  tsa?: string;
}

/** Has the newest audit entry's hash signed by a timestamp authority (--tsa, else the `tsa` setting). */
export async function runStamp(deps: Deps, flags: StampFlags, send?: TimestampSender): Promise<Stamp> {
  const { scope, io, mode } = deps;
  const tsa = flags.tsa === undefined ? getSetting(scope.db, 'tsa') : timestampAuthorityUrl(flags.tsa, '--tsa');
  if (tsa === '')
    throw new UsageError('no timestamp authority: pass --tsa URL, or keep one with arca config set tsa URL');
  const stamp = await stampLatestEntry(scope, tsa, send);
  if (mode === 'json' || mode === 'ndjson') await renderRecord(io, mode, [], stamp);
  info(
    io,
    `audit entry ${stamp.seq} (${stamp.hash.slice(0, 12)}…) stamped by ${tsa} at ${stamp.time}; see arca log stamps`,
  );
  return stamp;
}

export function registerStamp(log: Command, env: EnvSource): void {
  withExamples(
    log
      .command('stamp')
      .description("have the newest audit entry's hash signed by an RFC 3161 timestamp authority, and keep the token")
      .option('--tsa <url>', 'the timestamp authority (default: arca config get tsa)'),
    [
      'arca log stamp --tsa http://timestamp.example/tsa',
      'arca config set tsa http://timestamp.example/tsa && arca log stamp',
      'arca -q log stamp   # from cron: quiet unless it fails',
    ],
  ).action(async (flags: StampFlags) => {
    await withArchive(env(), (deps) => runStamp(deps, flags));
  });
}
