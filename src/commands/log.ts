import type { Command } from 'commander';
import { listAudit, type AuditEntry } from '../db/audit.js';
import { info } from '../output/io.js';
import { renderRows, type Column } from '../output/render.js';
import { withArchive, type Deps, type EnvSource } from './shared/env.js';
import { parsePositiveInt, withExamples } from './shared/options.js';
import { resolveArticleRef } from './shared/refs.js';
import { registerStamp } from './log/stamp.js';
import { registerStamps } from './log/stamps.js';
import { formatRequestId } from '../takedown/ids.js';
import { requestIdFromRef } from '../takedown/requests.js';

export interface LogFlags {
  request?: string;
  article?: string;
  limit?: string;
}

const AUDIT_COLUMNS: Column<AuditEntry>[] = [
  { header: 'SEQ', value: (e) => e.seq, align: 'right', style: 'id' },
  { header: 'AT', value: (e) => e.at, style: 'date' },
  { header: 'ACTOR', value: (e) => e.actor },
  { header: 'ACTION', value: (e) => e.action },
  { header: 'SUBJECT', value: (e) => shownSubject(e.subject) },
  { header: 'DETAILS', value: (e) => JSON.stringify(e.details), flex: true, style: 'dim' },
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
    subjects.push(`request:${requestIdFromRef(deps.scope, flags.request, 'a request for --request')}`);
  if (flags.article !== undefined) subjects.push(`article:${resolveArticleRef(db, flags.article)}`);
  const limit = flags.limit === undefined ? undefined : parsePositiveInt('--limit', flags.limit);
  const entries = listAudit(db, { subjects, limit });
  await renderRows(deps.io, deps.mode, entries, AUDIT_COLUMNS, entryJson);
  if (entries.length === 0) info(deps.io, 'no audit log entries match');
  return entries;
}

export function registerLog(program: Command, env: EnvSource): void {
  const log = withExamples(
    program
      .command('log')
      .description('the audit trail: every change of an article, a request or a setting, oldest first')
      .option('--request <id>', 'only entries about this takedown request')
      .option('--article <ref>', 'only entries about this article (id or original URL)')
      .option('--limit <n>', 'only the newest n entries'),
    [
      'arca log --request R3',
      'arca log --article 12 --json',
      'arca log --limit 20',
      "arca log --limit 1 --json | jq -r '.[0].hash'   # note it elsewhere to prove later that nothing was cut",
    ],
  ).action(async (flags: LogFlags) => {
    await withArchive(env(), (deps) => runLog(deps, flags));
  });
  registerStamp(log, env);
  registerStamps(log, env);
}
