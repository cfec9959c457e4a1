/**
 * The WARC (1.1, gzipped record by record) of an evidence package: a warcinfo record, then per article a
 * `resource` record of the raw bytes as imported and a `metadata` record of its provenance and extracted
 * fields, per attachment a `resource` record, and one `metadata` record of the request and its audit log.
 * warcio computes Content-Length and the sha256 block and payload digests from the bytes themselves.
 */
import { randomUUID } from 'node:crypto';
import { WARCRecord, WARCSerializer, type WARCType } from 'warcio';
import { articleRecord } from '../export/record.js';
import { formatRequestId } from '../takedown/ids.js';
import type { ArticleEvidence, EvidenceContent } from './collect.js';

/** How each audit entry's hash is made, so a reader can verify the chain from the entries given. */
export const HASH_RECIPE =
  'hash = sha256 hex of prev_hash, at, actor, action, subject and details (as JSON), ' +
  "joined by U+001F; the first entry's prev_hash is 64 zeros";

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain',
  html: 'text/html',
  json: 'application/json',
  ndjson: 'application/x-ndjson',
};

/**
 * The page's URL as the package names it: its own address on the operator's site (what complaints cite),
 * else the source's original URL, else a urn naming the file it came from.
 */
export function targetUri(evidence: ArticleEvidence): string {
  const url = evidence.article.site_url ?? evidence.article.original_url;
  if (url) return url;
  const { path, line } = evidence.provenance;
  return `urn:arca:file:${encodeURI(path)}${line === null ? '' : `?line=${line}`}`;
}

export const requestUri = (id: number): string => `urn:arca:request:${formatRequestId(id)}`;

const warcDate = (instant: string): string => new Date(instant).toISOString();

interface RecordInput {
  type: WARCType;
  url: string;
  date: string;
  contentType: string;
  body: Uint8Array;
  headers?: Record<string, string>;
}

async function serialized(input: RecordInput): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      type: input.type,
      url: input.url,
      date: input.date,
      warcVersion: 'WARC/1.1',
      warcHeaders: { 'Content-Type': input.contentType, ...input.headers },
    },
    [input.body],
  );
  return WARCSerializer.serialize(record, { gzip: true });
}

const json = (value: unknown): Uint8Array => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
const recordId = (): string => `<urn:uuid:${randomUUID()}>`;

function articleRecords(evidence: ArticleEvidence, created: string): RecordInput[] {
  const { article, provenance, raw } = evidence;
  const url = targetUri(evidence);
  const records: RecordInput[] = [];
  const rawId = recordId();
  if (raw) {
    const charset = provenance.encoding ? `; charset=${provenance.encoding}` : '';
    records.push({
      type: 'resource',
      url,
      date: warcDate(provenance.imported_at),
      body: raw,
      contentType: `${CONTENT_TYPES[provenance.format] ?? 'application/octet-stream'}${charset}`,
      headers: { 'WARC-Record-ID': rawId },
    });
  }
  const { size, ...origin } = provenance;
  records.push({
    type: 'metadata',
    url,
    date: created,
    contentType: 'application/json',
    headers: raw ? { 'WARC-Concurrent-To': rawId } : {},
    body: json({
      // The article as export writes it (the spec's JSON shape: a purged body is null).
      article: articleRecord(article),
      provenance: { ...origin, imported_at: warcDate(origin.imported_at), raw_size: size },
      raw_bytes: raw
        ? 'in the resource record this record is concurrent to'
        : 'purged: only their sha256 and size remain',
    }),
  });
  return records;
}

/** The gzipped WARC file of the package's content; `created` is the instant the package is made. */
export async function evidenceWarc(content: EvidenceContent, created: Date, software: string): Promise<Buffer> {
  const date = created.toISOString();
  const inputs: RecordInput[] = content.articles.flatMap((evidence) => articleRecords(evidence, date));
  const { request } = content;
  if (request) {
    // An attachment erased at the claimant's asking (takedown redact) is in the metadata by its hash alone.
    for (const attachment of request.attachments.filter((a) => a.data.length > 0 || a.size === 0)) {
      inputs.push({
        type: 'resource',
        url: `${requestUri(request.number)}:attachment:${encodeURIComponent(attachment.name)}`,
        date: warcDate(attachment.added_at),
        contentType: 'application/octet-stream',
        body: attachment.data,
      });
    }
  }
  inputs.push({
    type: 'metadata',
    url: request ? requestUri(request.number) : 'urn:arca:audit-log',
    date,
    contentType: 'application/json',
    body: json({
      ...(request
        ? {
            request: request.request,
            attachments: request.attachments.map(({ name, size, sha256, added_at, data }) => ({
              name,
              size,
              sha256,
              added_at,
              ...(data.length === 0 && size > 0 ? { redacted: true } : {}),
            })),
          }
        : {}),
      audit_log: { hash_recipe: HASH_RECIPE, head: content.head, entries: content.log },
    }),
  });
  const info = await WARCSerializer.serialize(
    await WARCRecord.createWARCInfo(
      { filename: 'data.warc.gz', warcVersion: 'WARC/1.1', date },
      { software, format: 'WARC File Format 1.1', isPartOf: 'arca evidence package' },
    ),
    { gzip: true },
  );
  const records = await Promise.all(inputs.map(serialized));
  return Buffer.concat([info, ...records]);
}
