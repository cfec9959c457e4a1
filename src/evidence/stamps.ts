/**
 * Trusted timestamps of the audit log: the newest entry's chain hash (itself a sha256 of the entry and,
 * through prev_hash, of every entry before it) is sent to an RFC 3161 authority as the message imprint;
 * the signed token is kept with the entry it covers and read again by db check. The ASN.1 code
 * (pkijs, a quarter of a second to load) is loaded only when a token is made or read.
 */
import { randomBytes } from 'node:crypto';
import { auditHead } from '../db/audit.js';
import type { Db } from '../db/connection.js';
import type { ArchiveScope } from '../db/scope.js';
import { auditEntryHash, insertStamp, listStamps, type StoredStamp } from '../db/stamps.js';
import { FailureError } from '../errors.js';
import { formatInstant } from '../time.js';
import { TimestampError } from './errors.js';
import { t } from '../i18n/index.js';

/** A stamp as `log stamps` shows it: the token in base64 DER. */
export interface Stamp {
  seq: number;
  hash: string;
  tsa: string;
  time: string;
  token: string;
}

export const stampRecord = (s: StoredStamp): Stamp => ({
  seq: s.seq,
  hash: s.hash,
  tsa: s.tsa,
  time: s.time,
  token: Buffer.from(s.token).toString('base64'),
});

/** Sends a DER TimeStampReq and resolves to the reply's bytes. */
export type TimestampSender = (url: string, request: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;

/** How long an authority may take to answer: long enough for a slow one, short enough for cron. */
const TSA_TIMEOUT_MS = 30_000;

/** The RFC 3161 transport over HTTP: a POST of application/timestamp-query. */
export const postTimestampQuery: TimestampSender = async (url, request) => {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body: request,
      headers: { 'Content-Type': 'application/timestamp-query' },
      signal: AbortSignal.timeout(TSA_TIMEOUT_MS),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (err as Error).message;
    throw new TimestampError(t('evidence.tsaUnreachable', { url, why }));
  }
  if (!response.ok)
    throw new TimestampError(
      t('evidence.tsaHttp', { url, status: `${response.status} ${response.statusText}`.trim() }),
    );
  return new Uint8Array(await response.arrayBuffer());
};

/** A nonce of 64 bits, positive as an ASN.1 INTEGER (its top bit clear). */
function newNonce(): Buffer {
  const nonce = randomBytes(8);
  nonce[0] &= 0x7f;
  return nonce;
}

/** Stamps the newest audit entry at `tsa`; nothing is stored unless the authority granted a token that checks. */
export async function stampLatestEntry(
  scope: ArchiveScope,
  tsa: string,
  send: TimestampSender = postTimestampQuery,
): Promise<Stamp> {
  const head = auditHead(scope.db);
  if (!head) throw new FailureError(t('evidence.emptyLog'));
  const { acceptedToken, timestampRequest } = await import('./rfc3161.js');
  const digest = Buffer.from(head.hash, 'hex');
  const nonce = newNonce();
  const reply = await send(tsa, timestampRequest(digest, nonce));
  const { token, time } = acceptedToken(reply, { digest, nonce });
  const stored = {
    seq: head.seq,
    hash: head.hash,
    tsa,
    time: formatInstant(time, scope.tz),
    token,
    stamped_at: scope.audit.at,
  };
  insertStamp(scope.db, stored);
  return stampRecord({ id: 0, ...stored });
}

export const allStamps = (db: Db): Stamp[] => listStamps(db).map(stampRecord);

/** What is wrong with the stored stamps: each token must still cover its entry's chain hash, at its stated time. */
export async function stampProblems(db: Db): Promise<string[]> {
  const stamps = listStamps(db);
  if (stamps.length === 0) return [];
  const { readToken } = await import('./rfc3161.js');
  const problems: string[] = [];
  for (const stamp of stamps) {
    const name = `timestamp ${stamp.id} (audit entry ${stamp.seq})`;
    const entryHash = auditEntryHash(db, stamp.seq);
    if (entryHash === undefined) {
      problems.push(`${name} covers an entry the log does not hold`);
      continue;
    }
    let content;
    try {
      content = readToken(stamp.token);
    } catch (err) {
      problems.push(`${name}: ${(err as Error).message}`);
      continue;
    }
    if (content.digest !== entryHash || stamp.hash !== entryHash) {
      problems.push(`${name} does not cover that entry's hash: the stamp or the log was altered`);
    } else if (content.time.getTime() !== new Date(stamp.time).getTime()) {
      problems.push(`${name} states another time than its token: the stamp was altered`);
    }
  }
  return problems;
}
