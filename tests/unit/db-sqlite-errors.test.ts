import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/cli.js';
import { archiveFileSentence } from '../../src/db/sqlite-errors.js';

const sqliteError = (code: string) => Object.assign(new Error('disk I/O error'), { code });

describe('SQLite failures in words', () => {
  it('calls a -shm file that cannot grow what it is: a full disk', () => {
    expect(formatError(sqliteError('SQLITE_IOERR_SHMSIZE'), false)).toBe(
      'arca: error: database error: the disk is full',
    );
    expect(archiveFileSentence('/srv/a.db', sqliteError('SQLITE_IOERR_SHMSIZE'))).toBe(
      'the disk holding /srv/a.db is full: free some space and run the command again',
    );
  });

  it('still reads other extended codes by their family', () => {
    expect(formatError(sqliteError('SQLITE_IOERR_READ'), false)).toBe(
      'arca: error: database error: the archive file could not be read or written (I/O error)',
    );
    expect(formatError(sqliteError('SQLITE_BUSY_SNAPSHOT'), false)).toBe(
      'arca: error: database error: the archive is busy (another arca process is writing); try again in a moment',
    );
  });
});
