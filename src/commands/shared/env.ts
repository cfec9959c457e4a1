/**
 * What every command receives from the outside world, resolved once per run (CommandEnv), and the
 * one way a command reaches the archive (withArchive): open, build the scope, run, always close.
 */
import os from 'node:os';
import { defaultArchivePath } from '../../db/connection.js';
import { openScope, type ArchiveScope } from '../../db/scope.js';
import { UsageError } from '../../errors.js';
import { systemIO, type IO, type StdStreams } from '../../output/io.js';
import { inquirerPrompter, type Prompter } from '../../output/prompts.js';
import { outputMode, type OutputMode } from '../../output/render.js';
import { currentInstant, isValidTimeZone, systemTimeZone } from '../../time.js';

/** The global options every command understands (see cli.ts). */
export interface GlobalOptions {
  db?: string;
  json?: boolean;
  ndjson?: boolean;
  color: boolean;
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
  /** --tz or ARCA_TZ: overrides the archive's own zone. */
  zone?: string;
  now: Date;
  actor: string;
  prompter: Prompter;
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

export function createEnv(options: GlobalOptions, streams: StdStreams, vars: NodeJS.ProcessEnv): CommandEnv {
  const io = systemIO({ noColor: !options.color, quiet: Boolean(options.quiet), verbose: Boolean(options.verbose), env: vars }, streams);
  const zone = options.tz ?? (vars.ARCA_TZ || undefined);
  // The audit log names who acted: an empty name would prove nothing.
  if (options.actor !== undefined && options.actor.trim() === '') throw new UsageError('--actor needs a name (got an empty one)');
  if (zone !== undefined && !isValidTimeZone(zone)) {
    throw new UsageError(`unknown time zone "${zone}" (use an IANA name such as Asia/Shanghai or UTC)`);
  }
  return {
    io, options, zone,
    mode: outputMode(io, options),
    // Only an ARCA_NOW without an offset needs a zone before the archive is open.
    now: currentInstant(vars.ARCA_NOW, () => zone ?? systemTimeZone()),
    dbPath: options.db ?? (vars.ARCA_DB || defaultArchivePath(vars)),
    actor: options.actor ?? (vars.ARCA_ACTOR || safeUserName()),
    prompter: inquirerPrompter(io),
  };
}

export interface ArchiveOptions<T> {
  /** Refuse to create the archive: for commands that inspect one (db info, check, backup). */
  mustExist?: boolean;
  /** An answer for an archive that cannot be opened (db check reports damage); undefined rethrows. */
  unopenable?: (err: unknown) => T | undefined;
}

/** Opens the archive (created on first use unless mustExist), runs the command, and always closes it again. */
export async function withArchive<T>(
  env: CommandEnv, run: (deps: Deps) => T | Promise<T>, options: ArchiveOptions<T> = {},
): Promise<T> {
  let scope: ArchiveScope;
  try {
    scope = await openScope(env.dbPath, {
      zone: env.zone, newArchiveZone: systemTimeZone, now: env.now, actor: env.actor, mustExist: options.mustExist,
    });
  } catch (err) {
    const answer = options.unopenable?.(err);
    if (answer === undefined) throw err;
    return answer;
  }
  try {
    return await run({ io: env.io, mode: env.mode, scope, prompter: env.prompter });
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
