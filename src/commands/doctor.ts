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
import { english, languageFromEnv, t, type Translate } from '../i18n/index.js';
import { isValidTimeZone, systemTimeZone } from '../time.js';
import { withArchive, type CommandEnv, type EnvSource } from './shared/env.js';
import { verb } from './shared/verb.js';

export type CheckStatus = 'ok' | 'note' | 'problem';

export interface Check {
  check: string;
  status: CheckStatus;
  detail: string;
}

/** Below this much free space an import, a backup or a VACUUM may fail half-way. */
const MIN_FREE_BYTES = 100 * 1024 ** 2;

/** The checks by the names piped and JSON output give them (data), with their names on a terminal. */
const CHECK_NAMES: Record<string, () => string> = {
  archive: () => t('doctor.check.archive'),
  folder: () => t('doctor.check.folder'),
  'disk space': () => t('doctor.check.disk'),
  'time zone': () => t('doctor.check.zone'),
  locale: () => t('doctor.check.locale'),
  node: () => t('doctor.check.node'),
};

const STATUS_NAMES: Record<CheckStatus, () => string> = {
  ok: () => t('doctor.status.ok'),
  note: () => t('doctor.status.note'),
  problem: () => t('doctor.status.problem'),
};

const DATA_COLUMNS: Column<Check>[] = [
  { header: 'CHECK', value: (c) => c.check },
  { header: 'STATUS', value: (c) => c.status, style: 'status' },
  { header: 'DETAIL', value: (c) => c.detail, flex: true },
];

/** On a terminal the checks are read, not parsed: their names and statuses in the interface language. */
const TERMINAL_COLUMNS: Column<Check>[] = [
  { header: () => t('doctor.column.check'), value: (c) => CHECK_NAMES[c.check]?.() ?? c.check },
  { header: () => t('shared.column.status'), value: (c) => STATUS_NAMES[c.status](), style: 'status' },
  { header: () => t('doctor.column.detail'), value: (c) => c.detail, flex: true },
];

/** The folder itself, or the nearest one above it that exists (arca import creates the rest). */
function existingFolder(folder: string): string {
  let at = path.resolve(folder);
  while (!fs.existsSync(at) && path.dirname(at) !== at) at = path.dirname(at);
  return at;
}

async function archiveCheck(env: CommandEnv, say: Translate): Promise<{ check: Check; zone?: string }> {
  const where = `${env.dbPath} (${env.dbPathReason(say)})`;
  if (!fs.existsSync(env.dbPath)) {
    return { check: { check: 'archive', status: 'problem', detail: say('doctor.archive.none', { where }) } };
  }
  try {
    const zone = await withArchive(env, ({ scope }) => scope.tz);
    return { check: { check: 'archive', status: 'ok', detail: where }, zone };
  } catch (err) {
    return { check: { check: 'archive', status: 'problem', detail: `${where}: ${(err as Error).message}` } };
  }
}

function zoneCheck(env: CommandEnv, vars: NodeJS.ProcessEnv, archiveZone: string | undefined, say: Translate): Check {
  const tzVar = vars.TZ?.replace(/^:/, '');
  if (tzVar && !isValidTimeZone(tzVar)) {
    return { check: 'time zone', status: 'problem', detail: say('doctor.zone.unknown', { tz: vars.TZ! }) };
  }
  const system = say('doctor.zone.system', { zone: systemTimeZone(), tz: tzVar ? `TZ=${vars.TZ}` : '' });
  const used = env.zone
    ? say('doctor.zone.fromFlag', { zone: env.zone })
    : archiveZone
      ? say('doctor.zone.archive', { zone: archiveZone })
      : undefined;
  if (used === undefined) return { check: 'time zone', status: 'ok', detail: system };
  const differs = (env.zone ?? archiveZone) !== systemTimeZone();
  return { check: 'time zone', status: differs ? 'note' : 'ok', detail: say('doctor.zone.used', { used, system }) };
}

function localeCheck(vars: NodeJS.ProcessEnv, say: Translate): Check {
  const name = ['LC_ALL', 'LC_MESSAGES', 'LANG'].find((v) => vars[v]);
  const spoken = languageFromEnv(vars);
  const language = spoken === 'zh-CN' ? say('doctor.language.zh') : say('doctor.language.en');
  // ARCA_LANG speaks over the locale: said when it changes the language the locale would give.
  const decides = vars.ARCA_LANG && spoken !== languageFromEnv({ ...vars, ARCA_LANG: undefined });
  const chosen = decides ? say('doctor.locale.arcaLang', { value: vars.ARCA_LANG!, language }) : '';
  if (name === undefined) {
    return { check: 'locale', status: 'note', detail: chosen || say('doctor.locale.none', { language }) };
  }
  const value = vars[name]!;
  const utf8 = /utf-?8/i.test(value);
  const detail = `${name}=${value}${utf8 ? '' : say('doctor.locale.notUtf8')}`;
  return { check: 'locale', status: utf8 ? 'ok' : 'note', detail: chosen ? `${detail}; ${chosen}` : detail };
}

function writeProblem(folder: string, say: Translate): string | undefined {
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    return undefined;
  } catch {
    return say('doctor.folder.notWritable');
  }
}

function folderChecks(dbPath: string, say: Translate): Check[] {
  const folder = path.dirname(path.resolve(dbPath));
  const existing = existingFolder(folder);
  const shown = existing === folder ? folder : say('doctor.folder.created', { folder, existing });
  const problem = fs.statSync(existing).isDirectory() ? writeProblem(existing, say) : say('doctor.folder.isFile');
  const checks: Check[] = [
    problem
      ? { check: 'folder', status: 'problem', detail: `${shown}: ${problem}` }
      : { check: 'folder', status: 'ok', detail: say('doctor.folder.writable', { folder: shown }) },
  ];
  const stats = fs.statfsSync(existing);
  const free = stats.bavail * stats.bsize;
  const archiveSize = fs.existsSync(dbPath) ? fs.statSync(dbPath).size : 0;
  const needed = Math.max(MIN_FREE_BYTES, archiveSize);
  const mb = (n: number) => `${Math.floor(n / 1024 ** 2)} MB`;
  checks.push({
    check: 'disk space',
    status: free >= needed ? 'ok' : 'problem',
    detail:
      free >= needed
        ? say('doctor.disk.free', { free: mb(free) })
        : say('doctor.disk.short', { free: mb(free), needed: mb(needed) }),
  });
  return checks;
}

/**
 * Every check, in the order a person reads them; resolves to the checks (a problem makes the exit code 1).
 * Piped and JSON output is data, the same in every language; a terminal reads it in the interface's.
 */
export async function runDoctor(env: CommandEnv): Promise<Check[]> {
  const { vars } = env;
  const say = env.mode === 'table' ? t : english;
  const archive = await archiveCheck(env, say);
  const checks = [
    archive.check,
    ...folderChecks(env.dbPath, say),
    zoneCheck(env, vars, archive.zone, say),
    localeCheck(vars, say),
    {
      check: 'node',
      status: 'ok' as const,
      detail: say('doctor.node', { version: process.version, path: process.execPath }),
    },
  ];
  await renderRows(env.io, env.mode, checks, env.mode === 'table' ? TERMINAL_COLUMNS : DATA_COLUMNS, (c) => c);
  const problems = checks.filter((c) => c.status === 'problem').length;
  if (problems > 0) throw new FailureError(t('doctor.problems', { count: problems }));
  return checks;
}

const EXAMPLES = `
  arca doctor
  * * * * * arca doctor > /tmp/arca-doctor.txt 2>&1   # once, from the crontab, to see what cron sees
`;

export function registerDoctor(program: Command, env: EnvSource): void {
  verb(program, 'doctor', t('doctor.description'), EXAMPLES).action(async () => {
    await runDoctor(env());
  });
}
