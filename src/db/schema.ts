import { ArchiveError } from './errors.js';
import { t } from '../i18n/index.js';

/** 'arca' in ASCII: marks an SQLite file as an arca archive. */
export const ARCA_APPLICATION_ID = 0x61726361;

/**
 * The schema version this arca writes: the last step in migrations/index.ts (the runner refuses to
 * start if they differ). Kept apart so that opening an up-to-date archive loads no migration code.
 */
export const SCHEMA_VERSION = 11;

export function newerSchemaError(current: number): ArchiveError {
  return new ArchiveError(t('db.file.newerSchema', { current, known: SCHEMA_VERSION }));
}
