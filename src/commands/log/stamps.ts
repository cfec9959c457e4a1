import type { Command } from 'commander';
import { allStamps, type Stamp } from '../../evidence/stamps.js';
import { info } from '../../output/io.js';
import { renderRows, type Column } from '../../output/render.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction, verb } from '../shared/verb.js';
import { t } from '../../i18n/index.js';

const STAMP_COLUMNS: Column<Stamp>[] = [
  { header: () => t('log.column.seq'), value: (s) => s.seq, align: 'right', style: 'id' },
  { header: () => t('log.column.time'), value: (s) => s.time, style: 'date' },
  { header: () => t('log.column.tsa'), value: (s) => s.tsa },
  { header: () => t('log.column.hash'), value: (s) => s.hash, style: 'dim' },
  { header: () => t('log.column.token'), value: (s) => s.token, flex: true, style: 'dim' },
];

/** The timestamps kept, oldest first: the entry each covers, its authority and time, the token. */
export async function runStamps(deps: Deps): Promise<Stamp[]> {
  const stamps = allStamps(deps.scope.db);
  await renderRows(deps.io, deps.mode, stamps, STAMP_COLUMNS, (s) => s);
  if (stamps.length === 0) info(deps.io, t('log.stamps.none'));
  return stamps;
}

const EXAMPLES = `
  arca log stamps
  arca log stamps --json
  arca log stamps --json | jq -r '.[-1].token' | base64 -d > entry.tst   # for openssl ts -verify
`;

export function registerStamps(log: Command, env: EnvSource): void {
  verb(log, 'stamps', t('log.stamps.description'), EXAMPLES).action(archiveAction(env, runStamps));
}
