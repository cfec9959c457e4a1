import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

/** Made by the previous release, which stored article 5's "，" as ",". */
const OLD_ARCHIVE = path.join(FIXTURES, 'archives', 'schema-v5.db');
const BODY = '松江口镇人民调解委员会完成换届，新一届委员共九人。\n委员会将每月在集市日设点接待群众。';

let t: ReturnType<typeof tempCliArchive>;
beforeEach(() => {
  t = tempCliArchive();
});
afterEach(() => t.cleanup());

const record = (fields: Record<string, unknown>) =>
  `${JSON.stringify({ title: '松江口镇调解委员会换届', body: BODY, ...fields })}\n`;

describe('text as published', () => {
  it('keeps full-width punctuation in every stored field', async () => {
    const r = await t.arca(['import', '--format', 'ndjson', '-'], {
      input: record({ source: '松江口镇（人民政府）' }),
    });
    expect(r.code).toBe(0);
    const article = JSON.parse((await t.arca(['show', '1', '--json'])).stdout);
    expect([article.body, article.source]).toEqual([BODY, '松江口镇（人民政府）']);
  });

  it('a page an older arca stored with folded punctuation is still a duplicate of it', async () => {
    fs.copyFileSync(OLD_ARCHIVE, t.db);
    expect(JSON.parse((await t.arca(['show', '5', '--json'])).stdout).body).toBe(BODY.replace(/，/g, ','));
    // Another address, so only the body can match.
    const r = await t.arca(['import', '--json', '--format', 'ndjson', '-'], {
      input: record({ original_url: 'http://other.example/1' }),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items).toMatchObject([{ status: 'duplicate', duplicate_of: 5 }]);
  });
});
