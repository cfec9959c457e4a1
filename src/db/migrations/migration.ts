import type { Database } from 'better-sqlite3';

/** One numbered schema step; the runner applies each in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
  /** Work that cannot run inside a transaction (VACUUM), done once the whole upgrade has committed. */
  afterCommit?(db: Database): void;
}
