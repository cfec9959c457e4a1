import type { Command } from 'commander';
import { listAudit, type AuditEntry } from '../db/audit.js';
import { info } from '../output/io.js';
import { renderRows, type Column } from '../output/render.js';
import type { Deps, EnvSource } from './shared/env.js';
import { archiveAction, verb } from './shared/verb.js';
import { parsePositiveInt } from './shared/options.js';
import { resolveArticleRef } from './shared/refs.js';
import { registerStamp } from './log/stamp.js';
import { registerStamps } from './log/stamps.js';
import { formatRequestId } from '../takedown/ids.js';
import { requestIdFromRef } from '../takedown/requests.js';
import { t } from '../i18n/index.js';

export interface LogFlags {
  request?: string;
  article?: string;
  limit?: string;
}

const AUDIT_COLUMNS: Column<AuditEntry>[] = [
  { header: () => t('log.column.seq'), value: (e) => e.seq, align: 'right', style: 'id' },
  { header: () => t('log.column.at'), value: (e) => e.at, style: 'date' },
  { header: () => t('log.column.actor'), value: (e) => e.actor },
  { header: () => t('log.column.action'), value: (e) => e.action },
  { header: () => t('log.column.subject'), value: (e) => shownSubject(e.subject) },
  { header: () => t('log.column.details'), value: (e) => JSON.stringify(e.details), flex: true, style: 'dim' },
];

/** A request's subject as a person reads it (`request:R3`); the log and its JSON keep `request:3`, which the hash covers. */
const shownSubject = (subject: string): string =>
  subject.replace(/^request:(\d+)$/, (_, n: string) => `request:${formatRequestId(Number(n))}`);

/** The JSON of one entry: what happened, and the hash that chains it to the entries before. */
const entryJson = ({ seq, at, actor, action, subject, details, hash }: AuditEntry) => ({
  seq,
  at,
  actor,
  action,
  subject,
  details,
  hash,
});

/** The audit entries about a request or an article (or all, the newest `limit`), oldest first. */
export async function runLog(deps: Deps, flags: LogFlags): Promise<AuditEntry[]> {
  const { db } = deps.scope;
  const subjects: string[] = [];
  // The log keeps its subjects as written (request:3); the flag takes the id as shown, R3.
  if (flags.request !== undefined)
    subjects.push(
      `request:${requestIdFromRef(deps.scope, flags.request, t('takedown.ref.aRequestForFlag', { flag: '--request' }))}`,
    );
  if (flags.article !== undefined) subjects.push(`article:${resolveArticleRef(db, flags.article)}`);
  const limit = flags.limit === undefined ? undefined : parsePositiveInt('--limit', flags.limit);
  const entries = listAudit(db, { subjects, limit });
  await renderRows(deps.io, deps.mode, entries, AUDIT_COLUMNS, entryJson);
  if (entries.length === 0) info(deps.io, t('log.noneMatch'));
  return entries;
}

const EXAMPLES = `
  arca log --request R3
  arca log --article 12 --json
  arca log --limit 20
  arca log --limit 1 --json | jq -r '.[0].hash'   # note it elsewhere to prove later that nothing was cut
`;

export function registerLog(program: Command, env: EnvSource): void {
  const log = verb(program, 'log', t('log.description'), EXAMPLES)
    .option('--request <id>', t('log.option.request'))
    .option('--article <ref>', t('log.option.article'))
    .option('--limit <n>', t('log.option.limit'))
    .action(archiveAction(env, runLog));
  registerStamp(log, env);
  registerStamps(log, env);
}
