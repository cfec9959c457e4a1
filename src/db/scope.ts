/**
 * The archive scope: everything a command works in once the archive is open (the archive, its zone,
 * the clock, today's date, the default window, who is acting), built once here and passed down.
 * It is the ArticleView that shapes articles and the scope takedown operations take.
 */
import type { ArticleView } from './articles.js';
import type { AuditContext } from './audit.js';
import { MissingArchiveError, openArchive, openMemoryArchive, type Db } from './connection.js';
import { defaultWindowDays, getSetting, type ArchiveLanguage } from './settings.js';
import { calendarDate, formatInstant } from '../time.js';

export interface ArchiveScope extends ArticleView {
  db: Db;
  now: Date;
  actor: string;
  /** When and by whom the changes of this run are recorded. */
  audit: AuditContext;
  /** An instant written in the archive's zone. */
  instant(date: Date): string;
}

export interface ScopeClock {
  /** The archive's zone, or the zone the user asked for instead. */
  tz: string;
  now: Date;
  actor: string;
}

/** The scope of an open archive; "today" is computed here and nowhere else. */
export function archiveScope(db: Db, { tz, now, actor }: ScopeClock): ArchiveScope {
  const instant = (date: Date) => formatInstant(date, tz);
  return {
    db,
    tz,
    now,
    actor,
    instant,
    today: calendarDate(now, tz),
    defaultWindowDays: defaultWindowDays(db),
    audit: { at: instant(now), actor },
  };
}

export interface ScopeOptions {
  /** A zone that overrides the archive's (--tz, ARCA_TZ); a new archive is created in it. */
  zone?: string;
  /** The zone a new archive is created in when none is given. */
  newArchiveZone: () => string;
  /** The language a new archive writes for others in (its `language` setting); English when not given. */
  newArchiveLanguage?: ArchiveLanguage;
  now: Date;
  actor: string;
  /**
   * What to do when there is no archive at the path: fail (the default), create it (import), or
   * work in an empty archive in memory that is never saved (import --dry-run).
   */
  missing?: 'fail' | 'create' | 'in-memory';
  /** Told the archive's zone before any date is computed in it (see main's hooks in cli.ts). */
  useLocalZone?: (tz: string) => void;
}

/** An open archive's scope; `created` tells whether this run made the archive. */
export interface OpenedScope {
  scope: ArchiveScope;
  created: boolean;
}

/** Opens the archive (or creates it, as `missing` says) and builds its scope. */
export async function openScope(file: string, options: ScopeOptions): Promise<OpenedScope> {
  let created = false;
  const initialSettings = () => {
    created = true;
    return { timezone: options.zone ?? options.newArchiveZone(), language: options.newArchiveLanguage ?? 'en' };
  };
  let db: Db;
  try {
    db = await openArchive(file, { create: options.missing === 'create', initialSettings });
  } catch (err) {
    if (!(err instanceof MissingArchiveError && options.missing === 'in-memory')) throw err;
    db = await openMemoryArchive(initialSettings);
  }
  try {
    const tz = options.zone ?? getSetting(db, 'timezone');
    options.useLocalZone?.(tz);
    return {
      scope: archiveScope(db, {
        tz,
        now: options.now,
        actor: options.actor,
      }),
      created,
    };
  } catch (err) {
    db.close();
    throw err;
  }
}
