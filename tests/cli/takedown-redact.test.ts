import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';
import { packageHashProblems, readWarc, readZip } from '../helpers/wacz.js';

const COURT = path.join(FIXTURES, 'e2e', 'court.txt');
const CONTACT = 'heron.li@willowbank-rights.example, 139 0000 4217';
const NOTICE = 'Fictional notice: the claimant Li Heron, ID card ending 4217, holds the rights.\n';

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  expect((await t.arca(['-q', 'import', COURT])).code).toBe(0);
  const notice = path.join(t.dir, 'notice.txt');
  fs.writeFileSync(notice, NOTICE);
  const opened = await t.arca([
    '-q',
    'takedown',
    'open',
    '1',
    '--claimant',
    'Willow Bank Press',
    '--contact',
    CONTACT,
    '--attach',
    notice,
    '--received',
    '2026-11-20',
  ]);
  expect(opened.code).toBe(0);
  expect((await t.arca(['-q', 'takedown', 'remove', 'R1', '--note', 'licence could not be shown'])).code).toBe(0);
});
afterEach(() => t.cleanup());

function bytesContain(text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  return [t.db, `${t.db}-wal`].some((f) => fs.existsSync(f) && fs.readFileSync(f).includes(needle));
}

describe('arca takedown redact (a claimant asks to erase their personal data)', () => {
  it("erases the contact details and the attachments' bytes, keeping hashes and the decision, logged", async () => {
    expect(bytesContain(CONTACT) && bytesContain('ID card ending 4217')).toBe(true);
    const r = await t.arca(['takedown', 'redact', 'R1', '--yes']);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      0,
      '',
      'request R1: contact details erased; 1 attachment erased (names, sizes and sha256 kept; the decision record stays)\n',
    ]);
    const shown = JSON.parse((await t.arca(['takedown', 'show', 'R1', '--json'])).stdout);
    expect(shown).toMatchObject({
      status: 'removed',
      contact: null,
      note: 'licence could not be shown',
      attachments: [{ name: 'notice.txt', size: NOTICE.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }],
    });
    expect(shown.history.map((h: { status: string }) => h.status)).toEqual(['open', 'removed']);
    const log = JSON.parse((await t.arca(['log', '--request', 'R1', '--json'])).stdout) as Array<{
      action: string;
      details: unknown;
    }>;
    expect(log.at(-1)).toMatchObject({
      action: 'takedown.redacted',
      details: { contact: true, attachments: [shown.attachments[0].sha256] },
    });
    // Gone from the file and its log, not just hidden.
    expect(bytesContain(CONTACT)).toBe(false);
    expect(bytesContain('ID card ending 4217')).toBe(false);
    expect((await t.arca(['db', 'check'])).code).toBe(0);
  });

  it('leaves an evidence package that names the erased attachment by its hash only', async () => {
    expect((await t.arca(['-q', 'takedown', 'redact', 'R1', '--yes'])).code).toBe(0);
    const out = path.join(t.dir, 'r1.wacz');
    expect((await t.arca(['-q', 'evidence', 'R1', '--out', out])).code).toBe(0);
    const files = await readZip(out);
    expect(packageHashProblems(files)).toEqual([]);
    const records = await readWarc(files.get('archive/data.warc.gz')!);
    expect(records.filter((r) => r.uri?.includes(':attachment:'))).toEqual([]);
    const requestRecord = records.find((r) => r.type === 'metadata' && r.uri?.endsWith('R1'));
    const metadata = JSON.parse(requestRecord!.body.toString());
    expect(metadata.attachments).toEqual([expect.objectContaining({ name: 'notice.txt', redacted: true })]);
    expect(records.some((r) => r.body.includes(Buffer.from('ID card ending 4217')))).toBe(false);
  });

  it('asks for --yes off a terminal, and changes nothing without it', async () => {
    const r = await t.arca(['takedown', 'redact', 'R1']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([
      2,
      'arca: error: redact erases contact details and attachments for good: add --yes to confirm (stdin is not a terminal, so arca cannot ask)',
    ]);
    const db = new Database(t.db, { readonly: true });
    expect(db.prepare('SELECT contact FROM takedowns').pluck().get()).toBe(CONTACT);
    db.close();
  });

  it('takes a request id, not an article id', async () => {
    const r = await t.arca(['takedown', 'redact', '1', '--yes']);
    expect([r.code, r.stderr]).toEqual([
      2,
      'arca: error: 1 is not a request; article 1 has request R1 (removed); did you mean R1?\n',
    ]);
  });
});
