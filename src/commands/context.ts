import os from 'node:os';
import { defaultArchivePath, openArchive, type Db } from '../db/connection.js';
import type { ArticleView } from '../db/articles.js';
import { defaultWindowDays, getSetting } from '../db/settings.js';
import { systemIO, type IO } from '../output/io.js';
import { UsageError } from '../output/errors.js';
import { calendarDate, currentInstant, formatInstant, isValidTimeZone, systemTimeZone, useProcessZone } from '../time.js';
import type { AuditContext } from '../db/audit.js';

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

/** Everything a command needs from the outside world, resolved once. */
export interface Context {
  io: IO;
  env: NodeJS.ProcessEnv;
  options: GlobalOptions;
  dbPath: string;
  now: Date;
  actor: string;
  /** Opens the archive (created on first use) and fixes the time zone it implies. */
  open(options?: { mustExist?: boolean }): Promise<Session>;
}

export interface Session {
  db: Db;
  tz: string;
  today: string;
  view: ArticleView;
  audit: AuditContext;
  /** An instant written in the archive's zone. */
  instant(date: Date): string;
}

export function createContext(options: GlobalOptions, env: NodeJS.ProcessEnv): Context {
  const io = systemIO({ noColor: !options.color, quiet: Boolean(options.quiet), verbose: Boolean(options.verbose), env });
  const tzOverride = options.tz ?? (env.ARCA_TZ || undefined);
  if (tzOverride !== undefined && !isValidTimeZone(tzOverride)) {
    throw new UsageError(`unknown time zone "${tzOverride}" (use an IANA name such as Asia/Shanghai or UTC)`);
  }
  // Only an ARCA_NOW without an offset needs a zone before the archive is open.
  const now = currentInstant(env.ARCA_NOW, () => tzOverride ?? systemTimeZone());
  const dbPath = options.db ?? (env.ARCA_DB || defaultArchivePath(env));
  const actor = options.actor ?? (env.ARCA_ACTOR || safeUserName());
  return {
    io, env, options, dbPath, now, actor,
    async open(openOptions = {}) {
      const db = await openArchive(dbPath, { mustExist: openOptions.mustExist, initialSettings: () => ({ timezone: tzOverride ?? systemTimeZone() }) });
      const tz = tzOverride ?? getSetting(db, 'timezone');
      useProcessZone(tz);
      const today = calendarDate(now, tz);
      return {
        db, tz, today,
        view: { tz, today, defaultWindowDays: defaultWindowDays(db) },
        audit: { at: formatInstant(now, tz), actor },
        instant: (date: Date) => formatInstant(date, tz),
      };
    },
  };
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
