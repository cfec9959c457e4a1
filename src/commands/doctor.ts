/**
 * `arca doctor`: the environment as this process sees it, which is what a cron job sees when run from
 * its crontab. Most "works in my shell, not in cron" cases are a different HOME (another archive), no
 * TZ or LANG, or a folder the job cannot write.
 */
import type { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { FailureError } from '../errors.js';
import { renderRows, type Column } from '../output/render.js';
import { plural } from '../output/text.js';
import { isValidTimeZone, systemTimeZone } from '../time.js';
import { withArchive, type CommandEnv, type EnvSource } from './shared/env.js';
import { withExamples } from './shared/options.js';

export type CheckStatus = 'ok' | 'note' | 'problem';

export interface Check {
  check: string;
  status: CheckStatus;
  detail: string;
}

/** Below this much free space an import, a backup or a VACUUM may fail half-way. */
const MIN_FREE_BYTES = 100 * 1024 ** 2;

const COLUMNS: Column<Check>[] = [
  { header: 'CHECK', value: (c) => c.check },
  { header: 'STATUS', value: (c) => c.status, style: 'status' },
  { header: 'DETAIL', value: (c) => c.detail, flex: true },
];

/** The folder itself, or the nearest one above it that exists (arca import creates the rest). */
function existingFolder(folder: string): string {
  let at = path.resolve(folder);
  while (!fs.existsSync(at) && path.dirname(at) !== at) at = path.dirname(at);
  return at;
}

async function archiveCheck(env: CommandEnv): Promise<{ check: Check; zone?: string }> {
  const where = `${env.dbPath} (${env.dbPathReason})`;
  if (!fs.existsSync(env.dbPath)) {
    return {
      check: { check: 'archive', status: 'problem', detail: `${where}: no archive there yet (arca import creates it)` },
    };
  }
  try {
    const zone = await withArchive(env, ({ scope }) => scope.tz);
    return { check: { check: 'archive', status: 'ok', detail: where }, zone };
  } catch (err) {
    return { check: { check: 'archive', status: 'problem', detail: `${where}: ${(err as Error).message}` } };
  }
}

function zoneCheck(env: CommandEnv, vars: NodeJS.ProcessEnv, archiveZone: string | undefined): Check {
  const tzVar = vars.TZ?.replace(/^:/, '');
  if (tzVar && !isValidTimeZone(tzVar)) {
    return { check: 'time zone', status: 'problem', detail: `TZ=${vars.TZ} is not a zone this system knows` };
  }
  const system = `system ${systemTimeZone()} (${tzVar ? `TZ=${vars.TZ}` : 'TZ unset'})`;
  const used = env.zone
    ? `${env.zone} from --tz or $ARCA_TZ`
    : archiveZone
      ? `${archiveZone}, the archive's`
      : undefined;
  if (used === undefined) return { check: 'time zone', status: 'ok', detail: system };
  const differs = (env.zone ?? archiveZone) !== systemTimeZone();
  return { check: 'time zone', status: differs ? 'note' : 'ok', detail: `dates in ${used}; ${system}` };
}

function localeCheck(vars: NodeJS.ProcessEnv): Check {
  const name = ['LC_ALL', 'LC_MESSAGES', 'LANG'].find((v) => vars[v]);
  if (name === undefined) {
    return {
      check: 'locale',
      status: 'note',
      detail: 'no LC_ALL, LC_MESSAGES or LANG (cron sets none): messages in English',
    };
  }
  const value = vars[name]!;
  const utf8 = /utf-?8/i.test(value);
  return {
    check: 'locale',
    status: utf8 ? 'ok' : 'note',
    detail: `${name}=${value}${utf8 ? '' : ': not UTF-8, other tools may garble Chinese text'}`,
  };
}

function writeProblem(folder: string): string | undefined {
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    return undefined;
  } catch {
    return 'not writable by this user';
  }
}

function folderChecks(dbPath: string): Check[] {
  const folder = path.dirname(path.resolve(dbPath));
  const existing = existingFolder(folder);
  const shown = existing === folder ? folder : `${folder} (created on first import under ${existing})`;
  const problem = fs.statSync(existing).isDirectory() ? writeProblem(existing) : 'a file, not a folder';
  const checks: Check[] = [
    problem
      ? { check: 'folder', status: 'problem', detail: `${shown}: ${problem}` }
      : { check: 'folder', status: 'ok', detail: `${shown} is writable` },
  ];
  const stats = fs.statfsSync(existing);
  const free = stats.bavail * stats.bsize;
  const archiveSize = fs.existsSync(dbPath) ? fs.statSync(dbPath).size : 0;
  const needed = Math.max(MIN_FREE_BYTES, archiveSize);
  const mb = (n: number) => `${Math.floor(n / 1024 ** 2)} MB`;
  checks.push({
    check: 'disk space',
    status: free >= needed ? 'ok' : 'problem',
    detail: `${mb(free)} free${free >= needed ? '' : `; at least ${mb(needed)} needed (a backup needs as much as the archive)`}`,
  });
  return checks;
}

/** Every check, in the order a person reads them; resolves to the checks (a problem makes the exit code 1). */
export async function runDoctor(env: CommandEnv): Promise<Check[]> {
  const { vars } = env;
  const archive = await archiveCheck(env);
  const checks = [
    archive.check,
    ...folderChecks(env.dbPath),
    zoneCheck(env, vars, archive.zone),
    localeCheck(vars),
    { check: 'node', status: 'ok' as const, detail: `${process.version} at ${process.execPath}` },
  ];
  await renderRows(env.io, env.mode, checks, COLUMNS, (c) => c);
  const problems = checks.filter((c) => c.status === 'problem').length;
  if (problems > 0) throw new FailureError(`doctor found ${plural(problems, 'problem')} (named above)`);
  return checks;
}

export function registerDoctor(program: Command, env: EnvSource): void {
  withExamples(
    program
      .command('doctor')
      .description(
        'check what a cron job sees: archive path and why, time zone, locale, folder, disk space (exit 1 on a problem)',
      ),
    [
      'arca doctor',
      '* * * * * arca doctor > /tmp/arca-doctor.txt 2>&1   # once, from the crontab, to see what cron sees',
    ],
  ).action(async () => {
    await runDoctor(env());
  });
}
