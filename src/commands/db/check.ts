import type { Command } from 'commander';
import { auditProtectionProblem, stateReplayProblems, verifyAuditChain } from '../../db/audit.js';
import type { Db } from '../../db/connection.js';
import { rawEvidenceProblems, storageProblems } from '../../db/maintenance.js';
import { searchIndexProblem } from '../../db/search-index.js';
import { damageSentence } from '../../db/sqlite-errors.js';
import { FailureError } from '../../errors.js';
import { info, warn, type IO } from '../../output/io.js';
import { renderRecord, type OutputMode } from '../../output/render.js';
import { plural } from '../../output/text.js';
import { withArchive, type EnvSource } from '../shared/env.js';
import { withExamples } from '../shared/options.js';

/**
 * What `db check` found wrong, in the order it looked: SQLite's own checks, the search index, the raw
 * evidence against its hashes, the log's append-only triggers, its hash chain, then the states of
 * articles and requests replayed from the log.
 */
export function archiveProblems(db: Db): string[] {
  const problems = storageProblems(db);
  // FTS5's own check can only be trusted on a file SQLite finds sound.
  if (problems.length === 0) {
    const index = searchIndexProblem(db);
    if (index) problems.push(index);
  }
  try {
    problems.push(...rawEvidenceProblems(db));
    const unprotected = auditProtectionProblem(db);
    if (unprotected) problems.push(unprotected);
    const broken = verifyAuditChain(db);
    if (broken) problems.push(`audit log entry ${broken.seq} ${broken.problem}: the log was altered`);
    else problems.push(...stateReplayProblems(db));
  } catch (err) {
    // A damaged file can fail while the chain is read; the damage is already reported.
    if (problems.length === 0) throw err;
  }
  return problems;
}

/**
 * Reports the problems found (the first as the error line, the others as warnings above it) and
 * fails (exit 1) when there is any. Takes no Deps: a damaged archive may not open at all.
 */
export async function runCheck(io: IO, mode: OutputMode, problems: string[]): Promise<void> {
  if (mode === 'json' || mode === 'ndjson') await renderRecord(io, mode, [], { ok: problems.length === 0, problems });
  if (problems.length === 0) {
    info(io, 'archive OK');
    return;
  }
  for (const problem of problems.slice(1)) warn(io, problem);
  const more = problems.length - 1;
  throw new FailureError(more === 0 ? problems[0] : `${problems[0]} (and ${plural(more, 'more problem')} above)`);
}

export function registerCheck(db: Command, env: EnvSource): void {
  withExamples(
    db.command('check')
      .description('verify the file (SQLite integrity, references) and the audit log\'s hash chain; exit 1 on any problem'),
    ['arca db check', 'arca db check --json'],
  ).action(async () => {
    const commandEnv = env();
    const problems = await withArchive(commandEnv, (deps) => archiveProblems(deps.scope.db), {
      // Damage found while the archive was being opened is the check's answer, not a failure of it.
      unopenable: (err) => {
        const damage = damageSentence(err);
        return damage === undefined ? undefined : [damage];
      },
    });
    await runCheck(commandEnv.io, commandEnv.mode, problems);
  });
}
