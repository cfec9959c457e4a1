import type { Database } from 'better-sqlite3';

/**
 * The FTS5 tables of arca's search, as the released steps make them. arca tokenizes in JavaScript
 * (src/search/tokens.ts), so an index only splits on spaces; it is contentless (the text lives in
 * `articles`) and keeps positions (exact phrases, BM25). What every step leaves is pinned by
 * tests/unit/migrations-schema.test.ts, the indexes' settings included.
 */
export function createSearchIndex(name: string, columns: readonly string[]): string {
  return `CREATE VIRTUAL TABLE ${name} USING fts5(\n  ${columns.join(', ')},\n  content = '', detail = full, tokenize = 'ascii'\n)`;
}

/**
 * FTS5 keeps these in the index's `_config` table; they outlive the connection. A number is bound as an
 * integer (FTS5 refuses a REAL 16.0 for automerge, and better-sqlite3 binds a JS number as REAL).
 */
export function configureSearchIndex(db: Database, name: string, settings: Record<string, string | number>): void {
  const put = db.prepare(`INSERT INTO ${name} (${name}, rank) VALUES (?, ?)`);
  for (const [key, value] of Object.entries(settings)) put.run(key, typeof value === 'number' ? BigInt(value) : value);
}

/**
 * The main index's write settings since step 5: a deleted row's entries leave at once (secure-delete),
 * bigger in-memory segments and fewer merges (measured fastest for 100 000-page imports), and crisis
 * merges only at 64 segments (step 4).
 */
export const MAIN_INDEX_WRITES = { 'secure-delete': 1, hashsize: 67108864, automerge: 16, crisismerge: 64 };
