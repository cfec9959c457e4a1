import type { Command } from 'commander';
import {
  auditEntryWithHash,
  auditHead,
  auditProtectionProblem,
  stateReplayProblems,
  verifyAuditChain,
} from '../../db/audit.js';
import type { Db } from '../../db/connection.js';
import { rawEvidenceProblems, storageProblems } from '../../db/maintenance.js';
import { searchIndexProblem } from '../../db/search-index.js';
import { damageSentence } from '../../db/sqlite-errors.js';
import { FailureError, UsageError } from '../../errors.js';
import { stampProblems } from '../../evidence/stamps.js';
import { info, warn, type IO } from '../../output/io.js';
import { renderRecord, type OutputMode } from '../../output/render.js';
import { withArchive, type EnvSource } from '../shared/env.js';
import { verb } from '../shared/verb.js';
import { t } from '../../i18n/index.js';

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

/** What the check found, and the log's head (null when the archive could not be read that far). */
export interface CheckResult {
  problems: string[];
  head: { seq: number; hash: string } | null;
}

/** A log head the operator kept elsewhere: the full hash, or at least its first 12 hex digits. */
export function parseExpectedHead(text: string): string {
  if (!/^[0-9a-f]{12,64}$/i.test(text)) {
    throw new UsageError(t('db.check.badExpect', { value: text }));
  }
  return text.toLowerCase();
}

/**
 * Everything `db check` looks at, and with `expected` (a head kept elsewhere) whether the log still
 * holds that entry: a log cut off at the end, or rewritten whole, no longer does.
 */
export async function checkArchive(db: Db, expected?: string): Promise<CheckResult> {
  const problems = archiveProblems(db);
  try {
    // The trusted timestamps, against the entries they cover.
    problems.push(...(await stampProblems(db)));
  } catch (err) {
    if (problems.length === 0) throw err;
  }
  const head = auditHead(db);
  if (expected !== undefined) {
    const kept = auditEntryWithHash(db, expected);
    if (kept === null) {
      problems.push(
        `the log does not hold the entry you kept (${expected.slice(0, 12)}…): entries were cut off its end, or it was rewritten`,
      );
    }
  }
  return { problems, head };
}

/**
 * Reports the problems found (the first as the error line, the others as warnings above it) and
 * fails (exit 1) when there is any; when all is well the log's head goes to stdout, for the operator to keep.
 * Takes no Deps: a damaged archive may not open at all.
 */
export async function runCheck(io: IO, mode: OutputMode, { problems, head }: CheckResult): Promise<void> {
  if (mode === 'json' || mode === 'ndjson') {
    await renderRecord(io, mode, [], { ok: problems.length === 0, problems, head });
  } else if (head !== null && problems.length === 0) {
    // A head is worth keeping only from a log that checked out.
    await renderRecord(
      io,
      mode,
      [
        ['head_seq', head.seq],
        ['head_hash', head.hash],
      ],
      head,
    );
  }
  if (problems.length === 0) {
    info(io, t('db.check.ok'));
    return;
  }
  for (const problem of problems.slice(1)) warn(io, problem);
  const more = problems.length - 1;
  throw new FailureError(more === 0 ? problems[0] : t('db.check.more', { first: problems[0], more }));
}

const EXAMPLES = `
  arca db check
  arca db check --json
  arca db check --expect 3f9c2a7be41d
`;

export function registerCheck(db: Command, env: EnvSource): void {
  verb(db, 'check', t('db.check.description'), EXAMPLES)
    .option('--expect <hash>', t('db.check.expect'))
    .action(async (flags: { expect?: string }) => {
      const commandEnv = env();
      const expected = flags.expect === undefined ? undefined : parseExpectedHead(flags.expect);
      const result = await withArchive(commandEnv, (deps) => checkArchive(deps.scope.db, expected), {
        // Damage found while the archive was being opened is the check's answer, not a failure of it.
        unopenable: (err) => {
          const damage = damageSentence(err);
          return damage === undefined ? undefined : { problems: [damage], head: null };
        },
      });
      await runCheck(commandEnv.io, commandEnv.mode, result);
    });
}
