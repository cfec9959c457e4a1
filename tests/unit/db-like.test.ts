import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { containsPattern, LIKE_ESCAPE } from '../../src/db/like.js';

describe('containsPattern', () => {
  const db = new Database(':memory:');
  const contains = (text: string, part: string) =>
    db.prepare(`SELECT ? LIKE ? ${LIKE_ESCAPE}`).pluck().get(text, containsPattern(part)) === 1;

  it('finds the text anywhere in the value', () => {
    expect(contains('青山市人民法院', '人民')).toBe(true);
    expect(contains('青山市人民法院', '检察')).toBe(false);
  });

  it('takes % _ and \\ literally', () => {
    expect(contains('增长 5%', '5%')).toBe(true);
    expect(contains('增长 50', '5%')).toBe(false);
    expect(contains('a_b', 'a_b')).toBe(true);
    expect(contains('axb', 'a_b')).toBe(false);
    expect(contains('C:\\inbox', ':\\in')).toBe(true);
    expect(contains('C:inbox', ':\\in')).toBe(false);
  });
});
