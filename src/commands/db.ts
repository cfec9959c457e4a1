import fs from 'node:fs';
import type { Command } from 'commander';
import { auditProtectionProblem, stateReplayProblems, verifyAuditChain } from '../db/audit.js';
import { articleCountsByStatus, BackupTargetError, backupArchive, damageReport, rawEvidenceProblems, schemaVersion, storageProblems } from '../db/maintenance.js';
import { rebuildSearchIndex, searchIndexProblem } from '../db/search-index.js';
import { defaultWindowDays, getSetting } from '../db/settings.js';
import { requestCountsByStatus } from '../db/takedowns.js';
import { RuntimeError, UsageError } from '../output/errors.js';
import { info, warn } from '../output/io.js';
import { createProgress } from '../output/progress.js';
import { outputMode, renderRecord } from '../output/render.js';
import type { ArticleStatus, TakedownStatus } from '../types.js';
import type { Context } from './context.js';
import { withExamples } from './options.js';

const ARTICLE_STATUSES: ArticleStatus[] = ['active', 'removed', 'purged'];
const REQUEST_STATUSES: TakedownStatus[] = ['open', 'removed', 'rejected', 'withdrawn', 'restored'];

/** Every state with its count, zeros included, so scripts can rely on the keys. */
function allCounts<K extends string>(keys: K[], counts: Partial<Record<K, number>>): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0])) as Record<K, number>;
}

const countsText = (counts: Record<string, number>) => Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ');

const fileSize = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).size : 0);

function humanBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

/** What `db check` found wrong, in the order it looked: SQLite's own checks, the search index, then the audit chain. */
async function archiveProblems(ctx: Context): Promise<string[]> {
  let session;
  try {
    session = await ctx.open({ mustExist: true });
  } catch (err) {
    // Damage found while the archive was being opened is the check's answer, not a failure of it.
    const damage = damageReport(err);
    if (damage) return [damage];
    throw err;
  }
  try {
    const problems = storageProblems(session.db);
    // FTS5's own check can only be trusted on a file SQLite finds sound.
    if (problems.length === 0) {
      const index = searchIndexProblem(session.db);
      if (index) problems.push(index);
    }
    try {
      problems.push(...rawEvidenceProblems(session.db));
      const unprotected = auditProtectionProblem(session.db);
      if (unprotected) problems.push(unprotected);
      const broken = verifyAuditChain(session.db);
      if (broken) problems.push(`audit log entry ${broken.seq} ${broken.problem}: the log was altered`);
      else problems.push(...stateReplayProblems(session.db));
    } catch (err) {
      // A damaged file can fail while the chain is read; the damage is already reported.
      if (problems.length === 0) throw err;
    }
    return problems;
  } finally {
    session.db.close();
  }
}

export function registerDb(program: Command, context: () => Context): void {
  const db = program.command('db').description('look after the archive file: info, check, reindex, backup');

  withExamples(
    db.command('info')
      .description('the archive\'s path, schema version, counts, size, time zone and default window'),
    ['arca db info', 'arca db info --json | jq .articles'],
  ).action(async () => {
    const ctx = context();
    const session = await ctx.open({ mustExist: true });
    try {
      const report = {
        path: ctx.dbPath,
        schema_version: schemaVersion(session.db),
        size_bytes: fileSize(ctx.dbPath),
        wal_bytes: fileSize(`${ctx.dbPath}-wal`),
        timezone: getSetting(session.db, 'timezone'),
        window_days: defaultWindowDays(session.db),
        articles: allCounts(ARTICLE_STATUSES, articleCountsByStatus(session.db)),
        requests: allCounts(REQUEST_STATUSES, requestCountsByStatus(session.db)),
      };
      const mode = outputMode(ctx.io, ctx.options);
      const size = (n: number) => (mode === 'table' ? humanBytes(n) : n);
      await renderRecord(ctx.io, mode, [
        ['path', report.path],
        ['schema_version', report.schema_version],
        ['size', size(report.size_bytes)],
        ['wal_size', size(report.wal_bytes)],
        ['timezone', report.timezone],
        ['window_days', report.window_days],
        ['articles', countsText(report.articles)],
        ['requests', countsText(report.requests)],
      ], report);
    } finally {
      session.db.close();
    }
  });

  withExamples(
    db.command('check')
      .description('verify the file (SQLite integrity, references) and the audit log\'s hash chain; exit 1 on any problem'),
    ['arca db check', 'arca db check --json'],
  ).action(async () => {
    const ctx = context();
    const problems = await archiveProblems(ctx);
    if (ctx.options.json || ctx.options.ndjson) {
      await renderRecord(ctx.io, outputMode(ctx.io, ctx.options), [], { ok: problems.length === 0, problems });
    }
    if (problems.length === 0) {
      info(ctx.io, 'archive OK');
      return;
    }
    for (const problem of problems.slice(1)) warn(ctx.io, problem);
    const more = problems.length - 1;
    throw new RuntimeError(more === 0 ? problems[0] : `${problems[0]} (and ${more} more problem${more === 1 ? '' : 's'} above)`);
  });

  withExamples(
    db.command('reindex')
      .description('rebuild the search index from the articles (after a crash, or if db check finds it out of step)'),
    ['arca db reindex'],
  ).action(async () => {
    const ctx = context();
    const session = await ctx.open();
    const counts = articleCountsByStatus(session.db);
    const progress = await createProgress(ctx.io, (counts.active ?? 0) + (counts.removed ?? 0), 'indexing');
    try {
      let shown = 0;
      const count = rebuildSearchIndex(session.db, (done) => { progress.tick(done - shown); shown = done; });
      info(ctx.io, `indexed ${count} article${count === 1 ? '' : 's'}`);
    } finally {
      progress.done();
      session.db.close();
    }
  });

  withExamples(
    db.command('backup')
      .description('copy the archive to FILE while it stays in use (SQLite online backup)')
      .argument('<file>', 'the backup file to write')
      .option('--force', 'replace FILE if it exists'),
    ['arca db backup ~/backups/archive-$(date +%F).db', 'arca db backup /mnt/usb/archive.db --force'],
  ).action(async (file: string, flags: { force?: boolean }) => {
    const ctx = context();
    const session = await ctx.open({ mustExist: true });
    try {
      await backupArchive(session.db, file, { overwrite: Boolean(flags.force) });
    } catch (err) {
      if (err instanceof BackupTargetError) throw new UsageError(err.message);
      throw err;
    } finally {
      session.db.close();
    }
    info(ctx.io, `backed up ${ctx.dbPath} to ${file} (${humanBytes(fileSize(file))})`);
  });
}
