/**
 * A released migration must keep doing exactly what it did: the schema each one leaves is pinned to the
 * archive that release wrote (tests/fixtures/archives), statement by statement, whitespace aside, and
 * with the settings its search indexes were given (FTS5 keeps them in rows, not in the schema).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/db/connection.js';
import { MIGRATIONS } from '../../src/db/migrations/index.js';
import { SCHEMA_VERSION } from '../../src/db/schema.js';
import { newArchive } from '../helpers/archive.js';

const ARCHIVES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/archives');
const VERSIONS = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-schema-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** Every table, index, trigger and view of a database, its CREATE statement's whitespace collapsed. */
function schemaOf(db: Database.Database): { statements: SchemaRow[]; searchSettings: unknown[] } {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all();
  const statements = (rows as SchemaRow[]).map((row) => ({ ...row, sql: row.sql?.replace(/\s+/g, ' ') ?? null }));
  const settingsTables = statements.filter((row) => row.type === 'table' && row.name.endsWith('_search_config'));
  const searchSettings = settingsTables.flatMap(({ name }) =>
    db.prepare(`SELECT '${name}' AS index_table, k, v, typeof(v) AS type FROM ${name} ORDER BY k`).all(),
  );
  return { statements, searchSettings };
}

/** The schema of the archive the release of `version` wrote. */
function releasedSchema(version: number): ReturnType<typeof schemaOf> {
  const db = new Database(path.join(ARCHIVES, `schema-v${version}.db`), { readonly: true });
  try {
    return schemaOf(db);
  } finally {
    db.close();
  }
}

describe('the schema the migrations make', () => {
  it('is, for a new archive, the one the current release wrote', async () => {
    const db = await newArchive();
    expect(schemaOf(db)).toEqual(releasedSchema(SCHEMA_VERSION));
    db.close();
  });

  it.each(VERSIONS)('after step %i, is the one that release wrote', (version) => {
    const db = new Database(':memory:');
    for (const migration of MIGRATIONS.slice(0, version)) migration.up(db);
    expect(schemaOf(db)).toEqual(releasedSchema(version));
    db.close();
  });

  it.each(VERSIONS)('is, for an archive of schema %i once upgraded, the current one', async (version) => {
    const file = path.join(dir, `v${version}.db`);
    fs.copyFileSync(path.join(ARCHIVES, `schema-v${version}.db`), file);
    const db = await openArchive(file);
    expect(schemaOf(db)).toEqual(releasedSchema(SCHEMA_VERSION));
    db.close();
  });
});
