import type { Command } from 'commander';
import { allStamps, type Stamp } from '../../evidence/stamps.js';
import { info } from '../../output/io.js';
import { renderRows, type Column } from '../../output/render.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';
import { withExamples } from '../shared/options.js';

const STAMP_COLUMNS: Column<Stamp>[] = [
  { header: 'SEQ', value: (s) => s.seq, align: 'right', style: 'id' },
  { header: 'TIME', value: (s) => s.time, style: 'date' },
  { header: 'TSA', value: (s) => s.tsa },
  { header: 'HASH', value: (s) => s.hash, style: 'dim' },
  { header: 'TOKEN', value: (s) => s.token, flex: true, style: 'dim' },
];

/** The timestamps kept, oldest first: the entry each covers, its authority and time, the token. */
export async function runStamps(deps: Deps): Promise<Stamp[]> {
  const stamps = allStamps(deps.scope.db);
  await renderRows(deps.io, deps.mode, stamps, STAMP_COLUMNS, (s) => s);
  if (stamps.length === 0) info(deps.io, 'no timestamps yet (arca log stamp --tsa URL makes one)');
  return stamps;
}

export function registerStamps(log: Command, env: EnvSource): void {
  withExamples(log.command('stamps').description('list the trusted timestamps of the audit log (token: base64 DER)'), [
    'arca log stamps',
    'arca log stamps --json',
    "arca log stamps --json | jq -r '.[-1].token' | base64 -d > entry.tst   # for openssl ts -verify",
  ]).action(async () => {
    await withArchive(env(), (deps) => runStamps(deps));
  });
}
