import Database from 'better-sqlite3';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as pkijs from 'pkijs';
import { openArchive } from '../../src/db/connection.js';
import { archiveScope } from '../../src/db/scope.js';
import { acceptedToken, timestampRequest } from '../../src/evidence/rfc3161.js';
import { postTimestampQuery, stampLatestEntry, type TimestampSender } from '../../src/evidence/stamps.js';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';
import { hasOpenssl, startAuthority, type TestAuthority } from '../helpers/tsa.js';

const E2E = path.join(FIXTURES, 'e2e');
const opensslPresent = hasOpenssl();
if (!opensslPresent) console.warn('log stamp tests skipped: openssl is not installed');

let tsa: TestAuthority;
beforeAll(async () => {
  if (opensslPresent) tsa = await startAuthority();
});
afterAll(async () => {
  await tsa?.close();
});

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  expect((await t.arca(['import', path.join(E2E, 'court.txt'), path.join(E2E, 'procuratorate.txt')])).code).toBe(0);
});
afterEach(() => t.cleanup());

interface StampJson {
  seq: number;
  hash: string;
  tsa: string;
  time: string;
  token: string;
}

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const headHash = async () => JSON.parse((await t.arca(['log', '--limit', '1', '--json'])).stdout)[0].hash as string;
const stamps = async (): Promise<StampJson[]> => JSON.parse((await t.arca(['log', 'stamps', '--json'])).stdout);

describe.skipIf(!opensslPresent)('arca log stamp against a local openssl authority', () => {
  it("stores a token over the newest entry's hash that openssl ts -verify accepts", async () => {
    const r = await t.arca(['log', 'stamp', '--tsa', tsa.url, '--json']);
    expect(r.code).toBe(0);
    const stamp = JSON.parse(r.stdout) as StampJson;
    expect(stamp).toMatchObject({ seq: 2, hash: await headHash(), tsa: tsa.url });
    expect(stamp.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect(r.stderr).toBe(
      `audit entry 2 (${stamp.hash.slice(0, 12)}…) stamped by ${tsa.url} at ${stamp.time}; see arca log stamps\n`,
    );
    expect(await stamps()).toEqual([stamp]);
    expect(await tsa.verify(Buffer.from(stamp.token, 'base64'), stamp.hash)).toMatch(/Verification: OK/);
    expect((await t.arca(['db', 'check'])).code).toBe(0);
  });

  it('uses the tsa setting when --tsa is left out, and lists stamps one a line when piped', async () => {
    expect((await t.arca(['config', 'set', 'tsa', tsa.url])).code).toBe(0);
    expect((await t.arca(['log', 'stamp'])).code).toBe(0);
    await t.arca(['takedown', 'open', '1', '--claimant', 'Willow Bank Studio']);
    expect((await t.arca(['log', 'stamp', '-q'])).code).toBe(0);
    const rows = (await t.arca(['log', 'stamps'])).stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    const json = await stamps();
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['3', json[0].time, tsa.url],
      ['4', json[1].time, tsa.url],
    ]);
    expect(rows.map((row) => row[4])).toEqual(json.map((s) => s.token));
  });

  it('fails db check when a stamp no longer covers its entry, or its time was changed', async () => {
    for (const args of [
      ['log', 'stamp', '--tsa', tsa.url],
      ['config', 'set', 'window-days', '20'],
      ['log', 'stamp', '--tsa', tsa.url],
    ]) {
      const r = await t.arca(args);
      expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
    }
    const db = new Database(t.db);
    // The second entry's token moved onto the first stamp: a valid token, but over another hash.
    db.prepare('UPDATE audit_stamps SET token = (SELECT token FROM audit_stamps WHERE id = 2) WHERE id = 1').run();
    db.prepare("UPDATE audit_stamps SET time = '2020-01-01T00:00:00+08:00' WHERE id = 2").run();
    db.close();
    const check = await t.arca(['db', 'check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe(
      [
        'arca: warning: timestamp 2 (audit entry 3) states another time than its token: the stamp was altered',
        "arca: error: timestamp 1 (audit entry 2) does not cover that entry's hash: the stamp or the log was altered " +
          '(and 1 more problem above)',
        '',
      ].join('\n'),
    );
  });

  it('stores nothing when the authority refuses, answers an HTTP error, or cannot be reached', async () => {
    const refused = await t.arca(['log', 'stamp', '--tsa', tsa.refusingUrl]);
    expect([refused.code, refused.stderr]).toEqual([
      1,
      expect.stringMatching(/^arca: error: the timestamp authority refused: status rejection/),
    ]);
    expect(refused.stderr.split('\n')).toHaveLength(2);
    const broken = await t.arca(['log', 'stamp', '--tsa', tsa.brokenUrl]);
    expect(broken).toEqual({
      code: 1,
      stdout: '',
      stderr: `arca: error: the timestamp authority ${tsa.brokenUrl} answered HTTP 503 Service Unavailable\n`,
    });
    const closed = `http://127.0.0.1:${await closedPort()}/tsa`;
    expect(await t.arca(['log', 'stamp', '--tsa', closed])).toEqual({
      code: 1,
      stdout: '',
      stderr: `arca: error: cannot reach the timestamp authority ${closed}: ECONNREFUSED\n`,
    });
    expect(await stamps()).toEqual([]);
  });
});

describe.skipIf(!opensslPresent)('a reply that does not answer the query', () => {
  async function stampWith(send: TimestampSender): Promise<unknown> {
    const db = await openArchive(t.db, {});
    try {
      return await stampLatestEntry(
        archiveScope(db, { tz: 'Asia/Shanghai', now: new Date(), actor: 'tester' }),
        tsa.url,
        send,
      );
    } catch (err) {
      return (err as Error).message;
    } finally {
      db.close();
    }
  }
  const otherDigest = Buffer.alloc(32, 7);

  it('is granted whatever bytes the nonce starts with (DER keeps no redundant leading zero)', async () => {
    const digest = Buffer.alloc(32, 7);
    for (const start of ['0001', '0081', '0000', '81', '7f']) {
      const nonce = Buffer.from(`${start}0203040506`, 'hex');
      const reply = await postTimestampQuery(tsa.url, timestampRequest(digest, nonce));
      expect(acceptedToken(reply, { digest, nonce }).token.length).toBeGreaterThan(0);
    }
  });

  it('is refused when its token covers another digest or another nonce, or is not DER', async () => {
    expect(
      await stampWith((url, query) => postTimestampQuery(url, timestampRequest(otherDigest, readNonce(query)))),
    ).toBe('the token covers another digest than the one sent');
    const head = Buffer.from(await headHash(), 'hex');
    expect(await stampWith((url) => postTimestampQuery(url, timestampRequest(head, Buffer.from([1, 2, 3]))))).toBe(
      'the token does not echo the nonce sent',
    );
    expect(await stampWith(async () => new Uint8Array([0x30, 0x03, 0x02]))).toBe('the reply is not DER-encoded ASN.1');
    expect(await stamps()).toEqual([]);
  });
});

/** The nonce of a DER TimeStampReq arca made: the INTEGER after the message imprint. */
function readNonce(query: Uint8Array): Buffer {
  const request = pkijs.TimeStampReq.fromBER(query);
  return Buffer.from(request.nonce!.valueBlock.valueHexView);
}

describe('arca log stamp without an authority', () => {
  it('asks for one, and refuses a URL that is not http(s)', async () => {
    expect(await t.arca(['log', 'stamp'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'arca: error: no timestamp authority: pass --tsa URL, or keep one with arca config set tsa URL\n',
    });
    const ftp = await t.arca(['config', 'set', 'tsa', 'ftp://tsa.example']);
    expect([ftp.code, ftp.stderr]).toEqual([
      2,
      'arca: error: tsa needs the http(s) URL of a timestamp authority (got "ftp://tsa.example")\n',
    ]);
    expect((await t.arca(['log', 'stamp', '--tsa', 'tsa.example'])).code).toBe(2);
  });

  it('lists no stamps on a fresh archive, saying how to make one', async () => {
    expect(await t.arca(['log', 'stamps'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'no timestamps yet (arca log stamp --tsa URL makes one)\n',
    });
    expect(JSON.parse((await t.arca(['config', 'get', '--json'])).stdout)).toContainEqual({ key: 'tsa', value: null });
  });
});
