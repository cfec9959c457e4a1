/**
 * What every command receives from the outside world, resolved once per run (CommandEnv), and the
 * one way a command reaches the archive (withArchive): open, build the scope, run, always close.
 */
import os from 'node:os';
import { defaultArchivePath } from '../../db/connection.js';
import { openScope, type ArchiveScope, type OpenedScope, type ScopeOptions } from '../../db/scope.js';
import { UsageError } from '../../errors.js';
import { systemIO, type IO, type StdStreams } from '../../output/io.js';
import { inquirerPrompter, type Prompter } from '../../output/prompts.js';
import { outputMode, type OutputMode } from '../../output/render.js';
import { currentInstant, isValidTimeZone, systemTimeZone } from '../../time.js';
import type { JsonSelection } from './output-flags.js';
import { interfaceLanguage, t, type Translate } from '../../i18n/index.js';

/** The global options every command understands (see cli.ts). */
export interface GlobalOptions {
  db?: string;
  /** true, or a field list (see output-flags.ts). */
  json?: boolean | string;
  jq?: string;
  template?: string;
  ndjson?: boolean;
  color: boolean;
  /** --no-pager: main() reads it before parsing, since the pager must stand in for stdout from the start. */
  pager: boolean;
  quiet?: boolean;
  verbose?: boolean;
  tz?: string;
  actor?: string;
}

/** Everything a command needs before the archive is open. */
export interface CommandEnv {
  io: IO;
  mode: OutputMode;
  options: GlobalOptions;
  dbPath: string;
  /** Why the archive is there: "--db", "$ARCA_DB", or the default and what it was made of (in `say`'s language). */
  dbPathReason: (say: Translate) => string;
  /** --tz or ARCA_TZ: overrides the archive's own zone. */
  zone?: string;
  now: Date;
  actor: string;
  prompter: Prompter;
  /** The environment variables, for the command that reports on them (doctor). */
  vars: NodeJS.ProcessEnv;
  /** From the process edge (main's hooks): makes the archive's zone the process's local one. */
  useLocalZone?: (tz: string) => void;
  /** From the process edge: calls `stop` on the first Ctrl-C; returns the way to stop listening. */
  onInterrupt?: (stop: () => void) => () => void;
}

/** How a command's registration reaches its env: resolved only once the global options are parsed. */
export type EnvSource = () => CommandEnv;

/** Everything a command's run function needs; tests build one around an in-memory archive. */
export interface Deps {
  io: IO;
  mode: OutputMode;
  scope: ArchiveScope;
  prompter: Prompter;
}

export function createEnv(
  options: GlobalOptions,
  streams: StdStreams,
  vars: NodeJS.ProcessEnv,
  json: JsonSelection = {},
  edge: Pick<CommandEnv, 'useLocalZone' | 'onInterrupt'> = {},
): CommandEnv {
  const io = systemIO(
    {
      noColor: !options.color,
      quiet: Boolean(options.quiet),
      verbose: Boolean(options.verbose),
      env: vars,
      jsonFields: json.fields,
      jq: json.jq,
      template: json.template,
    },
    streams,
  );
  const zone = options.tz ?? (vars.ARCA_TZ || undefined);
  // The audit log names who acted: an empty name would prove nothing.
  if (options.actor !== undefined && options.actor.trim() === '') throw new UsageError(t('shared.emptyActor'));
  if (zone !== undefined && !isValidTimeZone(zone)) {
    throw new UsageError(t('shared.unknownZone', { zone }));
  }
  return {
    io,
    options,
    zone,
    mode: outputMode(io, options),
    // Only an ARCA_NOW without an offset needs a zone before the archive is open.
    now: currentInstant(vars.ARCA_NOW, () => zone ?? systemTimeZone()),
    ...archivePath(options, vars),
    actor: options.actor ?? (vars.ARCA_ACTOR || safeUserName()),
    prompter: inquirerPrompter(io),
    vars,
    ...edge,
  };
}

/** The archive's path and why: --db, else $ARCA_DB, else the default under $XDG_DATA_HOME or $HOME. */
function archivePath(
  options: GlobalOptions,
  vars: NodeJS.ProcessEnv,
): { dbPath: string; dbPathReason: (say: Translate) => string } {
  if (options.db !== undefined) return { dbPath: options.db, dbPathReason: () => '--db' };
  if (vars.ARCA_DB) return { dbPath: vars.ARCA_DB, dbPathReason: () => '$ARCA_DB' };
  const dbPath = defaultArchivePath(vars);
  const underXdg = vars.XDG_DATA_HOME && dbPath.startsWith(vars.XDG_DATA_HOME);
  const base = underXdg ? '$XDG_DATA_HOME' : `$HOME (${os.homedir()})`;
  return { dbPath, dbPathReason: (say) => say('shared.defaultArchive', { base }) };
}

export interface ArchiveOptions<T> {
  /** When there is no archive: fail (every command but import), create it, or use an unsaved one in memory. */
  missing?: ScopeOptions['missing'];
  /** Called once the archive is open, when this run created it (import says which zone it took). */
  created?: (deps: Deps) => void;
  /** An answer for an archive that cannot be opened (db check reports damage); undefined rethrows. */
  unopenable?: (err: unknown) => T | undefined;
}

/** Opens the archive (failing when there is none, unless told otherwise), runs the command, and always closes it again. */
export async function withArchive<T>(
  env: CommandEnv,
  run: (deps: Deps) => T | Promise<T>,
  options: ArchiveOptions<T> = {},
): Promise<T> {
  let opened: OpenedScope;
  try {
    opened = await openScope(env.dbPath, {
      zone: env.zone,
      newArchiveZone: systemTimeZone,
      newArchiveLanguage: interfaceLanguage() === 'zh-CN' ? 'zh' : 'en',
      now: env.now,
      actor: env.actor,
      missing: options.missing,
      useLocalZone: env.useLocalZone,
    });
  } catch (err) {
    const answer = options.unopenable?.(err);
    if (answer === undefined) throw err;
    return answer;
  }
  const { scope, created } = opened;
  const deps = { io: env.io, mode: env.mode, scope, prompter: env.prompter };
  try {
    if (created) options.created?.(deps);
    return await run(deps);
  } finally {
    scope.db.close();
  }
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
